// process.exit runs 'exit' listeners and stops: later timers and ticks never run.
process.on('exit', (code) => console.log('exit listener, code', code));
setTimeout(() => {
  console.log('exiting');
  process.nextTick(() => console.log('never: tick'));
  process.exit(7);
  console.log('never: after exit');
}, 1);
setTimeout(() => console.log('never: later timer'), 50);
