// Symlinks in the write grant to /proc, /dev and /etc, then reads and writes through them.
// flags: --allow-fs-write=out
const fs = require('fs');
const { refused, allowed, run } = require('./_hostile');

run(async () => {
  const targets = {
    environ: '/proc/self/environ',
    cwd: '/proc/self/cwd',
    root: '/proc/self/root',
    fd: '/proc/self/fd',
    passwd: '/etc/passwd',
    zero: '/dev/zero',
  };
  await allowed('symlinks', () => {
    for (const [name, target] of Object.entries(targets)) fs.symlinkSync(target, `out/${name}`);
  });
  const denied = ['ERR_ACCESS_DENIED'];
  for (const path of ['out/environ', 'out/cwd/readonly.txt', 'out/root/etc/passwd', 'out/fd/1', 'out/passwd', 'out/zero']) {
    await refused(`read ${path}`, denied, () => fs.readFileSync(path, 'utf8'));
    await refused(`async read ${path}`, denied, () => fs.promises.readFile(path, 'utf8'));
  }
  await refused('write through /proc/self/cwd', denied, () => fs.writeFileSync('out/cwd/readonly.txt', 'pwned'));
  await refused('write through /proc/self/fd/1', denied, () => fs.writeFileSync('out/fd/1', 'pwned'));
  await refused('list through /proc/self/root', denied, () => fs.readdirSync('out/root'));
});
