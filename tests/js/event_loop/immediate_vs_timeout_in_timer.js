// Inside a timer callback, an immediate always runs before a new zero timeout:
// the check phase comes before the next timers phase.
setTimeout(() => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('tick'));
}, 1);
