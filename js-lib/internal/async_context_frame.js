'use strict';
// The async context frame: which store each AsyncLocalStorage holds at this point of
// the program, as Node's AsyncContextFrame. A frame is a flat array of storage, store
// pairs, never changed once it is current (a new store makes a new frame), or undefined
// before any store is set; programs hold a few storages, which a scan finds faster than
// a Map lookup in QuickJS, and a copy costs less. The engine keeps the current frame with
// every promise reaction and job (internalBinding('async_context'), a QuickJS patch);
// what js-lib queues itself (ticks, timers, immediates, host completions) takes the frame
// with `current()` when it is queued and runs under it with `exchange()`.

const { get: current, set: setCurrent } = internalBinding('async_context');

/** Makes `frame` current and returns the frame that was. */
function exchange(frame) {
  const prior = current();
  setCurrent(frame);
  return prior;
}

/** The store `storage` holds in `frame`, or undefined. */
function storeIn(frame, storage) {
  if (frame === undefined) return undefined;
  for (let i = 0; i < frame.length; i += 2) {
    if (frame[i] === storage) return frame[i + 1];
  }
  return undefined;
}

/** `frame` with `storage` holding `store`. */
function frameWith(frame, storage, store) {
  if (frame === undefined) return [storage, store];
  const next = frame.slice();
  for (let i = 0; i < next.length; i += 2) {
    if (next[i] === storage) {
      next[i + 1] = store;
      return next;
    }
  }
  next.push(storage, store);
  return next;
}

/** `frame` without a store for `storage`. */
function frameWithout(frame, storage) {
  if (frame === undefined) return frame;
  for (let i = 0; i < frame.length; i += 2) {
    if (frame[i] === storage) {
      if (frame.length === 2) return undefined;
      const next = frame.slice();
      next.splice(i, 2);
      return next;
    }
  }
  return frame;
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

/**
 * node:domain's part in async resources and their callbacks, its async hook in Node: set
 * when `domain` is loaded, null until then. `init(resource)` gives a resource made in a
 * domain (a timer, an immediate, an AsyncResource) its `domain` property; `enter(frame)`
 * enters the domain active where a callback was queued (which `frame` holds) and returns it.
 */
let domainHooks = null;

function setDomainHooks(hooks) {
  domainHooks = hooks;
}

/** Marks `resource` with the active domain, if there is one (the hook's `init`). */
function initDomainOf(resource) {
  if (domainHooks !== null) domainHooks.init(resource);
}

/** Enters the domain `frame` holds before a callback queued under it runs (the hook's `before`); returns it for `exitCallbackDomain`. */
function enterCallbackDomain(frame) {
  return domainHooks === null ? undefined : domainHooks.enter(frame);
}

/** Leaves what `enterCallbackDomain` entered once the callback has returned (the hook's `after`). */
function exitCallbackDomain(domain) {
  if (domain !== undefined) domain.exit();
}

module.exports = {
  current,
  setCurrent,
  exchange,
  storeIn,
  frameWith,
  frameWithout,
  runInFrame,
  setDomainHooks,
  initDomainOf,
  enterCallbackDomain,
  exitCallbackDomain,
};
