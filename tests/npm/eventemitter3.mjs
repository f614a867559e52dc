import EventEmitter from 'eventemitter3';
const emitter = new EventEmitter();
const seen = [];
emitter.on('data', (x) => seen.push(['on', x]));
emitter.once('data', (x) => seen.push(['once', x]));
emitter.emit('data', 1);
emitter.emit('data', 2);
console.log(seen, emitter.listenerCount('data'), emitter.eventNames());
