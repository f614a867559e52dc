// path.posix (the module itself on a POSIX host): every function over a table of inputs,
// backslashes being ordinary characters here, and Node's argument errors.
const path = require('path');
const { posix } = path;

function show(label, fn) {
  let out;
  try {
    out = JSON.stringify(fn());
  } catch (err) {
    out = `${err.name} ${err.code}: ${err.message}`;
  }
  console.log(`${label} -> ${out}`);
}
const list = (args) => args.map((a) => JSON.stringify(a)).join(', ');

console.log(posix.sep, posix.delimiter, path === posix, posix.posix === posix, posix.win32 === path.win32, path.win32.posix === posix);
console.log(posix._makeLong === posix.toNamespacedPath, Object.keys(posix).filter((key) => key !== 'matchesGlob').join());

const paths = [
  '', '.', '..', '/', '//', '///', 'a', 'a/', 'a//', '/a', '//a', '///a', '/a/b/c', 'a/b/../c', 'a/./b', '../a', '../../a/..', '/..', '/../a',
  './', './/', 'a/..', 'a/../', 'a/b/../../..', '/a/b/../../..', 'file.txt', '/dir/file.tar.gz', '.bashrc', '/dir/.bashrc', 'a.', 'a..', '...',
  '..a', 'a.b.c/', '/a/b.c//', 'C:\\dir\\file.js', 'a\\b/c', '\\\\server\\share', 'x/.../y', '\u00e9/\u00fc.txt',
];
for (const p of paths) {
  const arg = JSON.stringify(p);
  show(`normalize(${arg})`, () => posix.normalize(p));
  show(`isAbsolute(${arg})`, () => posix.isAbsolute(p));
  show(`dirname(${arg})`, () => posix.dirname(p));
  show(`basename(${arg})`, () => posix.basename(p));
  show(`extname(${arg})`, () => posix.extname(p));
  show(`parse(${arg})`, () => posix.parse(p));
  show(`format(parse(${arg}))`, () => posix.format(posix.parse(p)));
  show(`toNamespacedPath(${arg})`, () => posix.toNamespacedPath(p));
  show(`resolve("/base/dir", ${arg})`, () => posix.resolve('/base/dir', p));
  // Relative paths could come out under the cwd's parents, which differ between checkouts.
  if (posix.isAbsolute(p)) show(`resolve(${arg})`, () => posix.resolve(p));
}

const suffixes = [
  ['/a/file.js', '.js'], ['/a/file.js', 'file.js'], ['/a/file.js/', '.js'], ['file.js', '.JS'], ['aaa/bbb', 'bb'], ['aaa/bbb', 'bbb'],
  ['aaa/bbb', 'a/bbb'], ['/aaa/', 'aaa'], ['a.js', ''], ['.js', '.js'], ['js', '.js'], ['a//', 'a'],
];
for (const [p, suffix] of suffixes) show(`basename(${list([p, suffix])})`, () => posix.basename(p, suffix));

const joins = [[], [''], ['', ''], ['a', 'b'], ['a/', '/b'], ['/', '..', 'x'], ['a', '', 'b', '.', '..'], ['//a', 'b'], ['..', '..', 'x'], ['a', '../../b']];
for (const args of joins) show(`join(${list(args)})`, () => posix.join(...args));

const resolves = [[], [''], ['.'], ['/a', 'b'], ['/a', '/b', 'c'], ['/a/b', '../..', '..'], ['a', 'b'], ['a/../b/', './c'], ['/x', 'a/../b/./c/'], ['/', '']];
for (const args of resolves) show(`resolve(${list(args)})`, () => posix.resolve(...args));

const relatives = [
  ['/a/b', '/a/b'], ['/a/b', '/a/b/c/d'], ['/a/b/c/d', '/a/b'], ['/a/b', '/a/x'], ['/', '/x'], ['/x', '/'], ['/ab', '/a'], ['/a', '/ab'],
  ['/a/b/', '/a/b/c/'], ['/A', '/a'], ['/a/./b', '/a/b/../c'], ['a', 'b'], ['a', 'a/b/c'], ['a/b', 'a'],
];
for (const [from, to] of relatives) show(`relative(${list([from, to])})`, () => posix.relative(from, to));

const objects = [
  { root: '/', dir: '/a', base: 'f.txt' }, { root: '/', base: 'f.txt' }, { dir: '/a', name: 'f', ext: 'txt' }, { name: 'f', ext: '.txt' },
  { root: '/', dir: '/', name: 'x' }, { dir: 'a', base: '' }, { base: 'b', name: 'ignored', ext: '.ignored' }, {},
];
for (const object of objects) show(`format(${JSON.stringify(object)})`, () => posix.format(object));

show('normalize(5)', () => posix.normalize(5));
show('join("a", null)', () => posix.join('a', null));
show('resolve("a", {})', () => posix.resolve('a', {}));
show('resolve(5, "/x")', () => posix.resolve(5, '/x'));
show('relative(undefined, "a")', () => posix.relative(undefined, 'a'));
show('dirname(true)', () => posix.dirname(true));
show('basename("a", 1)', () => posix.basename('a', 1));
show('extname([])', () => posix.extname([]));
show('parse(null)', () => posix.parse(null));
show('format([])', () => posix.format([]));
show('isAbsolute(1n)', () => posix.isAbsolute(1n));
show('toNamespacedPath(5)', () => posix.toNamespacedPath(5));
