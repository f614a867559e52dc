// Reads a 1 TiB sparse file whole through a descriptor: node's ERR_FS_FILE_TOO_LARGE, no 2 GiB host buffer.
// flags: --allow-fs-write=out
// timeout-ms: 5000
const fs = require('fs');
const { refused, allowed, run } = require('./_hostile');

run(async () => {
  await allowed('make it', () => {
    fs.writeFileSync('out/huge', '');
    fs.truncateSync('out/huge', 2 ** 40);
  });
  const fd = await allowed('open it', () => fs.openSync('out/huge', 'r'));
  const tooLarge = ['ERR_FS_FILE_TOO_LARGE'];
  await refused('readFileSync', tooLarge, () => fs.readFileSync(fd));
  await refused('FileHandle.readFile', tooLarge, async () => {
    const handle = await fs.promises.open('out/huge', 'r');
    try {
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  });
});
