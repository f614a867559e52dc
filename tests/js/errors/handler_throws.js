// An 'uncaughtException' listener that throws ends the process with status 7.
process.on('uncaughtException', () => {
  throw new Error('from the handler');
});
throw new Error('original');
