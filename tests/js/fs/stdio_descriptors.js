// fs.writeSync / fs.write on descriptors 1 and 2 keep their order with console output.
const fs = require('fs');

console.log('one');
console.log(fs.writeSync(1, 'two\n'));
fs.writeSync(1, Buffer.from('xthreex'), 1, 5);
fs.writeSync(1, '\n');
console.log('four');
fs.writeSync(2, 'to stderr\n');
fs.write(1, 'last\n', (err, written) => console.log('callback', err, written));
