'use strict';
// node:tty — a sandboxed program's stdio is never a terminal it can control, so
// `isatty` is false; the stream classes exist for code that checks `instanceof`.

const EventEmitter = require('events');

function isatty() {
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

  hasColors(count = 16) {
    return count <= 2 ** this.getColorDepth();
  }

  getWindowSize() {
    return [this.columns, this.rows];
  }
}

module.exports = { isatty, ReadStream, WriteStream };
