'use strict';
// One receive operation of the workers binding kept in flight at a time, for each end
// of a link between instances (a Worker, a child process, a worker's parentPort, a
// child's IPC channel). While in flight it keeps the program running unless unref'd,
// as Node's handles do.

const { onCompletion, setOperationRef } = require('internal/event_loop');

class Receiver {
  #start;
  #onEvent;
  #op;
  #refed = true;
  #stopped = false;

  /** `start()` starts a receive operation and returns its id; `onEvent(event)` gets what it received. */
  constructor(start, onEvent) {
    this.#start = start;
    this.#onEvent = onEvent;
  }

  /** Starts the next receive, unless one is in flight or receiving stopped. */
  receive() {
    if (this.#op !== undefined || this.#stopped) return;
    const op = this.#start();
    this.#op = op;
    onCompletion(op, (event) => {
      this.#op = undefined;
      if (!this.#stopped) this.#onEvent(event);
    });
    // Only an operation in flight can be unrefed: after onCompletion, which puts it there.
    if (!this.#refed) setOperationRef(op, false);
  }

  /** Nothing more is wanted: what is in flight no longer holds the program open. */
  stop() {
    this.#stopped = true;
    if (this.#op !== undefined) setOperationRef(this.#op, false);
  }

  ref() {
    this.#refed = true;
    if (this.#op !== undefined && !this.#stopped) setOperationRef(this.#op, true);
  }

  unref() {
    this.#refed = false;
    if (this.#op !== undefined) setOperationRef(this.#op, false);
  }

  hasRef() {
    return this.#refed && this.#op !== undefined && !this.#stopped;
  }
}

module.exports = { Receiver };
