// 'uncaughtExceptionMonitor' sees each uncaught exception (and an unhandled rejection,
// with its origin) before the 'uncaughtException' listeners or the capture callback take it.
const seen = [];
process.on('uncaughtExceptionMonitor', (err, origin) => seen.push(`monitor ${err.message} ${origin}`));
process.on('uncaughtException', (err, origin) => {
  seen.push(`listener ${err.message} ${origin}`);
  if (err.message === 'first') {
    process.setUncaughtExceptionCaptureCallback((captured) => seen.push(`capture ${captured.message}`));
    setTimeout(() => {
      throw new Error('second');
    });
  }
});
setTimeout(() => {
  process.setUncaughtExceptionCaptureCallback(null);
  Promise.reject(new Error('third'));
}, 20);
process.on('exit', (code) => console.log(seen, 'exit', code));
throw new Error('first');
