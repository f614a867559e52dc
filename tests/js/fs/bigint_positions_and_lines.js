// nodule-flags: --allow-fs-write=.
// Reads at bigint positions, taken exactly (past 2^53 a number cannot say them; -1n is the
// descriptor's own position), readv/writev ignoring a bigint position as Node does, and
// FileHandle.readLines.
const fs = require('fs');
const path = require('path');

const dir = fs.mkdtempSync(path.join(__dirname, 'positions-'));
const file = path.join(dir, 'file');
fs.writeFileSync(file, 'first\r\nsecond\n\nfourth');

const fd = fs.openSync(file, 'r+');
const buffer = Buffer.alloc(6);
for (const position of [2n, -1n, 2n ** 53n + 1n, 2n ** 63n - 7n, Number.MAX_SAFE_INTEGER]) {
  buffer.fill(0x2e);
  const read = fs.readSync(fd, buffer, 0, 6, position);
  console.log('readSync at', String(position), read, JSON.stringify(buffer.toString()));
}
try {
  fs.readSync(fd, buffer, 0, 1, 2n ** 63n);
} catch (err) {
  console.log('2n ** 63n:', err.code);
}
const vector = Buffer.alloc(5);
console.log('readvSync at 3n (the own position):', fs.readvSync(fd, [vector], 3n), JSON.stringify(vector.toString()));
console.log('writevSync at 0n (the own position):', fs.writevSync(fd, [Buffer.from('++')], 0n));
fs.closeSync(fd);
console.log(JSON.stringify(fs.readFileSync(file, 'utf8')));

fs.read(fs.openSync(file, 'r'), Buffer.alloc(3), 0, 3, 2n ** 62n, (err, bytesRead) => {
  console.log('read at 2n ** 62n:', err, bytesRead);
  (async () => {
    const handle = await fs.promises.open(file);
    const lines = [];
    for await (const line of handle.readLines({ encoding: 'utf8' })) lines.push(line);
    console.log('readLines:', lines, 'fd after:', handle.fd);
    fs.rmSync(dir, { recursive: true });
  })();
});
