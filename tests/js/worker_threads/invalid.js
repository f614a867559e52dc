// nodule-flags: --allow-worker
// What Worker refuses before starting anything.
const { Worker } = require('worker_threads');

for (const [filename, options] of [
  ['lib/echo.js', undefined],
  ['file:///tmp/x.js', undefined],
  [42, undefined],
  [new URL('http://example.com/x.js'), undefined],
  ['./lib/echo.js', { argv: 'x' }],
  [42, { eval: true }],
]) {
  try {
    new Worker(filename, options);
    console.log('started?');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
