// Changes, moves or deletes what is outside the write grant without writing its bytes.
// flags: --allow-fs-write=out
const fs = require('fs');
const { outside, secret, refused, allowed, callback, run } = require('./_hostile');

run(async () => {
  await allowed('a file to move', () => fs.writeFileSync('out/mine.txt', 'mine'));
  const denied = ['ERR_ACCESS_DENIED'];
  const dir = `${outside}/secret-dir`;
  await refused('truncateSync', denied, () => fs.truncateSync(secret, 0));
  await refused('truncate', denied, () => callback(fs.truncate, secret, 0));
  await refused('chmodSync file', denied, () => fs.chmodSync(secret, 0o777));
  await refused('chmodSync folder', denied, () => fs.chmodSync(dir, 0o777));
  await refused('promises.chmod', denied, () => fs.promises.chmod(secret, 0o777));
  await refused('utimesSync', denied, () => fs.utimesSync(secret, 0, 0));
  await refused('lutimesSync', [...denied, 'ERR_METHOD_NOT_IMPLEMENTED'], () => fs.lutimesSync(secret, 0, 0));
  await refused('unlinkSync', denied, () => fs.unlinkSync(secret));
  await refused('rmSync', denied, () => fs.rmSync(secret));
  await refused('rmSync recursive force', denied, () => fs.rmSync(outside, { recursive: true, force: true }));
  await refused('promises.rm recursive', denied, () => fs.promises.rm(dir, { recursive: true }));
  await refused('rmdirSync', denied, () => fs.rmdirSync(dir));
  await refused('rename the secret in', denied, () => fs.renameSync(secret, 'out/stolen.txt'));
  await refused('rename the folder in', denied, () => fs.renameSync(dir, 'out/stolen-dir'));
  await refused('rename over the secret', denied, () => fs.renameSync('out/mine.txt', secret));
  await refused('rename out', denied, () => fs.renameSync('out/mine.txt', `${outside}/moved.txt`));
  await refused('rename into the folder', denied, () => callback(fs.rename, 'out/mine.txt', `${dir}/moved.txt`));
  await refused('copy out', denied, () => fs.copyFileSync(secret, 'out/copy.txt'));
  await refused('cpSync the folder in', denied, () => fs.cpSync(outside, 'out/copy', { recursive: true }));
});
