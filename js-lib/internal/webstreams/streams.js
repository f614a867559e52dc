'use strict';
// The WHATWG streams: web-streams-polyfill's port of the spec's reference
// implementation (bundled from js-deps), with what Node's own implementation adds on
// top: the hooks node:stream uses on web streams, and util.inspect's view of each class.
// The polyfill keeps its internal slots as the reference implementation names them
// (`_state`, `_storedError`, `_readableStreamController`, ...); this file is the one
// place that reads them.

const polyfill = require('internal/deps/web-streams-polyfill/dist/ponyfill');
const { customInspectSymbol } = require('internal/util/inspect');

const {
  ReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  ReadableByteStreamController,
  ReadableStreamDefaultController,
  TransformStream,
  TransformStreamDefaultController,
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  ByteLengthQueuingStrategy,
  CountQueuingStrategy,
} = polyfill;

// node:stream's finished(), pipeline() and addAbortSignal() reach a web stream through
// these two (registered) symbols: a deferred settled when the stream closes or errors,
// and a function that errors the stream.
const kIsClosedPromise = Symbol.for('nodejs.webstream.isClosedPromise');
const kControllerErrorFunction = Symbol.for('nodejs.webstream.controllerErrorFunction');

const kState = Symbol('kState');
const kClosed = Symbol('kClosed');

function settle(closed, stream) {
  if (stream._state === 'closed') closed.resolve();
  else if (stream._state === 'errored') closed.reject(stream._storedError);
}

/**
 * The polyfill has no event for a stream closing or erroring, but every transition is
 * an assignment to `_state`: an accessor on the prototype sees each one, for streams
 * made by constructors and by the polyfill's own internals alike.
 */
function trackClosing(Class, controllerSlot) {
  Object.defineProperty(Class.prototype, '_state', {
    get() {
      return this[kState];
    },
    set(state) {
      this[kState] = state;
      const closed = this[kClosed];
      // The reference implementation stores the error right after the state.
      if (closed !== undefined) queueMicrotask(() => settle(closed, this));
    },
    configurable: true,
  });
  Object.defineProperty(Class.prototype, kIsClosedPromise, {
    get() {
      if (this[kClosed] === undefined) {
        const closed = Promise.withResolvers();
        // Only node:stream's observers wait on it: an error is theirs to report.
        closed.promise.catch(() => {});
        this[kClosed] = closed;
        settle(closed, this);
      }
      return this[kClosed];
    },
    configurable: true,
  });
  Object.defineProperty(Class.prototype, kControllerErrorFunction, {
    get() {
      const controller = this[controllerSlot];
      return (error) => controller.error(error);
    },
    configurable: true,
  });
}

trackClosing(ReadableStream, '_readableStreamController');
trackClosing(WritableStream, '_writableStreamController');

// node:stream's isDisturbed(), isErrored() and isReadable() ask a ReadableStream through these.
const readableStates = {
  [Symbol.for('nodejs.stream.disturbed')]: (stream) => stream._disturbed,
  [Symbol.for('nodejs.stream.errored')]: (stream) => stream._state === 'errored',
  [Symbol.for('nodejs.stream.readable')]: (stream) => stream._state === 'readable',
};
for (const key of Object.getOwnPropertySymbols(readableStates)) {
  Object.defineProperty(ReadableStream.prototype, key, {
    get() {
      return readableStates[key](this);
    },
    configurable: true,
  });
}

/** Node's inspect output for its web stream classes: `Name { ...fields }`. */
function inspectWith(self, name, fields, depth, options, inspect) {
  if (depth < 0) return self;
  return `${name} ${inspect(fields, { ...options, depth: options.depth === null ? null : options.depth - 1 })}`;
}

function defineInspect(Class, fields) {
  Object.defineProperty(Class.prototype, customInspectSymbol, {
    value(depth, options, inspect) {
      return inspectWith(this, Class.name, fields(this), depth, options, inspect);
    },
    writable: true,
    configurable: true,
  });
}

const isByteStream = (stream) => stream._readableStreamController instanceof ReadableByteStreamController;
const none = () => ({});

defineInspect(ReadableStream, (stream) => ({ locked: stream.locked, state: stream._state, supportsBYOB: isByteStream(stream) }));
defineInspect(WritableStream, (stream) => ({ locked: stream.locked, state: stream._state }));
defineInspect(TransformStream, (stream) => ({
  readable: stream._readable,
  writable: stream._writable,
  backpressure: stream._backpressure,
}));
defineInspect(ReadableStreamDefaultReader, (reader) => ({
  stream: reader._ownerReadableStream,
  readRequests: reader._readRequests.length,
  close: reader._closedPromise,
}));
defineInspect(ReadableStreamBYOBReader, (reader) => ({
  stream: reader._ownerReadableStream,
  readIntoRequests: reader._readIntoRequests.length,
  close: reader._closedPromise,
}));
defineInspect(WritableStreamDefaultWriter, (writer) => ({
  stream: writer._ownerWritableStream,
  close: writer._closedPromise,
  ready: writer._readyPromise,
  desiredSize: writer._ownerWritableStream === undefined ? undefined : writer.desiredSize,
}));
defineInspect(ReadableStreamDefaultController, none);
defineInspect(ReadableByteStreamController, none);
defineInspect(WritableStreamDefaultController, (controller) => ({ stream: controller._controlledWritableStream }));
defineInspect(TransformStreamDefaultController, (controller) => ({ stream: controller._controlledTransformStream }));
defineInspect(ReadableStreamBYOBRequest, (request) => ({
  view: request.view,
  controller: request._associatedReadableByteStreamController,
}));
defineInspect(ByteLengthQueuingStrategy, (strategy) => ({ highWaterMark: strategy.highWaterMark }));
defineInspect(CountQueuingStrategy, (strategy) => ({ highWaterMark: strategy.highWaterMark }));

module.exports = {
  ReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  ReadableByteStreamController,
  ReadableStreamDefaultController,
  TransformStream,
  TransformStreamDefaultController,
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  ByteLengthQueuingStrategy,
  CountQueuingStrategy,
  inspectWith,
};
