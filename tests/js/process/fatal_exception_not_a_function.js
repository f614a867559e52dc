// Uncaught exceptions go through process._fatalException: a program that put something
// else than a function there ends with status 6 when one happens, the error printed and
// no 'exit' emitted, as in Node.
console.log(typeof process._fatalException, process._fatalException.length);
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => {
  process._fatalException = undefined;
  throw new RangeError('after it was replaced');
});
