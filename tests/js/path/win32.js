// path.win32 on a POSIX host: drives, UNC shares, device namespaces, mixed separators,
// Windows device names, and Node's argument errors.
const path = require('path');
const { win32 } = path;

// Relative paths resolve against the POSIX cwd, which Windows rules print with `\`.
const windowsCwd = process.cwd().replace(/\//g, '\\');
function show(label, fn) {
  let out;
  try {
    out = JSON.stringify(fn()).split(JSON.stringify(windowsCwd).slice(1, -1)).join('<cwd>');
  } catch (err) {
    out = `${err.name} ${err.code}: ${err.message}`;
  }
  console.log(`${label} -> ${out}`);
}
const list = (args) => args.map((a) => JSON.stringify(a)).join(', ');

console.log(win32.sep, win32.delimiter, path.win32 === win32, win32.win32 === win32, win32.posix === path.posix, path.posix.win32 === win32);
console.log(win32._makeLong === win32.toNamespacedPath);

const paths = [
  '', '.', '..', 'a', 'a/b', 'a\\b', '/', '\\', '//', '\\\\', '///', 'C:', 'c:', 'C:\\', 'C:/', 'C:\\a\\..\\..\\b', 'C:a\\b',
  'c:..\\x', 'C:\\Users\\me\\file.txt', 'C:/Users//me/./file.tar.gz', 'C:\\dir\\', 'C:\\\\\\x\\\\', '\\\\server', '\\\\server\\',
  '\\\\server\\share', '\\\\server\\share\\', '//server/share/dir/file.js', '\\\\server\\\\share\\x', '\\\\server\\share\\a\\..\\..',
  '\\\\.\\PHYSICALDRIVE0', '\\\\.\\pipe\\name', '\\\\?\\C:\\a\\..\\b', '\\\\?\\UNC\\server\\share\\x', '\\\\.\\', '\\\\?\\', '\\\\.',
  '\\\\..\\x', 'a/b\\c/../d/./e', '.\\x', '..\\..\\x', 'x/../..', 'x/..//', 'file.', '.bashrc', 'a.b.c', '..a', 'a..', '...',
  'dir\\.hidden', 'C:.x', 'C:x.js', 'CON', 'CON:', 'con:x', 'CON:..\\..\\x', 'CON/', 'CONx', 'NUL.txt', 'COM1:', 'COM0:', 'LPT\u00b9:x',
  'x/../c:', 'x/../c:foo', 'a\\b:', 'ab:/..', 'a:b', '::', ':', 'x/y:z', '\\\\server\\COM1:\\..\\..', '\u00e9\\\u00fc.txt',
];
for (const p of paths) {
  const arg = JSON.stringify(p);
  show(`normalize(${arg})`, () => win32.normalize(p));
  show(`isAbsolute(${arg})`, () => win32.isAbsolute(p));
  show(`dirname(${arg})`, () => win32.dirname(p));
  show(`basename(${arg})`, () => win32.basename(p));
  show(`extname(${arg})`, () => win32.extname(p));
  show(`parse(${arg})`, () => win32.parse(p));
  show(`format(parse(${arg}))`, () => win32.format(win32.parse(p)));
  show(`resolve("C:\\\\base", ${arg})`, () => win32.resolve('C:\\base', p));
  // Relative paths come out under the cwd's parents, which differ between checkouts.
  if (p === '' || win32.isAbsolute(p)) {
    show(`toNamespacedPath(${arg})`, () => win32.toNamespacedPath(p));
    show(`resolve(${arg})`, () => win32.resolve(p));
  }
}

const suffixes = [
  ['C:\\a\\file.js', '.js'], ['C:\\a\\file.js', 'file.js'], ['C:\\a\\file.js\\', '.js'], ['C:file.js', '.js'], ['C:', 'C:'],
  ['file.js', 'FILE.JS'], ['aaa\\bbb', 'bb'], ['aaa\\bbb', 'bbb'], ['\\\\server\\share\\x.txt', 'x.txt'], ['a.js', ''], ['.js', '.js'],
];
for (const [p, suffix] of suffixes) show(`basename(${list([p, suffix])})`, () => win32.basename(p, suffix));

const joins = [
  [], [''], ['', ''], ['a', 'b'], ['a\\', '\\b'], ['C:', 'x'], ['C:\\', '..', 'x'], ['//server', 'share'], ['\\\\server', 'share', 'x'],
  ['//', 'server', 'share'], ['\\\\', '\\server'], ['///server', 'share'], ['', '//server/share'], ['/', '/a'], ['a', 'C:\\b'],
  ['x', 'CON:'], ['x', 'CON:foo'], ['uploads', '..', 'c:'], ['\\\\server\\uploads', 'CON:..\\..\\private'], ['a', '', 'b', '.', '..'],
  ['\\\\?\\C:', 'x'], ['\\\\.\\', 'pipe', 'x'],
];
for (const args of joins) show(`join(${list(args)})`, () => win32.join(...args));

const resolves = [
  [], [''], ['C:\\a', 'b'], ['C:\\a', 'D:b'], ['C:\\a', 'c:b', '..\\x'], ['C:\\a', '\\b'], ['c:/ignored', 'd:\\x', 'y'],
  ['\\\\server\\share', 'x'], ['//server/share/', '..\\..\\x'], ['\\\\server\\share\\a', 'C:x'], ['C:\\x', '\\\\server\\share\\y'],
  ['\\\\.\\PHYSICALDRIVE0', 'x', '..', '..'], ['\\\\?\\C:\\x', '..'], ['/a', '/b'], ['C:', '/a'], ['a', 'b'], ['c:a', 'b'],
  ['a\\b\\..\\c'], ['c:'], ['C:a'], ['C:a', 'D:b'],
];
for (const args of resolves) show(`resolve(${list(args)})`, () => win32.resolve(...args));

const relatives = [
  ['C:\\a\\b', 'C:\\a\\b'], ['C:\\a\\b', 'c:\\A\\B'], ['C:\\a\\b', 'C:\\a\\b\\c\\d'], ['C:\\a\\b\\c\\d', 'C:\\a\\b'], ['C:\\a\\b', 'C:\\a\\x'],
  ['C:\\', 'C:\\x'], ['C:\\x', 'C:\\'], ['C:\\a', 'D:\\a'], ['C:\\ab', 'C:\\a'], ['C:\\a', 'C:\\ab'], ['C:\\Users\\ME', 'c:\\users\\me\\Docs'],
  ['\\\\server\\share\\a', '\\\\server\\share\\b'], ['\\\\server\\share', '\\\\server\\share\\x'], ['\\\\server\\share\\a', '\\\\server\\other\\b'],
  ['\\\\server\\share', 'C:\\x'], ['/a', '/b'], ['\\a', '\\ab'], ['\\ab', '\\abc'], ['C:\\\u0130', 'C:\\\u0130\\x'], ['C:\\a\\\u0130', 'C:\\a\\b'],
];
for (const [from, to] of relatives) show(`relative(${list([from, to])})`, () => win32.relative(from, to));
for (const p of ['.', 'a', 'C:a', 'x\\..\\y\\']) show(`toNamespacedPath(${JSON.stringify(p)})`, () => win32.toNamespacedPath(p));
show('relative("a", "b")', () => win32.relative('a', 'b'));
show('relative("a", "a\\\\b")', () => win32.relative('a', 'a\\b'));

const objects = [
  { root: 'C:\\', dir: 'C:\\a', base: 'f.txt' }, { root: 'C:\\', base: 'f.txt' }, { dir: 'C:\\a', name: 'f', ext: 'txt' }, { name: 'f', ext: '.txt' },
  { root: '\\\\server\\share\\', name: 'x' }, { dir: 'a', base: '' }, {},
];
for (const object of objects) show(`format(${JSON.stringify(object)})`, () => win32.format(object));

// Argument errors, and the arguments resolve() never reaches.
show('normalize(5)', () => win32.normalize(5));
show('join("a", null)', () => win32.join('a', null));
show('resolve("a", {})', () => win32.resolve('a', {}));
show('resolve(5, "C:\\\\x")', () => win32.resolve(5, 'C:\\x'));
show('resolve(5, "\\\\x")', () => win32.resolve(5, '\\x'));
show('relative(undefined, "a")', () => win32.relative(undefined, 'a'));
show('relative("a", [])', () => win32.relative('a', []));
show('dirname(true)', () => win32.dirname(true));
show('basename(1)', () => win32.basename(1));
show('basename("a", 1)', () => win32.basename('a', 1));
show('extname(Symbol())', () => win32.extname(Symbol('s')));
show('parse(null)', () => win32.parse(null));
show('format(null)', () => win32.format(null));
show('format("str")', () => win32.format('str'));
show('isAbsolute(1n)', () => win32.isAbsolute(1n));
show('toNamespacedPath(5)', () => win32.toNamespacedPath(5));
show('toNamespacedPath(null)', () => win32.toNamespacedPath(null));
