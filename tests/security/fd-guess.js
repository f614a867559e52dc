// Guesses descriptor numbers: the host's own files and sockets, and a descriptor after it is closed.
const fs = require('fs');
const { refused, allowed, callback, run } = require('./_hostile');

run(async () => {
  const bad = ['EBADF'];
  const buffer = Buffer.alloc(64);
  for (let fd = 3; fd < 64; fd++) {
    await refused(`fstatSync ${fd}`, bad, () => fs.fstatSync(fd));
    await refused(`readSync ${fd}`, bad, () => fs.readSync(fd, buffer, 0, 64, null));
    await refused(`writeSync ${fd}`, bad, () => fs.writeSync(fd, 'pwned'));
  }
  for (const fd of [2 ** 31 - 1, 1000000]) {
    await refused(`readFile ${fd}`, bad, () => callback(fs.readFile, fd));
  }
  const fd = await allowed('open own file', () => fs.openSync('readonly.txt', 'r'));
  await allowed('close it', () => fs.closeSync(fd));
  await refused('read after close', bad, () => fs.readSync(fd, buffer, 0, 64, 0));
  await refused('close twice', bad, () => fs.closeSync(fd));
});
