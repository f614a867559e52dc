'use strict';
// fs.Dir: a directory's entries handed out one at a time. The host lists a directory in
// one request, so a Dir starts with its whole listing; with `recursive`, a subdirectory
// is listed when its own entry is handed out, and its entries queue after the rest (the
// order Node's Dir keeps).

const {
  codes: { ERR_DIR_CLOSED, ERR_DIR_CONCURRENT_OPERATION },
} = require('internal/errors');
const { validateFunction } = require('internal/validators');
const pathModule = require('path');

class Dir {
  #path;
  #entries;
  #listChildren;
  #closed = false;
  // Asynchronous reads and closes finish on a later tick; meanwhile synchronous work is
  // refused, as Node refuses it while its handle is busy.
  #pending = 0;

  /** `listChildren(dirent)`, given when `recursive`, lists a subdirectory's Dirents. */
  constructor(path, entries, listChildren) {
    this.#path = path;
    this.#entries = entries;
    this.#listChildren = listChildren;
  }

  get path() {
    return this.#path;
  }

  #next() {
    const dirent = this.#entries.shift() ?? null;
    if (dirent !== null && this.#listChildren !== undefined && dirent.isDirectory()) {
      this.#entries.push(...this.#listChildren(pathModule.join(dirent.parentPath, dirent.name)));
    }
    return dirent;
  }

  /** Runs `work` on a later tick, settling `callback(err, value)`. */
  #later(work, callback) {
    this.#pending++;
    process.nextTick(() => {
      this.#pending--;
      let value;
      try {
        value = work();
      } catch (err) {
        callback(err);
        return;
      }
      callback(null, value);
    });
  }

  #promised(method) {
    return new Promise((resolve, reject) => method.call(this, (err, value) => (err ? reject(err) : resolve(value))));
  }

  read(callback) {
    if (this.#closed) throw new ERR_DIR_CLOSED();
    if (callback === undefined) return this.#promised(this.read);
    validateFunction(callback, 'callback');
    this.#later(() => this.#next(), callback);
    return undefined;
  }

  readSync() {
    if (this.#closed) throw new ERR_DIR_CLOSED();
    if (this.#pending > 0) throw new ERR_DIR_CONCURRENT_OPERATION();
    return this.#next();
  }

  close(callback) {
    if (callback === undefined) {
      if (this.#closed) return Promise.reject(new ERR_DIR_CLOSED());
      return this.#promised(this.close);
    }
    validateFunction(callback, 'callback');
    if (this.#closed) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return undefined;
    }
    this.#closed = true;
    this.#later(() => undefined, callback);
    return undefined;
  }

  closeSync() {
    if (this.#closed) throw new ERR_DIR_CLOSED();
    if (this.#pending > 0) throw new ERR_DIR_CONCURRENT_OPERATION();
    this.#closed = true;
  }

  async *entries() {
    try {
      for (let dirent = await this.read(); dirent !== null; dirent = await this.read()) yield dirent;
    } finally {
      await this.close();
    }
  }
}
Dir.prototype[Symbol.asyncIterator] = Dir.prototype.entries;

module.exports = { Dir };
