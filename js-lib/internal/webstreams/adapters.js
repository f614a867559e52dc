'use strict';
// Node's adapters between node:stream and the WHATWG streams, behind Readable.toWeb/fromWeb,
// Writable.toWeb/fromWeb and Duplex.toWeb/fromWeb (readable-stream leaves them to the
// runtime: stream.js installs these). A node stream made over a web stream keeps that
// stream's reader and writer for its life; a web stream made over a node stream follows
// the node stream's end through finished().

const { Readable, Writable, Duplex, finished } = require('stream');
const { ReadableStream, WritableStream, CountQueuingStrategy } = require('internal/webstreams/streams');
const { isDestroyed, isReadable, isWritable, isWritableEnded, isReadableNodeStream, isWritableNodeStream } =
  require('internal/deps/readable-stream/lib/internal/streams/utils');
const {
  codes: { ERR_STREAM_PREMATURE_CLOSE },
} = require('internal/deps/readable-stream/lib/ours/errors');
const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateBoolean, validateObject } = require('internal/validators');
const { Buffer } = require('buffer');

/**
 * Calls `callback(error)` once the node stream has ended, closed or failed. A node stream
 * closed early fails its web stream as an abort. Legacy streams may emit 'error' again
 * after that: those errors have no one left to reach.
 */
function onNodeEnd(stream, callback) {
  const cleanup = finished(stream, (error) => {
    cleanup();
    stream.on('error', () => {});
    callback(error?.code === 'ERR_STREAM_PREMATURE_CLOSE' ? new AbortError(undefined, { cause: error }) : error);
  });
}

function newWritableStreamFromStreamWritable(streamWritable) {
  if (typeof streamWritable?._writableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('streamWritable', 'stream.Writable', streamWritable);
  }
  if (isDestroyed(streamWritable) || !isWritable(streamWritable)) {
    const writable = new WritableStream();
    writable.close();
    return writable;
  }
  const highWaterMark = streamWritable.writableHighWaterMark;
  const strategy = streamWritable.writableObjectMode ? new CountQueuingStrategy({ highWaterMark }) : { highWaterMark };
  let controller;
  let drained; // while a write waits for 'drain'
  let ended; // while close() waits for the node stream to finish
  onNodeEnd(streamWritable, (error) => {
    if (error != null) {
      drained?.reject(error);
      ended?.reject(error);
      controller.error(error);
    } else if (ended !== undefined) {
      ended.resolve();
    } else {
      controller.error(new AbortError());
    }
    ended = undefined;
  });
  streamWritable.on('drain', () => drained?.resolve());
  return new WritableStream(
    {
      start(c) {
        controller = c;
      },
      write(chunk) {
        if (!streamWritable.writableNeedDrain && streamWritable.write(chunk)) return undefined;
        drained = Promise.withResolvers();
        return drained.promise.finally(() => {
          drained = undefined;
        });
      },
      abort(reason) {
        streamWritable.destroy(reason);
      },
      close() {
        if (ended !== undefined || isWritableEnded(streamWritable)) return undefined;
        ended = Promise.withResolvers();
        streamWritable.end();
        return ended.promise;
      },
    },
    strategy,
  );
}

function newReadableStreamFromStreamReadable(streamReadable, options = {}) {
  if (typeof streamReadable?._readableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('streamReadable', 'stream.Readable', streamReadable);
  }
  if (isDestroyed(streamReadable) || !isReadable(streamReadable)) {
    const readable = new ReadableStream();
    readable.cancel();
    return readable;
  }
  const objectMode = streamReadable.readableObjectMode;
  const highWaterMark = streamReadable.readableHighWaterMark;
  // Without the caller's strategy, the queue holds as many chunks as the node stream's buffer.
  const strategy = options?.strategy ?? (objectMode ? new CountQueuingStrategy({ highWaterMark }) : { highWaterMark });
  let controller;
  onNodeEnd(streamReadable, (error) => (error ? controller.error(error) : controller.close()));
  streamReadable.on('data', (chunk) => {
    controller.enqueue(Buffer.isBuffer(chunk) && !objectMode ? new Uint8Array(chunk) : chunk);
    if (controller.desiredSize <= 0) streamReadable.pause();
  });
  return new ReadableStream(
    {
      start(c) {
        controller = c;
      },
      pull() {
        streamReadable.resume();
      },
      cancel(reason) {
        streamReadable.destroy(reason);
      },
    },
    strategy,
  );
}

function newReadableWritablePairFromDuplex(duplex) {
  if (!isWritableNodeStream(duplex) || !isReadableNodeStream(duplex)) {
    throw new ERR_INVALID_ARG_TYPE('duplex', 'stream.Duplex', duplex);
  }
  return { readable: newReadableStreamFromStreamReadable(duplex), writable: newWritableStreamFromStreamWritable(duplex) };
}

function validateEncoding(encoding) {
  // Node names the two the other way round in this message.
  if (encoding !== undefined && !Buffer.isEncoding(encoding)) throw new ERR_INVALID_ARG_VALUE(encoding, 'options.encoding');
}

