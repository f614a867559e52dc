// nodule-flags: --allow-fs-write=/tmp
// graceful-fs (npm's own file layer) patches fs at load: it reads `constants`, fs
// functions' `length`, `process.cwd`, and wraps the callback functions it retries.
const path = require('path');
const os = require('os');
const fs = require('fs');
const gfs = require('graceful-fs');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'nodule-graceful-fs-'));
const file = path.join(root, 'a.txt');
console.log(typeof gfs.gracefulify, gfs.readFile.length, gfs.close.length, gfs.ReadStream.name, gfs.promises === fs.promises);
gfs.writeFileSync(file, 'one\n');
gfs.appendFile(file, 'two\n', (err) => {
  if (err) throw err;
  gfs.readFile(file, 'utf8', (err, text) => {
    console.log(err, JSON.stringify(text));
    gfs.readdir(root, (err, names) => {
      console.log(err, names);
      gfs.stat(file, (err, stats) => {
        console.log(err, stats.isFile(), stats.size);
        const stream = gfs.createReadStream(file, 'utf8');
        stream.on('data', (chunk) => console.log('stream', JSON.stringify(chunk)));
        stream.on('close', () => {
          gfs.copyFile(file, path.join(root, 'b.txt'), (err) => {
            console.log('copied', err, gfs.readFileSync(path.join(root, 'b.txt'), 'utf8').length);
            gfs.open(path.join(root, 'missing'), 'r', (err) => {
              console.log(err.code, err.syscall);
              gfs.rm(root, { recursive: true }, (err) => console.log('removed', err, gfs.existsSync(root)));
            });
          });
        });
      });
    });
  });
});
