'use strict';
// node:stream — Node's own stream implementation as the readable-stream package ships
// it (bundled at build time from js-deps), which follows Node 20's semantics. The
// package leaves the web stream adapters to the runtime: they are installed here.

const stream = require('internal/deps/readable-stream/lib/stream');

module.exports = stream;

// Required on first use: the adapters need this module's exports.
const adapters = () => require('internal/webstreams/adapters');

stream.Readable.fromWeb = function fromWeb(readableStream, options) {
  return adapters().newStreamReadableFromReadableStream(readableStream, options);
};
stream.Readable.toWeb = function toWeb(streamReadable, options) {
  return adapters().newReadableStreamFromStreamReadable(streamReadable, options);
};
stream.Writable.fromWeb = function fromWeb(writableStream, options) {
  return adapters().newStreamWritableFromWritableStream(writableStream, options);
};
stream.Writable.toWeb = function toWeb(streamWritable) {
  return adapters().newWritableStreamFromStreamWritable(streamWritable);
};
stream.Duplex.fromWeb = function fromWeb(pair, options) {
  return adapters().newStreamDuplexFromReadableWritablePair(pair, options);
};
stream.Duplex.toWeb = function toWeb(duplex) {
  return adapters().newReadableWritablePairFromDuplex(duplex);
};

// Node 20's legacy Stream lists only events that have listeners (an emptied listener
// array is not one); readable-stream leaves EventEmitter's eventNames in place.
stream.Stream.prototype.eventNames = function eventNames() {
  const names = [];
  for (const key of Reflect.ownKeys(this._events)) {
    const listeners = this._events[key];
    if (typeof listeners === 'function' || (Array.isArray(listeners) && listeners.length > 0)) names.push(key);
  }
  return names;
};
