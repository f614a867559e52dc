'use strict';
// readline/promises: the Interface with a question() that returns a promise, and
// Readline, which queues cursor-control sequences until commit().

const { Interface: BaseInterface } = require('internal/readline/interface');
const { AbortError } = require('internal/errors');
const readline = require('readline');
const { shape } = require('internal/util/function_shape');

class Interface extends BaseInterface {
  question(query, options = {}) {
    return new Promise((resolve, reject) => {
      if (options.signal?.aborted) {
        reject(new AbortError(undefined, { cause: options.signal.reason }));
        return;
      }
      options.signal?.addEventListener('abort', () => reject(new AbortError(undefined, { cause: options.signal.reason })), { once: true });
      super.question(query, options, resolve);
    });
  }
}

// Node's `constructor(input, output, completer, terminal)`.
shape(Interface, undefined, 4);

class Readline {
  #stream;
  #autoCommit;
  #pending = '';

  constructor(stream, { autoCommit = false } = {}) {
    this.#stream = stream;
    this.#autoCommit = autoCommit;
  }

  #queue(write) {
    let sequence = '';
    write({
      write: (text) => {
        sequence += text;
      },
    });
    if (this.#autoCommit) this.#stream.write(sequence);
    else this.#pending += sequence;
    return this;
  }

  clearLine(dir) {
    return this.#queue((sink) => readline.clearLine(sink, dir));
  }

  clearScreenDown() {
    return this.#queue((sink) => readline.clearScreenDown(sink));
  }

  cursorTo(x, y = undefined) {
    return this.#queue((sink) => readline.cursorTo(sink, x, y));
  }

  moveCursor(dx, dy) {
    return this.#queue((sink) => readline.moveCursor(sink, dx, dy));
  }

  commit() {
    const pending = this.#pending;
    this.#pending = '';
    return new Promise((resolve) => this.#stream.write(pending, resolve));
  }

  rollback() {
    this.#pending = '';
    return this;
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = { Interface, Readline, createInterface };
