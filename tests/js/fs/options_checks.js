// nodule-flags: --allow-fs-write=.
// Options as Node checks them before anything is done: a string is the encoding (checked
// as an object's is), numeric open flags are 32-bit, the watchers check their path and
// options; and mkdir gives the directories it makes the mode asked for, under the umask.
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');

const dir = path.join(__dirname, 'options-checks.tmp');
fs.rmSync(dir, { recursive: true, force: true });

const show = (label, fn) => {
  try {
    fn();
    console.log(label, 'ok');
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
};
show('readFileSync string', () => fs.readFileSync(__filename, 'no-such-encoding'));
show('readdirSync object', () => fs.readdirSync(__dirname, { encoding: 'no-such-encoding' }));
show('createReadStream', () => fs.createReadStream(__filename, 'no-such-encoding'));
show('openSync flags', () => fs.openSync(__filename, 2 ** 32));
show('openSync mode', () => fs.openSync(__filename, 'r', 2 ** 32));
show('open flags', () => fs.open(__filename, -(2 ** 31) - 1, () => {}));
show('watch encoding', () => fs.watch(__filename, 'no-such-encoding', () => {}));
show('watch path', () => fs.watch('a\u0000b', () => {}));
show('watchFile path', () => fs.watchFile('a\u0000b', () => {}));
show('unwatchFile path', () => fs.unwatchFile(42));
show('mkdirSync recursive', () => fs.mkdirSync(dir, { recursive: 'yes' }));
show('mkdirSync mode', () => fs.mkdirSync(dir, 'rwx'));

const old = process.umask(0o027);
fs.mkdirSync(dir, 0o10775);
fs.mkdirSync(path.join(dir, 'a', 'b'), { recursive: true, mode: '751' });
const modeOf = (name) => (fs.statSync(path.join(dir, name)).mode & 0o777).toString(8);
console.log(modeOf('.'), modeOf('a'), modeOf('a/b'));
fsp.mkdir(path.join(dir, 'c'), { mode: 0o700 }).then(() => {
  console.log(modeOf('c'));
  process.umask(old);
  fs.rmSync(dir, { recursive: true });
});
