// nodule-flags: --allow-fs-write=/tmp
// glob over a scratch tree: patterns, braces, ignore, dot files, withFileTypes, async.
const path = require('path');
const fs = require('fs');
const os = require('os');
const { glob, globSync } = require('glob');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'nodule-glob-'));
for (const file of ['a/x.js', 'a/b/y.js', 'a/b/c/z.ts', 'top.txt', '.hidden/secret.js', 'a/.dot.js']) {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), file);
}
const options = { cwd: root, posix: true };
console.log(globSync('**/*.js', options).sort());
console.log(globSync('**/*.{js,ts}', { ...options, ignore: ['a/b/c/**'] }).sort());
console.log(globSync('**/*.js', { ...options, dot: true }).sort());
console.log(globSync('a/*', { ...options, withFileTypes: true }).map((entry) => `${entry.name}:${entry.isDirectory()}`).sort());
glob('*.txt', options).then((found) => {
  console.log(found);
  fs.rmSync(root, { recursive: true });
});
