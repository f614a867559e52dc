// Hard-links app/readonly.txt (readable, not writable) into the write grant, then writes through the link.
// flags: --allow-fs-write=out
const fs = require('fs');
const { refused, allowed, callback, run } = require('./_hostile');

/** Links `existing` as `name` with `link`; if that works, writes through the new name to show what it gives. */
async function linkAndWrite(link, existing, name) {
  await link(existing, name);
  fs.writeFileSync(name, 'pwned');
  return 'linked and written';
}

run(async () => {
  await allowed('a link between own files', () => {
    fs.writeFileSync('out/mine.txt', 'mine');
    fs.linkSync('out/mine.txt', 'out/mine-too.txt');
  });
  const denied = ['ERR_ACCESS_DENIED'];
  await refused('linkSync', denied, () => linkAndWrite(fs.linkSync, 'readonly.txt', 'out/ro'));
  await refused('linkSync absolute', denied, () => linkAndWrite(fs.linkSync, `${__dirname}/readonly.txt`, 'out/ro2'));
  await refused('link', denied, () => linkAndWrite((a, b) => callback(fs.link, a, b), 'readonly.txt', 'out/ro3'));
  await refused('promises.link', denied, () => linkAndWrite(fs.promises.link, 'readonly.txt', 'out/ro4'));
  await refused('link through ..', denied, () => linkAndWrite(fs.linkSync, 'out/../readonly.txt', 'out/ro5'));
});
