// nodule-flags: --allow-fs-write=.
// A descriptor changes its file's mode and times (fchmod, futimes, FileHandle.chmod
// and utimes), with Node's argument checks and errors.
const fs = require('fs');
const path = require('path');
const dir = path.join(__dirname, 'scratch-descriptor-mode-times');
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
const file = path.join(dir, 'file.txt');
fs.writeFileSync(file, 'x');

const show = (label) => {
  const stat = fs.statSync(file);
  console.log(label, (stat.mode & 0o777).toString(8), stat.atime.toISOString(), stat.mtime.toISOString());
};
const error = (label, fn) => {
  try {
    fn();
    console.log(label, 'no error');
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
};

const fd = fs.openSync(file, 'r');
fs.fchmodSync(fd, 0o600);
fs.futimesSync(fd, 1_000_000_000, new Date('2020-02-02T02:02:02Z'));
show('sync');
fs.fchmodSync(fd, '640');
show('octal string');
error('bad mode', () => fs.fchmodSync(fd, 'rwx'));
error('bad fd', () => fs.fchmodSync(-1, 0o600));
error('bad time', () => fs.futimesSync(fd, 'soon', 0));
console.log('lengths', fs.fchmod.length, fs.fchmodSync.length, fs.futimes.length, fs.futimesSync.length);
fs.closeSync(fd);
error('closed', () => fs.fchmodSync(fd, 0o600));

fs.open(file, 'r', (err, fd2) => {
  fs.fchmod(fd2, 0o644, (err) => {
    fs.futimes(fd2, 1500000000, 1600000000, (err2) => {
      console.log('callbacks', err, err2);
      show('callback');
      fs.closeSync(fd2);
      (async () => {
        const handle = await fs.promises.open(file, 'r+');
        await handle.chmod(0o604);
        await handle.utimes(new Date('2001-01-01T00:00:00Z'), 1234567890);
        await handle.close();
        show('FileHandle');
        await handle.chmod(0o600).catch((err) => console.log('closed handle', err.code));
        fs.rmSync(dir, { recursive: true });
      })();
    });
  });
});
