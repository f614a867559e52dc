// The outermost domain's handler throwing ends the program with status 7, as in Node.
const domain = require('domain');
const d = domain.create();
d.on('error', (err) => {
  console.log('handler got', err.message);
  throw new Error('thrown by the handler');
});
process.on('exit', (code) => console.log('exit', code));
d.run(() => {
  throw new Error('first');
});
