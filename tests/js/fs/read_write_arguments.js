// nodule-flags: --allow-fs-write=.
// fs.read/readSync/write/writeSync and FileHandle read/write check their arguments as Node does,
// and a closed FileHandle fails with EBADF.
const fs = require('fs');
const path = require('path');
const util = require('util');

const file = path.join(__dirname, 'scratch-read-write-arguments.txt');
fs.writeFileSync(file, 'abcdefgh');
const fd = fs.openSync(file, 'r+');
const buffer = Buffer.alloc(4);

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

attempt('position -2', () => fs.readSync(fd, buffer, 0, 1, -2));
attempt('position 1.5', () => fs.readSync(fd, buffer, 0, 1, 1.5));
attempt('position string', () => fs.readSync(fd, buffer, 0, 1, 'x'));
attempt('position 2**63', () => fs.readSync(fd, buffer, 0, 1, 2n ** 63n));
attempt('length too long', () => fs.readSync(fd, buffer, 0, 5, 0));
attempt('length -1', () => fs.readSync(fd, buffer, 0, -1, 0));
attempt('empty buffer', () => fs.readSync(fd, Buffer.alloc(0), 0, 1, 0));
attempt('length 0', () => fs.readSync(fd, Buffer.alloc(0), 0, 0, 0));
attempt('options offset 1.5', () => fs.readSync(fd, buffer, { offset: 1.5 }));
attempt('options', () => fs.readSync(fd, buffer, { offset: 1, length: 2, position: 0 }) + buffer.toString('latin1', 1, 3));
attempt('write offset 5', () => fs.writeSync(fd, buffer, 5));
attempt('write length 5', () => fs.writeSync(fd, buffer, 0, 5));
attempt('write offset -1', () => fs.writeSync(fd, buffer, -1));
attempt('write length -1', () => fs.writeSync(fd, buffer, 0, -1));
attempt('write object', () => fs.writeSync(fd, {}));
attempt('write odd hex', () => fs.writeSync(fd, 'abc', 0, 'hex'));
attempt('close bad fd', () => fs.close(''));

fs.read(fd, Buffer.alloc(3), (err, bytesRead, read) => {
  console.log('read(fd, buffer, cb)', err, bytesRead, read.length);
  util.promisify(fs.read)(fd, Buffer.alloc(2), 0, 2, 0).then(async (result) => {
    console.log('promisified read', result.bytesRead, result.buffer.toString());
    fs.close(fd, async (...args) => {
      console.log('close callback arguments', args);
      const handle = await fs.promises.open(file, 'r');
      const read = await handle.read(Buffer.alloc(3), { offset: null });
      console.log('handle.read', read.bytesRead, read.buffer.toString(), Object.getPrototypeOf(read));
      console.log('handle.readFile', await fs.promises.readFile(handle, 'utf8'));
      await handle.close();
      await handle.stat().catch((err) => console.log('stat after close', err.code, err.syscall));
      await handle.read(Buffer.alloc(1)).catch((err) => console.log('read after close', err.code, err.syscall));
      fs.rmSync(file);
    });
  });
});
