// Hard-links through symlinks that lead outside: the link, a folder link, and writes after.
// flags: --allow-fs-write=out
const fs = require('fs');
const { outside, secret, refused, allowed, run } = require('./_hostile');

run(async () => {
  await allowed('setup', () => {
    fs.writeFileSync('out/mine.txt', 'mine');
    fs.symlinkSync(secret, 'out/l');
    fs.symlinkSync(outside, 'out/d');
  });
  const denied = ['ERR_ACCESS_DENIED'];
  // link(2) does not follow a symlink: the new name is the symlink again, and still leads out.
  try {
    fs.linkSync('out/l', 'out/h');
  } catch {
    // Refusing the link at all is fine too.
  }
  await refused('read through the linked symlink', [...denied, 'ENOENT'], () => fs.readFileSync('out/h', 'utf8'));
  await refused('write through the linked symlink', [...denied, 'ENOENT'], () => fs.writeFileSync('out/h', 'pwned'));
  await refused('link the secret through d', denied, () => fs.linkSync('out/d/secret.txt', 'out/h2'));
  await refused('link ours outside through d', denied, () => fs.linkSync('out/mine.txt', 'out/d/planted.txt'));
});
