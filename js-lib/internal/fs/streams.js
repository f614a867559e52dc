'use strict';
// fs.ReadStream and fs.WriteStream, as Node's lib/internal/fs/streams.js makes them: streams over
// a descriptor (a number or a FileHandle), through `options.fs`'s functions when given, opening
// the file in `_construct` ('open' and 'ready' first) and closing it when destroyed ('close').

const { Readable, Writable, finished } = require('stream');
const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_METHOD_NOT_IMPLEMENTED, ERR_OUT_OF_RANGE, ERR_STREAM_DESTROYED },
} = require('internal/errors');
const { validateBoolean, validateFunction, validateInt32, validateInteger } = require('internal/validators');
const { getOptions, toPathString } = require('internal/fs/utils');
const { errorOrDestroy } = require('internal/deps/readable-stream/lib/internal/streams/destroy');
const { withMethods } = require('internal/util/function_constructor');

const kFs = Symbol('kFs');
const kHandle = Symbol('kHandle');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kIoDone = Symbol('kIoDone');

/** A stream over a FileHandle takes a use of its descriptor (`kRef`) and gives it up when it closes (`kUnref`). */
const kRef = Symbol('kRef');
const kUnref = Symbol('kUnref');

/** fs's FileHandle class, handed over by fs once it is defined (fs requires this module first). */
let FileHandle;
function setFileHandle(fileHandleClass) {
  FileHandle = fileHandleClass;
}

/** A stream's options: an encoding name stands for `{ encoding }`; a copy, since they are changed. */
/** The fs functions a stream over a FileHandle uses: the handle's own methods. */
function fileHandleOperations(handle) {
  return {
    open() {
      throw new ERR_METHOD_NOT_IMPLEMENTED('open()');
    },
    close(_fd, callback) {
      handle[kUnref]();
      handle.close().then(() => callback(), callback);
    },
    read(_fd, buffer, offset, length, position, callback) {
      handle.read(buffer, offset, length, position).then(
        (result) => callback(null, result.bytesRead, result.buffer),
        (err) => callback(err, 0, buffer),
      );
    },
    write(_fd, buffer, offset, length, position, callback) {
      handle.write(buffer, offset, length, position).then(
        (result) => callback(null, result.bytesWritten, result.buffer),
        (err) => callback(err, 0, buffer),
      );
    },
    fsync(_fd, callback) {
      handle.sync().then(() => callback(), callback);
    },
  };
}

/** The descriptor `options.fd` names (a number or a FileHandle); sets the fs functions to use. */
function importFd(stream, options) {
  if (typeof options.fd === 'number') {
    stream[kFs] = options.fs || require('fs');
    return options.fd;
  }
  if (FileHandle !== undefined && options.fd instanceof FileHandle) {
    if (options.fs) throw new ERR_METHOD_NOT_IMPLEMENTED('FileHandle with fs');
    stream[kHandle] = options.fd;
    stream[kFs] = fileHandleOperations(options.fd);
    options.fd[kRef]();
    options.fd.on('close', () => stream.close());
    return options.fd.fd;
  }
  throw new ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], options.fd);
}

/** What both constructors check first: the file (a path or a descriptor) and its fs functions. */
function setUpFile(stream, path, options, defaultFlags) {
  if (options.fd == null) {
    stream.fd = null;
    stream[kFs] = options.fs || require('fs');
    validateFunction(stream[kFs].open, 'options.fs.open');
    // A path is ignored where a descriptor is given, so only here must it be one.
    stream.path = typeof path === 'string' || path instanceof Uint8Array ? path : toPathString(path);
    toPathString(stream.path);
    stream.flags = options.flags === undefined ? defaultFlags : options.flags;
    stream.mode = options.mode === undefined ? 0o666 : options.mode;
  } else {
    stream.fd = importFd(stream, options);
    validateInt32(stream.fd, 'fd', 0);
  }
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
}

/** The prototypes' own `open`s (deprecatedOpen), whatever a program puts in their place. */
const ownOpens = new Set();

/**
 * Opens the file, unless the stream was given a descriptor. A program that replaced `open()`
 * (graceful-fs does, on a stream or on the prototype) opens it itself and reports with
 * 'open' or 'error', as older Node asked.
 */
