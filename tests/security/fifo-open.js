// Opens and reads a FIFO with no writer: the wait must not freeze the program's timers.
// mkfifo: out/fifo
// timeout-ms: 5000
const fs = require('fs');

setTimeout(() => {
  console.log('HELD');
  process.exit(0);
}, 100);
fs.open('out/fifo', 'r', (err) => console.log(`ESCAPED open returned ${err?.code}`));
fs.readFile('out/fifo', (err) => console.log(`ESCAPED readFile returned ${err?.code}`));
fs.promises.readFile('out/fifo').then(() => console.log('ESCAPED promises.readFile returned'));
fs.createReadStream('out/fifo').on('data', () => console.log('ESCAPED stream data'));
