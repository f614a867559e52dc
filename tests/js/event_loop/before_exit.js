// 'beforeExit' fires when the loop empties and may schedule more work; 'exit' fires once.
let rounds = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, rounds);
  if (rounds++ < 2) setTimeout(() => console.log('scheduled from beforeExit', rounds), 1);
});
process.on('exit', (code) => {
  console.log('exit', code);
  setTimeout(() => console.log('never: the loop is over'), 0);
});
console.log('main done');
