// nodule-flags: --allow-fs-write=.
// While a large file is read asynchronously, the event loop keeps running timers.
const fs = require('fs');
const path = require('path');
const file = path.join(__dirname, 'scratch-large.bin');
fs.writeFileSync(file, Buffer.alloc(64 * 1024 * 1024, 1));
let ticks = 0;
const interval = setInterval(() => ticks++, 0);
const started = Date.now();
fs.readFile(file, (err, data) => {
  clearInterval(interval);
  fs.unlinkSync(file);
  console.log(err, data.length, data[data.length - 1]);
  console.log('timers fired during the read:', ticks > 0, 'read took a while:', Date.now() - started > 1);
});
console.log('readFile returned before the data arrived');
