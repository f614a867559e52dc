// An 'uncaughtExceptionMonitor' listener that throws ends the program with status 7, its
// own error printed, before any 'uncaughtException' listener runs.
process.on('uncaughtExceptionMonitor', (err, origin) => {
  console.log('monitor', err.message, origin);
  throw new ReferenceError('thrown by the monitor');
});
process.on('uncaughtException', () => console.log('never reached'));
throw new Error('uncaught');
