// An 'uncaughtException' listener sees errors from every kind of callback, and the
// loop carries on after each.
process.on('uncaughtException', (err, origin) => {
  console.log('caught:', err.message, origin);
});
setTimeout(() => {
  throw new Error('from timer');
}, 1);
setTimeout(() => console.log('timer after the throwing one'), 2);
setImmediate(() => {
  throw new Error('from immediate');
});
process.nextTick(() => {
  throw new Error('from nextTick');
});
queueMicrotask(() => {
  throw new Error('from queueMicrotask');
});
process.nextTick(() => console.log('tick after the throwing one'));
