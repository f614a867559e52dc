// nodule-flags: --allow-fs-write=.
const fsp = require('fs/promises');
const path = require('path');
const file = path.join(__dirname, 'scratch-handle.txt');

(async () => {
  const handle = await fsp.open(file, 'w+');
  console.log(typeof handle.fd, handle.fd > 2);
  console.log((await handle.write('hello world')).bytesWritten);
  console.log((await handle.write(Buffer.from('!'), 0, 1, 11)).bytesWritten);
  const { bytesRead, buffer } = await handle.read(Buffer.alloc(5), 0, 5, 6);
  console.log(bytesRead, buffer.toString());
  console.log((await handle.stat()).size, (await handle.stat()).isFile());
  await handle.truncate(5);
  await handle.sync();
  await handle.close();
  await handle.close();
  const again = await fsp.open(file);
  console.log(await again.readFile('utf8'));
  await again.close();
  try {
    await fsp.open(path.join(__dirname, 'missing', 'x.txt'));
  } catch (err) {
    console.log(err.code, err.syscall);
  }
  await fsp.unlink(file);
})();
