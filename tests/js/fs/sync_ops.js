// nodule-flags: --allow-fs-write=.
const fs = require('fs');
const path = require('path');
const dir = path.join(__dirname, 'scratch-sync');
fs.rmSync(dir, { recursive: true, force: true });
console.log(fs.mkdirSync(dir) === undefined, fs.mkdirSync(path.join(dir, 'a/b/c'), { recursive: true }) === path.join(dir, 'a'));
console.log(fs.mkdirSync(path.join(dir, 'a/b'), { recursive: true }));
const file = path.join(dir, 'file.txt');
fs.writeFileSync(file, 'line one\n');
fs.appendFileSync(file, Buffer.from('line two\n'));
fs.writeFileSync(path.join(dir, 'latin1.txt'), 'café', 'latin1');
console.log(JSON.stringify(fs.readFileSync(file, 'utf8')), fs.readFileSync(file).length, fs.readFileSync(path.join(dir, 'latin1.txt')));
console.log(fs.readFileSync(file, { encoding: 'base64' }), fs.readFileSync(new URL(`file://${file}`), 'utf8').length);
const stat = fs.statSync(file);
console.log(stat.isFile(), stat.isDirectory(), stat.size, stat instanceof fs.Stats, typeof stat.mtimeMs, stat.mtime instanceof Date, (stat.mode & 0o170000).toString(8));
console.log(Object.keys(stat));
const big = fs.statSync(file, { bigint: true });
console.log(typeof big.size, typeof big.mtimeNs, big.isFile(), big.size);
console.log(fs.readdirSync(dir), fs.readdirSync(dir, { recursive: true }));
console.log(fs.readdirSync(dir, { withFileTypes: true }).map((d) => [d.name, d.isFile(), d.isDirectory(), d.parentPath === dir]));
fs.copyFileSync(file, path.join(dir, 'copy.txt'));
try {
  fs.copyFileSync(file, path.join(dir, 'copy.txt'), fs.constants.COPYFILE_EXCL);
} catch (err) {
  console.log(err.code, err.syscall, path.basename(err.path), path.basename(err.dest));
}
fs.renameSync(path.join(dir, 'copy.txt'), path.join(dir, 'moved.txt'));
console.log(fs.existsSync(path.join(dir, 'copy.txt')), fs.existsSync(path.join(dir, 'moved.txt')), fs.existsSync('/no/such/path'));
fs.symlinkSync('file.txt', path.join(dir, 'link'));
console.log(fs.readlinkSync(path.join(dir, 'link')), fs.lstatSync(path.join(dir, 'link')).isSymbolicLink(), fs.statSync(path.join(dir, 'link')).isFile());
console.log(fs.realpathSync(path.join(dir, 'link')) === file);
fs.linkSync(file, path.join(dir, 'hard'));
console.log(fs.statSync(file).nlink, fs.readFileSync(path.join(dir, 'hard'), 'utf8').length);
fs.truncateSync(file, 4);
console.log(JSON.stringify(fs.readFileSync(file, 'utf8')));
fs.chmodSync(file, 0o600);
console.log((fs.statSync(file).mode & 0o777).toString(8));
fs.utimesSync(file, 1000, new Date(2000000));
console.log(fs.statSync(file).mtimeMs, fs.statSync(file).atimeMs);
fs.accessSync(file, fs.constants.R_OK);
const fd = fs.openSync(file, 'r+');
const buffer = Buffer.alloc(10);
console.log(fd > 2, fs.writeSync(fd, 'abcdefgh', 0), fs.readSync(fd, buffer, 0, 4, 2), buffer, fs.fstatSync(fd).size);
fs.ftruncateSync(fd, 2);
fs.fsyncSync(fd);
fs.closeSync(fd);
console.log(fs.readFileSync(file, 'utf8'));
for (const attempt of [
  () => fs.readFileSync(path.join(dir, 'missing.txt')),
  () => fs.mkdirSync(path.join(dir, 'a')),
  () => fs.rmdirSync(path.join(dir, 'a')),
  () => fs.readdirSync(file),
  () => fs.unlinkSync(path.join(dir, 'a')),
  () => fs.rmSync(path.join(dir, 'a')),
  () => fs.closeSync(9999),
  () => fs.openSync(path.join(dir, 'moved.txt'), 'wx'),
  () => fs.readFileSync(42.5),
  () => fs.readFileSync('bad\u0000path'),
  () => fs.openSync(file, 'nope'),
]) {
  try {
    attempt();
    console.log('no error');
  } catch (err) {
    console.log(err.code, err.syscall, err.errno, err.message.replaceAll(dir, '<dir>'));
  }
}
fs.unlinkSync(path.join(dir, 'hard'));
fs.rmSync(path.join(dir, 'nothing'), { force: true });
fs.rmSync(dir, { recursive: true });
console.log(fs.existsSync(dir));
