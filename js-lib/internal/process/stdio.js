'use strict';
// process.stdin, process.stdout and process.stderr. Output: Writables whose writes
// reach the host at once, as Node writes to files and pipes synchronously; a plain
// write skips the Writable's buffering (console.log runs through here), while corked,
// ended or destroyed streams and bad chunks take the Writable's own path, so its
// errors and ordering hold. Input: a Readable over descriptor 0, one host read in
// flight at a time; like Node's, a paused stdin does not keep the program running.
// Neither is ever a terminal: like Node's pipe and file streams, they have no `isTTY`
// (undefined, not false) and no tty methods (`hasColors`, `getColorDepth`).

const { Readable, Writable } = require('stream');
const { Buffer } = require('buffer');
const { withMethods } = require('internal/util/function_constructor');
const { onCompletion, setOperationRef } = require('internal/event_loop');
const { uvException } = require('internal/errors');
const { isFailure } = require('internal/fs/utils');

const binding = internalBinding('process');
const fsBinding = internalBinding('fs');
const STDIN_READ_SIZE = 65536;
const { EBADF } = internalBinding('errno').codes;
const kRead = Symbol('kRead');

function bytesFor(chunk, encoding) {
  return typeof chunk === 'string' && encoding && encoding !== 'utf8' && encoding !== 'utf-8' ? Buffer.from(chunk, encoding) : chunk;
}

function SyncWriteStream(fd) {
  Writable.call(this, { autoDestroy: true });
  this.fd = fd;
  this._type = 'pipe';
  this._isStdio = true;
}

withMethods(
  SyncWriteStream,
  class extends Writable {
    write(chunk, encoding, callback) {
      if (this.writableCorked || this.writableEnded || this.destroyed || (typeof chunk !== 'string' && !(chunk instanceof Uint8Array))) {
        return super.write(chunk, encoding, callback);
      }
      if (typeof encoding === 'function') {
        callback = encoding;
        encoding = undefined;
      }
      binding.write(this.fd, bytesFor(chunk, encoding));
      if (typeof callback === 'function') process.nextTick(callback, null);
      return true;
    }

    _write(chunk, encoding, callback) {
      binding.write(this.fd, bytesFor(chunk, encoding));
      callback();
    }

    /** The descriptor stays open: Node never closes a process's stdio. */
    _destroy(err, callback) {
      callback(err);
    }
  },
);

function StdinStream() {
  Readable.call(this, { highWaterMark: STDIN_READ_SIZE });
  this.fd = 0;
  this[kRead] = undefined;
  const refRead = () => {
    if (this[kRead] !== undefined) setOperationRef(this[kRead], !this.isPaused() && !this.destroyed);
  };
  this.on('pause', refRead);
  this.on('resume', refRead);
  this.on('close', refRead);
}

withMethods(
  StdinStream,
  class extends Readable {
    _read() {
      if (this[kRead] !== undefined) return;
      const op = fsBinding.start('read', 0, STDIN_READ_SIZE, null);
      this[kRead] = op;
      onCompletion(op, (result) => {
        this[kRead] = undefined;
        if (this.destroyed) return;
        // No descriptor 0 (a worker's or child's, which read no input) is empty input,
        // as Node opens /dev/null for a process started without one.
        if (result === EBADF) this.push(null);
        else if (isFailure(result)) this.destroy(uvException(result, 'read'));
        else this.push(result.byteLength === 0 ? null : Buffer.from(result));
      });
      setOperationRef(op, !this.isPaused());
    }

    setRawMode() {
      return this;
    }
  },
);

module.exports = { StdinStream, SyncWriteStream };
