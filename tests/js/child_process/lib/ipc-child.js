// Talks to its parent over the IPC channel: greets, answers one message, then says bye.
process.on('message', (message) => {
  process.send({ got: message });
  process.send('bye');
});
process.on('disconnect', () => process.exitCode = 9);
process.send({ hello: process.argv.slice(2), connected: process.connected });
