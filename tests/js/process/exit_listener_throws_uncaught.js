// An 'exit' listener that throws, with nothing to take the error: it is printed as an
// uncaught exception, the status is 1, and 'exit' is not emitted again.
let emitted = 0;
process.on('exit', (code) => {
  emitted++;
  console.log('exit listener, code', code, 'time', emitted);
  if (emitted === 1) throw new TypeError('thrown in exit');
});
