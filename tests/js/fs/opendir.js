// nodule-flags: --allow-fs-write=.
// fs.opendir, opendirSync and fs.promises.opendir: Dir's reads, closes, async iteration,
// recursive listing, and its errors. Entries are sorted before printing: the order of a
// directory's entries is the file system's.
const fs = require('fs');
const path = require('path');
const dir = path.join(__dirname, 'scratch-opendir');
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(path.join(dir, 'sub/deeper'), { recursive: true });
fs.writeFileSync(path.join(dir, 'a.txt'), 'a');
fs.writeFileSync(path.join(dir, 'sub/b.txt'), 'b');
fs.writeFileSync(path.join(dir, 'sub/deeper/c.txt'), 'c');
fs.symlinkSync('a.txt', path.join(dir, 'link'));

const describe = (dirent) => `${path.relative(dir, path.join(dirent.parentPath, dirent.name))}:${
  dirent.isFile() ? 'file' : dirent.isDirectory() ? 'dir' : dirent.isSymbolicLink() ? 'link' : '?'}:${dirent.path === dirent.parentPath}`;

function errorOf(fn) {
  try {
    fn();
    return 'no error';
  } catch (err) {
    return `${err.name} ${err.code}: ${err.message}`;
  }
}

function drainSync(handle) {
  const seen = [];
  for (let dirent = handle.readSync(); dirent !== null; dirent = handle.readSync()) seen.push(describe(dirent));
  return seen.sort();
}

function readWithCallbacks(handle) {
  return new Promise((resolve, reject) => {
    const seen = [];
    const next = () => handle.read((err, dirent) => {
      if (err) reject(err);
      else if (dirent === null) handle.close((closeErr) => (closeErr ? reject(closeErr) : resolve(seen.sort())));
      else {
        seen.push(describe(dirent));
        next();
      }
    });
    next();
  });
}

(async () => {
  const sync = fs.opendirSync(dir);
  console.log(sync instanceof fs.Dir, sync.path === dir, typeof sync[Symbol.asyncIterator]);
  console.log(drainSync(sync), sync.readSync());
  sync.closeSync();
  console.log(errorOf(() => sync.readSync()));
  console.log(errorOf(() => sync.closeSync()));
  console.log(errorOf(() => sync.read(() => {})));
  await sync.close().catch((err) => console.log('close promise:', err.code));
  await new Promise((resolve) => sync.close((err) => {
    console.log('close callback:', err.code);
    resolve();
  }));

  const recursive = fs.opendirSync(dir, { recursive: true });
  console.log('recursive', drainSync(recursive));
  recursive.closeSync();

  const viaCallback = await new Promise((resolve, reject) => fs.opendir(path.join(dir, 'sub'), (err, handle) => (err ? reject(err) : resolve(handle))));
  console.log('callbacks', await readWithCallbacks(viaCallback));

  const seen = [];
  for await (const dirent of await fs.promises.opendir(dir, { recursive: true })) seen.push(describe(dirent));
  console.log('for await', seen.sort());

  const early = await fs.promises.opendir(dir);
  for await (const dirent of early) {
    console.log('first of several:', typeof dirent.name);
    break;
  }
  console.log('closed by break:', errorOf(() => early.readSync()));

  const busy = fs.opendirSync(dir);
  const pending = busy.read();
  console.log(errorOf(() => busy.readSync()));
  console.log(errorOf(() => busy.closeSync()));
  console.log(typeof (await pending).name, (await busy.read()) !== null);
  await busy.close();

  const buffers = fs.opendirSync(path.join(dir, 'sub', 'deeper'), { encoding: 'buffer' });
  const entry = buffers.readSync();
  console.log(Buffer.isBuffer(entry.name), entry.name.toString());
  buffers.closeSync();

  console.log(errorOf(() => fs.opendirSync(path.join(dir, 'missing'))));
  console.log(errorOf(() => fs.opendirSync(path.join(dir, 'a.txt'))));
  console.log(errorOf(() => fs.opendirSync(dir, { bufferSize: 0 })));
    console.log(errorOf(() => fs.opendirSync(42)));
  await fs.promises.opendir(path.join(dir, 'missing')).catch((err) => console.log('promise:', err.message, err.path === path.join(dir, 'missing')));
  fs.opendir(path.join(dir, 'a.txt'), (err) => {
    console.log('callback:', err.code, err.syscall, path.basename(err.path));
    fs.rmSync(dir, { recursive: true });
  });
})();
