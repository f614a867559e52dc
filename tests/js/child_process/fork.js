// nodule-flags: --allow-child-process
// fork(): a child running node with an IPC channel; JSON messages both ways, disconnect, exit.
const { fork } = require('child_process');
const path = require('path');

const child = fork(path.join(__dirname, 'lib', 'ipc-child.js'), ['a', 'b']);
console.log(typeof child.pid, child.stdout, child.stdin, child.connected);
const events = [];
child.on('spawn', () => events.push('spawn'));
child.on('message', (message) => {
  events.push(['message', message]);
  if (message === 'bye') child.disconnect();
  else if (message.hello) child.send({ back: [1, new Map([[1, 2]])] });
});
child.on('disconnect', () => events.push('disconnect'));
child.on('exit', (code, signal) => {
  console.log(events);
  console.log('exit', code, signal, child.connected, child.exitCode);
  console.log('send after exit:', child.send('late', (err) => console.log('callback:', err.code)));
});
