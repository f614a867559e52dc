// Reads a 200 MiB (sparse) file whole under a 64 MiB limit: the host reads it, the guest cannot hold it.
// flags: --max-memory=64 --allow-fs-write=out
// expect-status: 0 | 137
// expect-stderr: nodule: memory limit of 64 MiB exceeded
// timeout-ms: 8000
const fs = require('fs');
const { refused, run } = require('./_hostile');

run(async () => {
  fs.writeFileSync('out/big', '');
  fs.truncateSync('out/big', 200 << 20);
  const tooBig = [undefined, 'ENOMEM', 'ERR_FS_FILE_TOO_LARGE', 'ERR_OUT_OF_RANGE'];
  await refused('readFileSync', tooBig, () => fs.readFileSync('out/big').length);
  await refused('promises.readFile', tooBig, () => fs.promises.readFile('out/big').then((b) => b.length));
  // Many reads in flight at once, each of which the host would buffer.
  await refused('ten at once', tooBig, () =>
    Promise.all(Array.from({ length: 10 }, () => fs.promises.readFile('out/big'))).then(() => 'all read'),
  );
});
