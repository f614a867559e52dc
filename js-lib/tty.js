'use strict';
// node:tty — a sandboxed program's stdio is never a terminal it can control, so
// `isatty` is false (and process.stdout/stderr/stdin have no `isTTY`, as Node's when
// they are pipes or files); the stream classes exist for code that checks `instanceof`.

const EventEmitter = require('events');
const { shape } = require('internal/util/function_shape');

function isatty(_fd) {
  return false;
}

class ReadStream extends EventEmitter {
  constructor(fd) {
    super();
    this.fd = fd;
    this.isTTY = true;
    this.isRaw = false;
  }

  setRawMode(mode) {
    this.isRaw = Boolean(mode);
    return this;
  }
}
// Node's `ReadStream(fd, options)`.
shape(ReadStream, undefined, 2);

class WriteStream extends EventEmitter {
  constructor(fd) {
    super();
    this.fd = fd;
    this.isTTY = true;
    this.columns = 80;
    this.rows = 24;
  }

  getColorDepth() {
    return 1;
  }

  hasColors(count, _env) {
    return (count ?? 16) <= 2 ** this.getColorDepth();
  }

  getWindowSize() {
    return [this.columns, this.rows];
  }
}

module.exports = { isatty, ReadStream, WriteStream };
