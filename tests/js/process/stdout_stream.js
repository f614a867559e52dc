// process.stdout is a Writable: pipe and pipeline into it (which never end it), write callbacks, encodings.
const fs = require('fs'); const { pipeline, Readable, Writable } = require('stream');
console.log(process.stdout instanceof Writable, typeof process.stdout.write, process.stdout.writable, process.stdout.writableHighWaterMark);
Readable.from(['a\n', 'b\n']).pipe(process.stdout);
pipeline(Readable.from(['c\n']), process.stdout, (err) => console.error('pipeline done', err));
process.stdout.write('x\n', () => console.error('write cb'));
process.stdout.on('finish', () => console.error('finish?'));
process.stdout.write('6869', 'hex'); process.stdout.write('\n');
