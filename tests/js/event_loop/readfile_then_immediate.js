// In an I/O callback an immediate always runs before a zero timeout.
const fs = require('fs');
fs.readFile(__filename, 'utf8', (err, text) => {
  console.log('read', err, text.split('\n')[0]);
  setTimeout(() => {
    console.log('timeout');
    fs.readFile('does-not-exist.txt', (err) => {
      console.log(err.code, err.errno, err.syscall, err.message);
    });
  }, 0);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('tick'));
});
