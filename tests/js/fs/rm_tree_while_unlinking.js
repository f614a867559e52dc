// nodule-flags: --allow-fs-write=.
// A recursive rm while the tree's files are being unlinked by callbacks still in
// flight: an entry gone meanwhile counts as removed, and the whole tree goes. A
// symbolic link inside is removed, never followed.
const fs = require('fs');
const path = require('path');
const root = path.join(__dirname, 'scratch-rm-tree');
const outside = path.join(__dirname, 'scratch-rm-tree-outside');
fs.rmSync(root, { recursive: true, force: true });
fs.rmSync(outside, { recursive: true, force: true });
fs.mkdirSync(outside);
fs.writeFileSync(path.join(outside, 'kept.txt'), 'kept');

for (let round = 0; round < 20; round++) {
  const files = path.join(root, 'a', 'b');
  fs.mkdirSync(files, { recursive: true });
  for (let i = 0; i < 40; i++) fs.writeFileSync(path.join(files, `f${i}`), 'x');
  fs.symlinkSync(outside, path.join(root, 'a', 'link'));
  let unlinked = 0;
  for (let i = 0; i < 40; i++) fs.unlink(path.join(files, `f${i}`), () => unlinked++);
  fs.rmSync(root, { recursive: true, force: true });
  if (fs.existsSync(root)) console.log('round', round, 'left', root);
}
console.log('tree gone', !fs.existsSync(root));
console.log('link target kept', fs.readFileSync(path.join(outside, 'kept.txt'), 'utf8'));
fs.rmSync(outside, { recursive: true });
