// Changes app/readonly.txt, which may be read but not written, directly or by moving files.
// flags: --allow-fs-write=out
const fs = require('fs');
const { refused, allowed, run } = require('./_hostile');

run(async () => {
  await allowed('read it', () => fs.readFileSync('readonly.txt', 'utf8'));
  await allowed('a file to move', () => fs.writeFileSync('out/mine.txt', 'mine'));
  const denied = ['ERR_ACCESS_DENIED'];
  await refused('writeFileSync', denied, () => fs.writeFileSync('readonly.txt', 'pwned'));
  await refused('appendFileSync', denied, () => fs.appendFileSync('readonly.txt', 'pwned'));
  for (const flags of ['r+', 'w', 'a', 'as+', fs.constants.O_RDWR, fs.constants.O_WRONLY | fs.constants.O_TRUNC]) {
    await refused(`openSync ${flags}`, denied, () => fs.openSync('readonly.txt', flags));
  }
  await refused('promises.open r+', denied, () => fs.promises.open('readonly.txt', 'r+'));
  await refused('truncateSync', denied, () => fs.truncateSync('readonly.txt', 0));
  await refused('chmodSync', denied, () => fs.chmodSync('readonly.txt', 0o600));
  await refused('utimesSync', denied, () => fs.utimesSync('readonly.txt', 1, 1));
  await refused('unlinkSync', denied, () => fs.unlinkSync('readonly.txt'));
  // Moved into the write grant, it would become writable.
  await refused('rename into out', denied, () => fs.renameSync('readonly.txt', 'out/readonly.txt'));
  await refused('rename over it', denied, () => fs.renameSync('out/mine.txt', 'readonly.txt'));
  await refused('copy over it', denied, () => fs.copyFileSync('out/mine.txt', 'readonly.txt'));
  await refused('rmSync the app folder', denied, () => fs.rmSync('.', { recursive: true, force: true }));
  // A descriptor opened for reading does not write.
  const fd = await allowed('open for reading', () => fs.openSync('readonly.txt', 'r'));
  await refused('write to a read descriptor', ['EBADF'], () => fs.writeSync(fd, 'pwned'));
  await refused('ftruncate a read descriptor', ['EINVAL', 'EBADF'], () => fs.ftruncateSync(fd, 0));
});