function construct(callback) {
  if (typeof this.fd === 'number') {
    callback();
    return;
  }
  if (!ownOpens.has(this.open)) {
    const originalEmit = this.emit;
    this.emit = function emit(...args) {
      if (args[0] === 'open') {
        this.emit = originalEmit;
        callback();
        Reflect.apply(originalEmit, this, args);
      } else if (args[0] === 'error') {
        this.emit = originalEmit;
        callback(args[1]);
      } else {
        Reflect.apply(originalEmit, this, args);
      }
    };
    this.open();
    return;
  }
  this[kFs].open(this.path, this.flags, this.mode, (err, fd) => {
    if (err) {
      callback(err);
      return;
    }
    this.fd = fd;
    callback();
    this.emit('open', this.fd);
    this.emit('ready');
  });
}

function closeAfterSync(stream, err, callback) {
  stream[kFs].close(stream.fd, (closeError) => callback(closeError || err));
  stream.fd = null;
}

function close(stream, err, callback) {
  if (!stream.fd) callback(err);
  else if (stream.flush) stream[kFs].fsync(stream.fd, (flushError) => closeAfterSync(stream, err || flushError, callback));
  else closeAfterSync(stream, err, callback);
}

/** Closes the descriptor once no read or write is under way on it. */
function destroy(err, callback) {
  if (this[kIsPerformingIO]) this.once(kIoDone, (ioError) => close(this, err || ioError, callback));
  else close(this, err, callback);
}

/** The prototypes' own `open`, which does nothing but warn: a stream opens its file itself. */
function deprecatedOpen(kind) {
  let warned = false;
  const open = function open() {
    if (warned) return;
    warned = true;
    process.emitWarning(`${kind}.prototype.open() is deprecated`, 'DeprecationWarning', 'DEP0135');
  };
  ownOpens.add(open);
  return open;
}

function autoCloseProperty(state) {
  return {
    get() {
      return this[state].autoDestroy;
    },
    set(value) {
      this[state].autoDestroy = value;
    },
    configurable: true,
  };
}

const pendingProperty = {
  get() {
    return this.fd === null;
  },
  configurable: true,
};

/** `new fs.ReadStream(path, options)` */
function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = getOptions(options, {});
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  setUpFile(this, path, options, 'r');
  validateFunction(this[kFs].read, 'options.fs.read');
  if (options.autoDestroy) validateFunction(this[kFs].close, 'options.fs.close');
  this.start = options.start;
  this.end = options.end;
  this.pos = undefined;
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  if (this.end === undefined) {
    this.end = Infinity;
  } else if (this.end !== Infinity) {
    validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
    }
  }
  Readable.call(this, options);
}

withMethods(
  ReadStream,
  class extends Readable {
    _read(n) {
      n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) : Math.min(this.end - this.bytesRead + 1, n);
      if (n <= 0) {
        this.push(null);
        return;
      }
      const buffer = Buffer.allocUnsafeSlow(n);
      this[kIsPerformingIO] = true;
      this[kFs].read(this.fd, buffer, 0, n, this.pos, (err, bytesRead, read) => {
        this[kIsPerformingIO] = false;
        // Destroyed meanwhile: _destroy waits for this to close the descriptor.
        if (this.destroyed) {
          this.emit(kIoDone, err);
          return;
        }
        if (err) {
          // Without autoClose the stream stays, its descriptor open, as Node's does.
          errorOrDestroy(this, err);
        } else if (bytesRead > 0) {
          if (this.pos !== undefined) this.pos += bytesRead;
          this.bytesRead += bytesRead;
          // A short read is copied, so that the chunk does not hold on to the whole buffer.
          this.push(bytesRead === read.length ? read : Buffer.from(read.subarray(0, bytesRead)));
        } else {
          this.push(null);
        }
      });
    }

    close(callback) {
      if (typeof callback === 'function') finished(this, callback);
      this.destroy();
    }
  },
);
ReadStream.prototype.open = deprecatedOpen('ReadStream');
ReadStream.prototype._construct = construct;
ReadStream.prototype._destroy = destroy;
Object.defineProperty(ReadStream.prototype, 'autoClose', autoCloseProperty('_readableState'));
Object.defineProperty(ReadStream.prototype, 'pending', pendingProperty);

