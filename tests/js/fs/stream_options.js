// nodule-flags: --allow-fs-write=.
// Options a program inherits from a prototype count, a read error without autoClose
// leaves the stream and its descriptor, a replaced prototype `open` opens the file, and
// access's and copyFile's modes are checked as Node checks them.
const fs = require('fs');
const path = require('path');

const file = path.join(__dirname, 'stream-options.tmp');
fs.writeFileSync(file, 'abcdef');

const ranged = fs.createReadStream(file, { __proto__: { start: 1, end: 3, encoding: 'utf8' } });
console.log(ranged.start, ranged.end);
ranged.on('data', (chunk) => console.log('ranged', chunk));

const broken = fs.createReadStream(null, { __proto__: { fd: 13337, autoClose: false } });
broken.on('data', () => {});
broken.on('error', (err) => console.log('error', err.code, broken.destroyed, broken.fd));

for (const mode of [8, -1, 'r', 2.5, null]) {
  for (const [name, call] of [
    ['accessSync', () => fs.accessSync(__filename, mode)],
    ['copyFileSync', () => fs.copyFileSync(file, `${file}.copy`, mode)],
  ]) {
    try {
      call();
      console.log(name, String(mode), 'ok');
    } catch (err) {
      console.log(name, String(mode), err.name, err.code, err.message);
    }
  }
}

ranged.on('close', () => {
  const { open } = fs.ReadStream.prototype;
  fs.ReadStream.prototype.open = function open() {
    console.log('own open', this.path === file);
    fs.ReadStream.prototype.open = open;
    fs.open(this.path, 'r', (err, fd) => {
      this.fd = fd;
      this.emit('open', fd);
    });
  };
  fs.createReadStream(file, 'utf8')
    .on('data', (chunk) => console.log('patched', chunk))
    .on('close', () => {
      fs.rmSync(file);
      fs.rmSync(`${file}.copy`, { force: true });
    });
});
