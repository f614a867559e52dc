// The files live in memory: /project holds this project, /tmp is scratch space.
const fs = require('node:fs');
const path = require('node:path');

const notes = path.join(__dirname, 'notes');
fs.mkdirSync(notes, { recursive: true });
fs.writeFileSync(path.join(notes, 'a.txt'), 'first note\n');
fs.appendFileSync(path.join(notes, 'a.txt'), 'appended line\n');
fs.writeFileSync(path.join(notes, 'b.json'), JSON.stringify({ tags: ['x', 'y'] }));

console.log(fs.readdirSync(notes).sort());
console.log(fs.readFileSync(path.join(notes, 'a.txt'), 'utf8'));
const stat = fs.statSync(path.join(notes, 'a.txt'));
console.log('size %d, file %s, directory %s', stat.size, stat.isFile(), stat.isDirectory());

fs.renameSync(path.join(notes, 'b.json'), path.join(notes, 'c.json'));
console.log(JSON.parse(fs.readFileSync(path.join(notes, 'c.json'))).tags);

try {
  fs.readFileSync(path.join(notes, 'missing.txt'));
} catch (error) {
  console.log(error.code, error.syscall, error.message);
}

fs.promises
  .readFile(path.join(__dirname, 'package.json'), 'utf8')
  .then((text) => {
    console.log('package name:', JSON.parse(text).name);
    return fs.promises.rm(notes, { recursive: true });
  })
  .then(() => {
    console.log('removed:', !fs.existsSync(notes));
    fs.readdir('/tmp/does-not-exist', (error) => console.log('callback error:', error.code));
  });
