// Removes, renames or replaces the granted folder itself (a change to the app folder around it).
// flags: --allow-fs-write=out
const fs = require('fs');
const { refused, allowed, run } = require('./_hostile');

run(async () => {
  await allowed('write inside it', () => fs.writeFileSync('out/x', 'x'));
  // Node (no sandbox) does each of these; the sandbox refuses, each call with its own code.
  const refusals = ['ERR_ACCESS_DENIED', 'EINVAL', 'EIO', 'EISDIR', 'EEXIST', 'EBUSY', 'ENOTEMPTY', 'EPERM'];
  await refused('rename it', refusals, () => fs.renameSync('out', 'moved'));
  await refused('rename it into itself', refusals, () => fs.renameSync(`${__dirname}/out`, `${__dirname}/out/inner`));
  await refused('rename a file over it', refusals, () => fs.renameSync('out/x', 'out'));
  await refused('rm it', refusals, () => fs.rmSync('out', { recursive: true }));
  await refused('rm it as out/.', refusals, () => fs.rmSync('out/.', { recursive: true }));
  await refused('rmdir it, emptied', refusals, () => {
    fs.rmSync('out/x', { force: true });
    fs.rmdirSync('out');
  });
  await refused('promises.rm it', refusals, () => fs.promises.rm('out', { recursive: true, force: true }));
  await refused('unlink it', refusals, () => fs.unlinkSync('out'));
  await refused('symlink over it', refusals, () => fs.symlinkSync('/', 'out'));
});
