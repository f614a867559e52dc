// Moves files across a symlinked folder, and moves symlinks themselves out of the grant.
// flags: --allow-fs-write=out
const fs = require('fs');
const { outside, refused, allowed, run } = require('./_hostile');

run(async () => {
  await allowed('setup', () => {
    fs.writeFileSync('out/mine.txt', 'mine');
    fs.symlinkSync(outside, 'out/d');
    fs.symlinkSync(`${outside}/secret.txt`, 'out/l');
  });
  const denied = ['ERR_ACCESS_DENIED'];
  await refused('rename the secret in through d', denied, () => fs.renameSync('out/d/secret.txt', 'out/stolen.txt'));
  await refused('rename a file out through d', denied, () => fs.renameSync('out/mine.txt', 'out/d/moved.txt'));
  await refused('rename over the secret through d', denied, () => fs.renameSync('out/mine.txt', 'out/d/secret.txt'));
  await refused('rename the secret folder in', denied, () => fs.renameSync('out/d/secret-dir', 'out/stolen-dir'));
  await refused('promises.rename through d', denied, () => fs.promises.rename('out/d/secret.txt', 'out/stolen.txt'));
  await refused('move the link into the app folder', denied, () => fs.renameSync('out/l', 'l'));
  await refused('move the link outside', denied, () => fs.renameSync('out/l', `${outside}/l`));
  await refused('copy through d', denied, () => fs.copyFileSync('out/d/secret.txt', 'out/copy.txt'));
  await refused('cpSync through d', denied, () => fs.cpSync('out/d', 'out/copy', { recursive: true, dereference: true }));
  await refused('cpSync inside d', denied, () => fs.cpSync('out/d/secret-dir', 'out/copy-dir', { recursive: true }));
  await allowed('the links can still be removed', () => {
    fs.unlinkSync('out/l');
    fs.unlinkSync('out/d');
  });
});
