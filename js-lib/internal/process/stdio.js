'use strict';
// process.stdout and process.stderr: Writables whose writes reach the host at once, as
// Node writes to files and pipes synchronously. A plain write skips the Writable's
// buffering (console.log runs through here); corked, ended or destroyed streams and
// bad chunks take the Writable's own path, so its errors and ordering hold.

const { Writable } = require('stream');
const { Buffer } = require('buffer');
const { withMethods } = require('internal/util/function_constructor');

const binding = internalBinding('process');

function bytesFor(chunk, encoding) {
  return typeof chunk === 'string' && encoding && encoding !== 'utf8' && encoding !== 'utf-8'
    ? Buffer.from(chunk, encoding) : chunk;
}

function SyncWriteStream(fd) {
  Writable.call(this, { autoDestroy: true });
  this.fd = fd;
  this.isTTY = false;
  this._type = 'pipe';
  this._isStdio = true;
}

withMethods(SyncWriteStream, class extends Writable {
  write(chunk, encoding, callback) {
    if (this.writableCorked || this.writableEnded || this.destroyed ||
        (typeof chunk !== 'string' && !(chunk instanceof Uint8Array))) {
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

  hasColors() {
    return false;
  }

  getColorDepth() {
    return 1;
  }
});

module.exports = { SyncWriteStream };
