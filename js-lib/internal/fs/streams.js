'use strict';
// fs.ReadStream and fs.WriteStream: streams over a descriptor, reading and writing
// through the host in the background ('open' and 'ready' first, 'close' after).

const { Readable, Writable } = require('stream');
const { Buffer } = require('buffer');
const {
  codes: { ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { withMethods } = require('internal/util/function_constructor');

const kFs = Symbol('kFs');

function streamOptions(options) {
  if (typeof options === 'string') return { encoding: options };
  return options ?? {};
}

/** Opens the stream's file (unless it was given a descriptor), then calls `callback(err)`. */
function openFor(stream, flags, mode, callback) {
  if (typeof stream.fd === 'number') {
    process.nextTick(() => {
      stream.emit('ready');
      callback();
    });
    return;
  }
  stream[kFs].open(stream.path, flags, mode, (err, fd) => {
    if (err) {
      callback(err);
      return;
    }
    stream.fd = fd;
    stream.emit('open', fd);
    stream.emit('ready');
    callback();
  });
}

function closeFor(stream, err, callback) {
  if (typeof stream.fd !== 'number' || !stream.autoClose) {
    callback(err);
    return;
  }
  stream[kFs].close(stream.fd, (closeError) => callback(err ?? closeError));
  stream.fd = null;
}

/** `new fs.ReadStream(path, options)`; `options.fs` replaces the fs functions it uses. */
function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = streamOptions(options);
  Readable.call(this, {
    highWaterMark: options.highWaterMark ?? 64 * 1024,
    encoding: options.encoding,
    emitClose: options.emitClose ?? true,
    signal: options.signal,
  });
  this[kFs] = options.fs ?? require('fs');
  this.path = typeof path === 'string' ? path : path?.toString();
  this.fd = options.fd ?? null;
  this.flags = options.flags ?? 'r';
  this.mode = options.mode ?? 0o666;
  this.start = options.start;
  this.end = options.end ?? Infinity;
  this.pos = this.start;
  this.bytesRead = 0;
  this.autoClose = options.autoClose ?? true;
  if (this.start !== undefined && this.start > this.end) {
    throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
  }
}

withMethods(
  ReadStream,
  class extends Readable {
    get pending() {
      return this.fd === null;
    }

    _construct(callback) {
      openFor(this, this.flags, this.mode, callback);
    }

    _read(size) {
      const remaining = this.end - (this.pos ?? this.bytesRead) + 1;
      const length = Math.min(size, remaining);
      if (length <= 0) {
        this.push(null);
        return;
      }
      const buffer = Buffer.allocUnsafe(length);
      this[kFs].read(this.fd, buffer, 0, length, this.pos ?? null, (err, bytesRead) => {
        if (err) {
          this.destroy(err);
          return;
        }
        if (this.pos !== undefined) this.pos += bytesRead;
        this.bytesRead += bytesRead;
        this.push(bytesRead > 0 ? buffer.subarray(0, bytesRead) : null);
      });
    }

    _destroy(err, callback) {
      closeFor(this, err, callback);
    }

    close(callback) {
      if (typeof callback === 'function') this.once('close', callback);
      this.destroy();
    }
  },
);

/** `new fs.WriteStream(path, options)`; `options.fs` replaces the fs functions it uses. */
function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = streamOptions(options);
  Writable.call(this, {
    highWaterMark: options.highWaterMark,
    decodeStrings: true,
    emitClose: options.emitClose ?? true,
    signal: options.signal,
    defaultEncoding: options.encoding ?? 'utf8',
  });
  this[kFs] = options.fs ?? require('fs');
  this.path = typeof path === 'string' ? path : path?.toString();
  this.fd = options.fd ?? null;
  this.flags = options.flags ?? 'w';
  this.mode = options.mode ?? 0o666;
  this.start = options.start;
  this.pos = this.start;
  this.bytesWritten = 0;
  this.autoClose = options.autoClose ?? true;
}

withMethods(
  WriteStream,
  class extends Writable {
    get pending() {
      return this.fd === null;
    }

    _construct(callback) {
      openFor(this, this.flags, this.mode, callback);
    }

    _write(chunk, _encoding, callback) {
      this[kFs].write(this.fd, chunk, 0, chunk.length, this.pos ?? null, (err, written) => {
        if (err) {
          callback(err);
          return;
        }
        this.bytesWritten += written;
        if (this.pos !== undefined) this.pos += written;
        callback();
      });
    }

    _destroy(err, callback) {
      closeFor(this, err, callback);
    }

    close(callback) {
      if (typeof callback === 'function') {
        if (this.closed) {
          process.nextTick(callback);
          return;
        }
        this.on('close', callback);
      }
      if (!this.writableEnded) this.end();
      else if (!this.destroyed) this.destroy();
    }

    // Node's destroySoon is `end` itself.
    destroySoon(chunk, encoding, callback) {
      return this.end(chunk, encoding, callback);
    }
  },
);

module.exports = { ReadStream, WriteStream };
