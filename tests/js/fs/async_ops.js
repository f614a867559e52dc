// nodule-flags: --allow-fs-write=.
// The callback and promise styles, one step after another so the order is fixed.
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const dir = path.join(__dirname, 'scratch-async');
fs.rmSync(dir, { recursive: true, force: true });

fs.mkdir(dir, (err) => {
  console.log('mkdir', err);
  fs.writeFile(path.join(dir, 'a.txt'), 'callback data', (err) => {
    console.log('writeFile', err);
    fs.readFile(path.join(dir, 'a.txt'), 'utf8', (err, text) => {
      console.log('readFile', err, text);
      fs.stat(path.join(dir, 'nope'), (err) => {
        console.log('stat missing', err.code, err.syscall, err.message.replace(dir, '<dir>'));
        fs.exists(path.join(dir, 'a.txt'), (exists) => {
          console.log('exists', exists);
          promises();
        });
      });
    });
  });
});

async function promises() {
  await fsp.writeFile(path.join(dir, 'b.json'), JSON.stringify({ ok: true }));
  console.log(JSON.parse(await fsp.readFile(path.join(dir, 'b.json'), 'utf8')));
  console.log((await fsp.readdir(dir)).sort(), (await fsp.stat(dir)).isDirectory());
  await fsp.rename(path.join(dir, 'b.json'), path.join(dir, 'c.json'));
  await fsp.appendFile(path.join(dir, 'c.json'), '\n');
  console.log((await fsp.lstat(path.join(dir, 'c.json'))).size);
  await fsp.unlink(path.join(dir, 'c.json'));
  try {
    await fsp.readFile(path.join(dir, 'c.json'));
  } catch (err) {
    console.log('promise rejects', err.code, err instanceof Error);
  }
  await fsp.rm(dir, { recursive: true });
  console.log('done', fs.existsSync(dir));
}
