// events.on: past highWaterMark unread events the emitter is paused, and resumed once
// fewer than lowWaterMark are left, as the iterator's watermarkData shows; a `close`
// event ends the iteration after what arrived before it; the watermarks are checked.
const { on, EventEmitter } = require('events');

const emitter = new EventEmitter();
emitter.pause = () => console.log('pause');
emitter.resume = () => console.log('resume');
const iterator = on(emitter, 'item', { highWaterMark: 3, lowWaterMark: 2, close: ['end'] });
const watermarks = iterator[Symbol.for('nodejs.watermarkData')];
console.log('watermarks', watermarks.low, watermarks.high);
for (let i = 1; i <= 5; i++) {
  emitter.emit('item', i);
  console.log('emitted', i, 'size', watermarks.size, 'paused', watermarks.isPaused);
}
emitter.emit('end');
console.log('listeners after end', emitter.listenerCount('item'), emitter.listenerCount('end'), emitter.listenerCount('error'));

(async () => {
  for await (const args of iterator) {
    console.log('read', args, 'size', watermarks.size, 'paused', watermarks.isPaused);
  }
  console.log('iteration ended');

  for (const options of [{ highWaterMark: 0 }, { lowWaterMark: '1' }, { highWatermark: 1.5 }, { lowWatermark: 2, highWatermark: 4 }]) {
    try {
      const { low, high } = on(emitter, 'item', options)[Symbol.for('nodejs.watermarkData')];
      console.log(options, 'ok', low, high);
    } catch (err) {
      console.log(options, err.name, err.code, err.message);
    }
  }
})();
