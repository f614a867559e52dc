// An 'exit' listener that throws, with an 'uncaughtException' listener: the listener takes
// the error, the 'exit' listeners after the one that threw do not run, and the status
// stays what it was.
process.on('uncaughtException', (err, origin) => {
  console.log('uncaughtException:', err.message, origin, 'exitCode', process.exitCode);
});
process.on('exit', (code) => {
  console.log('first exit listener, code', code);
  throw new Error('thrown in exit');
});
process.on('exit', () => console.log('second exit listener'));
process.exitCode = 3;
