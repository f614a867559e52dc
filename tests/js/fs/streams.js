// nodule-flags: --allow-fs-write=.
const fs = require('fs');
const path = require('path');
const { pipeline } = require('stream/promises');
const dir = path.join(__dirname, 'scratch-streams');
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
const source = path.join(dir, 'source.txt');
fs.writeFileSync(source, 'x'.repeat(100000) + '\nlast line');

async function main() {
  const chunks = [];
  const reader = fs.createReadStream(source, { highWaterMark: 16384 });
  reader.on('open', (fd) => chunks.push(`open ${typeof fd}`));
  for await (const chunk of reader) chunks.push(chunk.length);
  console.log(chunks, reader.bytesRead);
  const ranged = [];
  for await (const chunk of fs.createReadStream(source, { start: 99998, end: 100005, encoding: 'utf8' })) ranged.push(chunk);
  console.log(ranged);
  const copy = path.join(dir, 'copy.txt');
  await pipeline(fs.createReadStream(source), fs.createWriteStream(copy));
  console.log(fs.readFileSync(copy).equals(fs.readFileSync(source)));
  const writer = fs.createWriteStream(path.join(dir, 'written.txt'));
  writer.write('hello ');
  writer.end('world', () => {
    console.log(fs.readFileSync(path.join(dir, 'written.txt'), 'utf8'), writer.bytesWritten);
    const missing = fs.createReadStream(path.join(dir, 'missing.txt'));
    missing.on('error', (err) => {
      console.log('error', err.code, err.syscall);
      fs.rmSync(dir, { recursive: true });
    });
  });
}
main();