/** Writes all of `size` bytes of `data`, retrying short writes (up to 5 that write nothing). */
function writeAll(data, size, position, callback, retries = 0) {
  this[kFs].write(this.fd, data, 0, size, position, (err, bytesWritten, buffer) => {
    if (err?.code === 'EAGAIN') {
      err = null;
      bytesWritten = 0;
    }
    if (this.destroyed || err) {
      callback(err || new ERR_STREAM_DESTROYED('write'));
      return;
    }
    this.bytesWritten += bytesWritten;
    retries = bytesWritten ? 0 : retries + 1;
    size -= bytesWritten;
    if (position !== undefined && position !== null) position += bytesWritten;
    if (retries > 5) callback(new Error('write failed'));
    else if (size) writeAll.call(this, buffer.subarray(bytesWritten), size, position, callback, retries);
    else callback();
  });
}

function writevAll(chunks, size, position, callback, retries = 0) {
  this[kFs].writev(this.fd, chunks, position, (err, bytesWritten, buffers) => {
    if (err?.code === 'EAGAIN') {
      err = null;
      bytesWritten = 0;
    }
    if (this.destroyed || err) {
      callback(err || new ERR_STREAM_DESTROYED('writev'));
      return;
    }
    this.bytesWritten += bytesWritten;
    retries = bytesWritten ? 0 : retries + 1;
    size -= bytesWritten;
    if (position !== undefined && position !== null) position += bytesWritten;
    if (retries > 5) callback(new Error('writev failed'));
    else if (size) writevAll.call(this, [Buffer.concat(buffers).subarray(bytesWritten)], size, position, callback, retries);
    else callback();
  });
}

/** `new fs.WriteStream(path, options)` */
function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = getOptions(options, {});
  options.decodeStrings = true;
  setUpFile(this, path, options, 'w');
  const fs = this[kFs];
  if (!fs.write && !fs.writev) throw new ERR_INVALID_ARG_TYPE('options.fs.write', 'function', fs.write);
  if (fs.write) validateFunction(fs.write, 'options.fs.write');
  if (fs.writev) validateFunction(fs.writev, 'options.fs.writev');
  if (options.autoDestroy) validateFunction(fs.close, 'options.fs.close');
  // Either function is enough: the stream uses those it has.
  if (!fs.write) this._write = null;
  if (!fs.writev) this._writev = null;
  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  if (options.flush == null) {
    this.flush = false;
  } else {
    validateBoolean(options.flush, 'options.flush');
    this.flush = options.flush;
  }
  Writable.call(this, options);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}

/** Runs a write or writev, then `callback`; tells a waiting _destroy when it is done. */
function performIO(stream, write, data, size, callback) {
  stream[kIsPerformingIO] = true;
  write.call(stream, data, size, stream.pos, (err) => {
    stream[kIsPerformingIO] = false;
    callback(err);
    if (stream.destroyed) stream.emit(kIoDone, err);
  });
  if (stream.pos !== undefined) stream.pos += size;
}

withMethods(
  WriteStream,
  class extends Writable {
    _write(data, _encoding, callback) {
      performIO(this, writeAll, data, data.length, callback);
    }

    _writev(data, callback) {
      const chunks = data.map(({ chunk }) => chunk);
      const size = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
      performIO(this, writevAll, chunks, size, callback);
    }

    close(callback) {
      if (callback) {
        if (this.closed) {
          process.nextTick(callback);
          return;
        }
        this.on('close', callback);
      }
      // Without autoClose, 'finish' does not destroy the stream: close must.
      if (!this.autoClose) this.on('finish', this.destroy);
      // end(), not destroy(): what was written before close() is still written.
      this.end();
    }
  },
);
WriteStream.prototype.open = deprecatedOpen('WriteStream');
WriteStream.prototype._construct = construct;
WriteStream.prototype._destroy = destroy;
// There is no shutdown for files: Node's destroySoon is `end` itself.
WriteStream.prototype.destroySoon = WriteStream.prototype.end;
Object.defineProperty(WriteStream.prototype, 'autoClose', autoCloseProperty('_writableState'));
Object.defineProperty(WriteStream.prototype, 'pending', pendingProperty);

module.exports = { ReadStream, WriteStream, setFileHandle, kRef, kUnref };
