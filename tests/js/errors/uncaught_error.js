process.on('exit', (code) => console.log('exit', code));
function fail() {
  throw new TypeError('bad thing');
}
setTimeout(() => console.log('never'), 10);
fail();
