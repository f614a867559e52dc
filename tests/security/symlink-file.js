// Makes a symlink to the outside secret inside the write grant and uses it every way.
// flags: --allow-fs-write=out
const fs = require('fs');
const { outside, secret, refused, allowed, callback, event, run } = require('./_hostile');

const denied = ['ERR_ACCESS_DENIED'];

/** Every call that follows a symlink, through `link`. */
async function through(link, label) {
  await refused(`${label} readFileSync`, denied, () => fs.readFileSync(link, 'utf8'));
  await refused(`${label} readFile`, denied, () => callback(fs.readFile, link, 'utf8'));
  await refused(`${label} promises.readFile`, denied, () => fs.promises.readFile(link, 'utf8'));
  await refused(`${label} createReadStream`, denied, () => event(fs.createReadStream(link), 'data'));
  await refused(`${label} openSync r`, denied, () => fs.openSync(link, 'r'));
  await refused(`${label} openSync r+`, denied, () => fs.openSync(link, 'r+'));
  await refused(`${label} writeFileSync`, denied, () => fs.writeFileSync(link, 'pwned'));
  await refused(`${label} appendFileSync`, denied, () => fs.appendFileSync(link, 'pwned'));
  await refused(`${label} truncateSync`, denied, () => fs.truncateSync(link, 0));
  await refused(`${label} chmodSync`, denied, () => fs.chmodSync(link, 0o777));
  await refused(`${label} utimesSync`, denied, () => fs.utimesSync(link, 0, 0));
  await refused(`${label} statSync`, denied, () => fs.statSync(link));
  await refused(`${label} copyFileSync from`, denied, () => fs.copyFileSync(link, 'out/copy.txt'));
  await refused(`${label} copyFileSync onto`, denied, () => fs.copyFileSync('readonly.txt', link));
}

run(async () => {
  // Making a symlink is allowed (as in node); following it out is not.
  await allowed('symlink absolute', () => fs.symlinkSync(secret, 'out/abs'));
  await allowed('symlink relative', () => fs.symlinkSync('../../outside/secret.txt', 'out/rel'));
  await allowed('symlink dangling', () => fs.symlinkSync(`${outside}/created.txt`, 'out/dangling'));
  await allowed('the link reads back', () => fs.readlinkSync('out/abs'));
  await through('out/abs', 'absolute');
  await through('out/rel', 'relative');
  // Writing through a dangling link would create its target outside.
  await refused('dangling writeFileSync', denied, () => fs.writeFileSync('out/dangling', 'pwned'));
  await refused('dangling openSync w', denied, () => fs.openSync('out/dangling', 'w'));
  await refused('dangling promises.writeFile', denied, () => fs.promises.writeFile('out/dangling', 'pwned'));
});
