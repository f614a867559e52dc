// Reads a 1 TiB sparse file whole: Node's ERR_FS_FILE_TOO_LARGE, never a host allocation of that size.
// flags: --allow-fs-write=out
const fs = require('fs');
const { refused, allowed, check, callback, run } = require('./_hostile');

run(async () => {
  await allowed('make it', () => {
    fs.writeFileSync('out/huge', '');
    fs.truncateSync('out/huge', 2 ** 40);
  });
  check('it is that large', fs.statSync('out/huge').size === 2 ** 40, fs.statSync('out/huge').size);
  const tooLarge = ['ERR_FS_FILE_TOO_LARGE'];
  const err = await refused('readFileSync', tooLarge, () => fs.readFileSync('out/huge'));
  check('a RangeError', err instanceof RangeError, err);
  await refused('readFile', tooLarge, () => callback(fs.readFile, 'out/huge'));
  await refused('promises.readFile', tooLarge, () => fs.promises.readFile('out/huge'));
  // A bounded read near its end is fine.
  const tail = Buffer.alloc(16);
  check(
    'a small read at the end',
    (await allowed('readSync at 1 TiB', () => fs.readSync(fs.openSync('out/huge', 'r'), tail, 0, 16, 2 ** 40 - 16))) === 16,
    'short',
  );
});
