// MessageChannel, MessagePort, BroadcastChannel and receiveMessageOnPort in one thread.
const { MessageChannel, MessagePort, BroadcastChannel, receiveMessageOnPort } = require('worker_threads');

console.log(globalThis.MessageChannel === MessageChannel, globalThis.MessagePort === MessagePort, typeof MessageEvent);
const { port1, port2 } = new MessageChannel();
console.log(port1 instanceof MessagePort);
port1.postMessage({ first: new Map([[1, 2]]) });
port1.postMessage('second');
console.log(receiveMessageOnPort(port2));
port2.on('message', (message) => {
  console.log('port2 got', message);
  if (message === 'last') port2.close();
});
port1.postMessage('last');
port1.on('close', () => console.log('port1 close'));
port2.on('close', () => console.log('port2 close'));

const { port1: a, port2: b } = new MessageChannel();
b.onmessage = (event) => {
  console.log('onmessage', event instanceof MessageEvent, event.data);
  b.close();
};
a.postMessage([1, 2, 3]);
a.postMessage('for onmessage');
console.log(receiveMessageOnPort(b) === undefined ? 'nothing waiting yet' : 'taken', receiveMessageOnPort(a));

try {
  new MessagePort();
} catch (err) {
  console.log(err.code, err.message);
}
try {
  receiveMessageOnPort({});
} catch (err) {
  console.log(err.code);
}

const sender = new BroadcastChannel('news');
const listener = new BroadcastChannel('news');
const other = new BroadcastChannel('other');
other.onmessage = () => console.log('never: another name');
sender.onmessage = () => console.log('never: not to itself');
listener.onmessage = (event) => {
  console.log('broadcast', listener.name, event.data);
  for (const channel of [sender, listener, other]) channel.close();
};
sender.postMessage({ headline: 'hi' });
// 'close' reaches the other port a turn later: keep the program that long.
setTimeout(() => {}, 50);
