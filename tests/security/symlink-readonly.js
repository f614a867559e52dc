// Symlinks inside the write grant that lead back to the readable-only app folder, then writes.
// flags: --allow-fs-write=out
const fs = require('fs');
const { refused, allowed, run } = require('./_hostile');

run(async () => {
  await allowed('links to ../readonly.txt and ..', () => {
    fs.symlinkSync('../readonly.txt', 'out/ro');
    fs.symlinkSync(`${__dirname}/readonly.txt`, 'out/ro-abs');
    fs.symlinkSync('..', 'out/up');
  });
  const denied = ['ERR_ACCESS_DENIED'];
  for (const link of ['out/ro', 'out/ro-abs', 'out/up/readonly.txt']) {
    await refused(`${link} writeFileSync`, denied, () => fs.writeFileSync(link, 'pwned'));
    await refused(`${link} openSync r+`, denied, () => fs.openSync(link, 'r+'));
    await refused(`${link} truncateSync`, denied, () => fs.truncateSync(link, 0));
    await refused(`${link} chmodSync`, denied, () => fs.chmodSync(link, 0o600));
    await refused(`${link} promises.appendFile`, denied, () => fs.promises.appendFile(link, 'pwned'));
  }
  await refused('new file in the app folder', denied, () => fs.writeFileSync('out/up/pwned.txt', 'pwned'));
  await refused('new folder in the app folder', denied, () => fs.mkdirSync('out/up/pwned'));
  await refused('delete the script', denied, () => fs.unlinkSync('out/up/symlink-readonly.js'));
});
