// An 'uncaughtException' listener sees errors from every kind of callback and the loop
// goes on. A tick that throws leaves the ticks after it for the next callback.
process.on('uncaughtException', (err, origin) => {
  console.log('caught:', err.message, origin);
});
process.nextTick(() => {
  throw new Error('from nextTick');
});
process.nextTick(() => console.log('tick after the throwing one'));
queueMicrotask(() => {
  throw new Error('from queueMicrotask');
});
setTimeout(() => {
  setImmediate(() => {
    throw new Error('from immediate');
  });
  setImmediate(() => console.log('immediate after the throwing one'));
  setTimeout(() => {
    throw new Error('from timer');
  }, 50);
  setTimeout(() => console.log('timer after the throwing one'), 100);
}, 20);