/** The node side's `read()`: a chunk from the web stream's reader per call. */
function readFrom(reader) {
  return function read() {
    reader.read().then(
      ({ done, value }) => this.push(done ? null : value),
      (error) => this.destroy(error),
    );
  };
}

/** The node side's `write`, `writev` and `final`, each waiting for the web stream's writer. */
function writeTo(writer, web) {
  return {
    write(chunk, _encoding, callback) {
      writer.ready.then(() => writer.write(chunk)).then(() => callback(), callback);
    },
    writev(chunks, callback) {
      writer.ready.then(() => Promise.all(chunks.map(({ chunk }) => writer.write(chunk)))).then(() => callback(), callback);
    },
    final(callback) {
      if (web.writableClosed) callback();
      else writer.close().then(() => callback(), callback);
    },
  };
}

/**
 * The node side's `destroy`: lets go of the web sides still open (aborting or closing
 * the writer, cancelling the reader), then finishes. The destroy callback runs inside a
 * promise reaction, where a throw would become a rejection: it is rethrown as the
 * uncaught exception it is.
 */
function releaseWeb(web, { reader, writer }) {
  return function destroy(error, callback) {
    const done = () => {
      try {
        callback(error);
      } catch (thrown) {
        process.nextTick(() => {
          throw thrown;
        });
      }
    };
    const pending = [];
    if (writer !== undefined && !web.writableClosed) pending.push(error != null ? writer.abort(error) : writer.close());
    if (reader !== undefined && !web.readableClosed) pending.push(reader.cancel(error));
    if (pending.length === 0) done();
    else Promise.all(pending).then(done, done);
  };
}

/** Follows the web sides' ends: a web side that fails, or closes before the node side ended, destroys the node stream. */
function followWeb(stream, web, { reader, writer }) {
  const fail = (error) => {
    web.writableClosed = true;
    web.readableClosed = true;
    stream.destroy(error);
  };
  writer?.closed.then(() => {
    web.writableClosed = true;
    if (!isWritableEnded(stream)) stream.destroy(new ERR_STREAM_PREMATURE_CLOSE());
  }, fail);
  reader?.closed.then(() => {
    web.readableClosed = true;
  }, fail);
}

function newStreamReadableFromReadableStream(readableStream, options = {}) {
  if (!(readableStream instanceof ReadableStream)) throw new ERR_INVALID_ARG_TYPE('readableStream', 'ReadableStream', readableStream);
  validateObject(options, 'options');
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  validateEncoding(encoding);
  validateBoolean(objectMode, 'options.objectMode');
  const sides = { reader: readableStream.getReader() };
  const web = { readableClosed: false };
  const readable = new Readable({
    objectMode,
    highWaterMark,
    encoding,
    signal,
    read: readFrom(sides.reader),
    destroy: releaseWeb(web, sides),
  });
  followWeb(readable, web, sides);
  return readable;
}

function newStreamWritableFromWritableStream(writableStream, options = {}) {
  if (!(writableStream instanceof WritableStream)) throw new ERR_INVALID_ARG_TYPE('writableStream', 'WritableStream', writableStream);
  validateObject(options, 'options');
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  validateBoolean(objectMode, 'options.objectMode');
  validateBoolean(decodeStrings, 'options.decodeStrings');
  const sides = { writer: writableStream.getWriter() };
  const web = { writableClosed: false };
  const writable = new Writable({
    highWaterMark,
    objectMode,
    decodeStrings,
    signal,
    ...writeTo(sides.writer, web),
    destroy: releaseWeb(web, sides),
  });
  followWeb(writable, web, sides);
  return writable;
}

function newStreamDuplexFromReadableWritablePair(pair = {}, options = {}) {
  validateObject(pair, 'pair');
  const { readable: readableStream, writable: writableStream } = pair;
  if (!(readableStream instanceof ReadableStream)) throw new ERR_INVALID_ARG_TYPE('pair.readable', 'ReadableStream', readableStream);
  if (!(writableStream instanceof WritableStream)) throw new ERR_INVALID_ARG_TYPE('pair.writable', 'WritableStream', writableStream);
  validateObject(options, 'options');
  const { allowHalfOpen = false, objectMode = false, encoding, decodeStrings = true, highWaterMark, signal } = options;
  validateBoolean(objectMode, 'options.objectMode');
  validateEncoding(encoding);
  const sides = { reader: readableStream.getReader(), writer: writableStream.getWriter() };
  const web = { readableClosed: false, writableClosed: false };
  const duplex = new Duplex({
    allowHalfOpen,
    highWaterMark,
    objectMode,
    encoding,
    decodeStrings,
    signal,
    read: readFrom(sides.reader),
    ...writeTo(sides.writer, web),
    destroy: releaseWeb(web, sides),
  });
  followWeb(duplex, web, sides);
  return duplex;
}

module.exports = {
  newWritableStreamFromStreamWritable,
  newReadableStreamFromStreamReadable,
  newReadableWritablePairFromDuplex,
  newStreamReadableFromReadableStream,
  newStreamWritableFromWritableStream,
  newStreamDuplexFromReadableWritablePair,
};
