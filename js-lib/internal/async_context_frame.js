'use strict';
// The async context frame: which store each AsyncLocalStorage holds at this point of
// the program, as Node's AsyncContextFrame. A frame is a Map from storage to store,
// never changed once it is current (a new store makes a new frame), or undefined
// before any store is set. The engine keeps the current frame with every promise
// reaction and job (internalBinding('async_context'), a QuickJS patch); what js-lib
// queues itself (ticks, timers, immediates, host completions) takes the frame with
// `current()` when it is queued and runs under it with `exchange()`.

const { get: current, set: setCurrent } = internalBinding('async_context');

/** Makes `frame` current and returns the frame that was. */
function exchange(frame) {
  const prior = current();
  setCurrent(frame);
  return prior;
}

/** The current frame with `storage` holding `store`. */
function withStore(storage, store) {
  const frame = new Map(current());
  frame.set(storage, store);
  return frame;
}

/** The current frame without a store for `storage`. */
function withoutStore(storage) {
  const frame = current();
  if (frame === undefined || !frame.has(storage)) return frame;
  const next = new Map(frame);
  next.delete(storage);
  return next;
}

/** Calls `fn(...args)` under `frame`, then makes the prior frame current again. */
function runInFrame(frame, fn, thisArg, args) {
  const prior = exchange(frame);
  try {
    return Reflect.apply(fn, thisArg, args);
  } finally {
    setCurrent(prior);
  }
}

module.exports = { current, setCurrent, exchange, withStore, withoutStore, runInFrame };
