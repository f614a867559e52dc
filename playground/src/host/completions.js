// The `nodule:runtime/completions` queue (host/src/io/completions.rs) for a guest in a
// Web Worker. Nothing finishes behind the guest's back here: files are in memory and
// the network goes through synchronous requests, so an operation completes while the
// guest calls into the host, and `wait` sleeps only when nothing is ready. It sleeps
// with `Atomics.wait`, which blocks the worker, never the page.

/** The most operations in flight before a start fails with `emfile`, as in the CLI. */
const MAX_IN_FLIGHT = 1 << 16;

export class CompletionQueue {
  constructor() {
    this.ready = [];
    this.pending = new Set();
    this.nextOp = 0n;
    // Atomics.wait needs shared memory, which needs a cross-origin isolated page.
    this.sleeper = typeof SharedArrayBuffer === 'function' ? new Int32Array(new SharedArrayBuffer(4)) : null;
  }

  /** Starts an operation that another call will finish (a read before its data). */
  start() {
    this.nextOp += 1n;
    this.pending.add(this.nextOp);
    return this.nextOp;
  }

  finish(op, outcome) {
    this.pending.delete(op);
    this.ready.push({ op, outcome });
  }

  /** Starts an operation that has already finished with `outcome` (a WIT `completions.outcome`). */
  complete(outcome) {
    const full = this.ready.length + this.pending.size >= MAX_IN_FLIGHT;
    const op = this.start();
    this.finish(op, full ? { tag: 'failed', val: 'emfile' } : outcome);
    return op;
  }

  /** Blocks the worker for `ms` milliseconds, or for good when undefined (Stop ends it). */
  sleep(ms) {
    if (this.sleeper) {
      Atomics.wait(this.sleeper, 0, 0, ms);
      return;
    }
    // Without cross-origin isolation (a page served without its headers): spin.
    const deadline = performance.now() + (ms ?? Number.POSITIVE_INFINITY);
    while (performance.now() < deadline);
  }

  /**
   * The WIT `wait`: every ready completion, else a sleep of `timeoutMs` and none. With
   * no timeout and operations in flight, the guest waits on the page's origin for bytes
   * that can only come from its own next call: it sleeps until Stop, as the CLI waits
   * on a silent server.
   */
  wait(timeoutMs) {
    if (this.ready.length === 0) {
      if (timeoutMs !== undefined ? timeoutMs > 0 : this.pending.size > 0) this.sleep(timeoutMs);
      return [];
    }
    const ready = this.ready;
    this.ready = [];
    return ready;
  }
}
