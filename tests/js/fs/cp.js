// nodule-flags: --allow-fs-write=.
// fs.cpSync, fs.cp and fs.promises.cp: files, trees, links, filters, overwriting rules,
// timestamps, and Node's errors for copies that cannot be made.
const fs = require('fs');
const path = require('path');
const root = path.join(__dirname, 'scratch-cp');
fs.rmSync(root, { recursive: true, force: true });
const at = (...parts) => path.join(root, ...parts);
const rel = (p) => path.relative(root, p);

fs.mkdirSync(at('src/nested/deep'), { recursive: true });
fs.writeFileSync(at('src/top.txt'), 'top');
fs.writeFileSync(at('src/nested/mid.txt'), 'mid');
fs.writeFileSync(at('src/nested/deep/low.log'), 'low');
fs.symlinkSync('top.txt', at('src/link'));
fs.writeFileSync(at('file.txt'), 'file');

/** The tree under `dir` as sorted `path:kind[:content or link target]` lines. */
function tree(dir) {
  return fs.readdirSync(dir, { recursive: true }).sort().map((name) => {
    const full = path.join(dir, name);
    const stat = fs.lstatSync(full);
    if (stat.isSymbolicLink()) return `${name} -> ${rel(path.resolve(dir, fs.readlinkSync(full)))}${path.isAbsolute(fs.readlinkSync(full)) ? ' (absolute)' : ''}`;
    if (stat.isDirectory()) return `${name}/`;
    return `${name}: ${fs.readFileSync(full, 'utf8')}`;
  });
}

function errorOf(fn) {
  try {
    fn();
    return 'no error';
  } catch (err) {
    return describe(err);
  }
}

function describe(err) {
  const where = ['path', 'dest'].filter((key) => err[key] !== undefined).map((key) => `${key}=${rel(err[key]) || '.'}`);
  const text = err.message.replaceAll(root, '<root>');
  return `${err.name} ${err.code} errno=${err.errno} syscall=${err.syscall} ${where.join(' ')}\n  ${text}${err.info ? `\n  info: ${Object.keys(err.info)}` : ''}`;
}

// Files.
fs.cpSync(at('file.txt'), at('copies/one.txt'));
console.log('parents made:', tree(at('copies')));
fs.writeFileSync(at('newer.txt'), 'newer');
fs.cpSync(at('newer.txt'), at('copies/one.txt'));
console.log('overwritten:', fs.readFileSync(at('copies/one.txt'), 'utf8'));
fs.cpSync(at('file.txt'), at('copies/one.txt'), { force: false });
console.log('kept with force false:', fs.readFileSync(at('copies/one.txt'), 'utf8'));
console.log(errorOf(() => fs.cpSync(at('file.txt'), at('copies/one.txt'), { force: false, errorOnExist: true })));
console.log(errorOf(() => fs.cpSync(at('file.txt'), at('copies/one.txt'), { mode: fs.constants.COPYFILE_EXCL })));
fs.chmodSync(at('file.txt'), 0o640);
fs.utimesSync(at('file.txt'), new Date('2020-01-02T03:04:05Z'), new Date('2021-02-03T04:05:06Z'));
fs.cpSync(at('file.txt'), at('copies/timed.txt'), { preserveTimestamps: true });
const timed = fs.statSync(at('copies/timed.txt'));
console.log('timestamps:', timed.mtime.toISOString(), (timed.mode & 0o777).toString(8));

// Trees.
fs.cpSync(at('src'), at('tree'), { recursive: true });
console.log('tree:', tree(at('tree')));
fs.cpSync(at('src'), at('verbatim'), { recursive: true, verbatimSymlinks: true });
console.log('verbatim links:', fs.readlinkSync(at('verbatim/link')));
fs.cpSync(at('src'), at('dereferenced'), { recursive: true, dereference: true });
console.log('dereferenced:', fs.lstatSync(at('dereferenced/link')).isFile(), fs.readFileSync(at('dereferenced/link'), 'utf8'));
const filtered = [];
fs.cpSync(at('src'), at('filtered'), {
  recursive: true,
  filter(source, destination) {
    filtered.push(`${rel(source)} => ${rel(destination)}`);
    return !source.endsWith('.log');
  },
});
console.log('filter calls:', filtered.sort());
console.log('filtered:', tree(at('filtered')));
fs.writeFileSync(at('tree/top.txt'), 'changed');
fs.writeFileSync(at('tree/extra.txt'), 'extra');
fs.cpSync(at('src'), at('tree'), { recursive: true, filter: (source) => !source.endsWith('link') });
console.log('merged:', tree(at('tree')));
fs.symlinkSync('file.txt', at('other-link'));
fs.cpSync(at('src/link'), at('other-link'));
console.log('link over link:', fs.readlinkSync(at('other-link')) === at('src/top.txt'));
// A link already copied resolves to where the source's does: Node refuses it as a copy into itself.
console.log(errorOf(() => fs.cpSync(at('src/link'), at('tree/link'))));

// What cannot be copied.
console.log(errorOf(() => fs.cpSync(at('src'), at('no-recursive'))));
console.log(errorOf(() => fs.cpSync(at('src'), at('src/nested/inside'), { recursive: true })));
console.log(errorOf(() => fs.cpSync(at('src'), at('src'), { recursive: true })));
console.log(errorOf(() => fs.cpSync(at('file.txt'), at('file.txt'))));
console.log(errorOf(() => fs.cpSync(at('src'), at('file.txt'), { recursive: true })));
console.log(errorOf(() => fs.cpSync(at('file.txt'), at('src'))));
console.log(errorOf(() => fs.cpSync(at('missing'), at('anywhere'))));
console.log(errorOf(() => fs.cpSync(at('file.txt'), at('x.txt'), { filter: async () => true })));
console.log(errorOf(() => fs.cpSync(at('file.txt'), at('x.txt'), { filter: 'no' })));
console.log(errorOf(() => fs.cpSync(at('file.txt'), at('x.txt'), { recursive: 1 })));
console.log(errorOf(() => fs.cpSync(at('file.txt'), at('x.txt'), { dereference: true, verbatimSymlinks: true })));
console.log(errorOf(() => fs.cpSync(at('file.txt'), at('x.txt'), { mode: 8 })));
console.log(errorOf(() => fs.cpSync(at('file.txt'), 7)));
console.log(errorOf(() => fs.cpSync(at('file.txt'), at('x.txt'), 'options')));

// The asynchronous styles.
fs.cp(at('src'), at('by-callback'), { recursive: true }, (err) => {
  console.log('callback:', err, tree(at('by-callback')).length);
  fs.cp(at('src'), at('by-callback-2'), (error) => {
    console.log('callback error:', describe(error));
    promises();
  });
});

async function promises() {
  await fs.promises.cp(at('src'), at('by-promise'), {
    recursive: true,
    filter: async (source) => !source.includes('nested'),
  });
  console.log('promise with async filter:', tree(at('by-promise')));
  await fs.promises.cp(at('src'), at('src/nested'), { recursive: true }).catch((err) => console.log('rejected:', describe(err)));
  await fs.promises.cp(at('file.txt'), at('x.txt'), { force: 'yes' }).catch((err) => console.log('rejected:', describe(err)));
  try {
    fs.cp(at('file.txt'), at('x.txt'), { filter: 1 }, () => {});
  } catch (err) {
    console.log('thrown:', describe(err));
  }
  fs.rmSync(root, { recursive: true });
}
