'use strict';
// Event, CustomEvent and EventTarget (WHATWG DOM) with Node's behaviour. Node has no
// tree of targets, so every event is dispatched at its target only: capture is part of
// a listener's identity but changes nothing else. A listener that throws does not stop
// the others; its error becomes an uncaught exception on the next tick.

const {
  codes: { ERR_EVENT_RECURSION, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS, ERR_MISSING_ARGS },
} = require('internal/errors');
const { validateObject } = require('internal/validators');
const { makeEnumerable } = require('internal/webidl');
const { performance } = require('perf_hooks');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
/** Hooks a subclass can override to hear of listeners coming and going: (size, type). */
const kNewListener = Symbol('kNewListener');
/** Node's internal listener option: the listener runs even after stopImmediatePropagation(). */
const kResistStopPropagation = Symbol('kResistStopPropagation');
const kRemoveListener = Symbol('kRemoveListener');

/** Events the runtime fired itself (an AbortSignal's 'abort'): their `isTrusted` is true. */
const trustedEvents = new WeakSet();

/**
 * Weak listeners (see `addWeakListener`): each callback is kept, by owner, for as long as
 * both its owner and the target it listens on live. Whichever goes first, a finalizer
 * undoes the rest. (Nothing is unregistered: QuickJS unregisters in linear time.)
 */
const weakCallbacks = new WeakMap();
const ownerCollected = new FinalizationRegistry(({ target, type, entry }) => {
  const listening = target.deref();
  if (listening !== undefined) removeEntry(listening, type, entry);
});
/** Given the weak entries a collected target still had. */
const targetCollected = new FinalizationRegistry((entries) => entries.forEach(releaseWeakCallback));

function releaseWeakCallback(entry) {
  const owner = entry.owner.deref();
  if (owner !== undefined) weakCallbacks.get(owner)?.delete(entry.callback.deref());
}

let getMaxListeners;

/** What inspect's `depth` becomes one level down. */
function innerDepth(depth) {
  return Number.isInteger(depth) ? depth - 1 : depth;
}

function reportUncaught(err) {
  process.nextTick(() => {
    throw err;
  });
}

/** A listener's returned promise that rejects is an uncaught exception too. */
function reportRejection(result) {
  const { then } = result;
  if (typeof then === 'function') then.call(result, undefined, reportUncaught);
}

let isEvent;
let isDispatching;
let startDispatch;
let endDispatch;
let isStoppedImmediately;

class Event {
  #type;
  #bubbles;
  #cancelable;
  #composed;
  #defaultPrevented = false;
  #propagationStopped = false;
  #immediatePropagationStopped = false;
  #timeStamp = performance.now();
  #target = null;
  #dispatching = false;

  constructor(type, options = {}) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (options !== null) validateObject(options, 'options');
    this.#bubbles = Boolean(options?.bubbles);
    this.#cancelable = Boolean(options?.cancelable);
    this.#composed = Boolean(options?.composed);
    this.#type = `${type}`;
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (this.#dispatching) return;
    this.#type = `${type}`;
    this.#bubbles = Boolean(bubbles);
    this.#cancelable = Boolean(cancelable);
  }

  stopImmediatePropagation() {
    checkEvent(this);
    this.stopPropagation();
    this.#immediatePropagationStopped = true;
  }

  // Node records the call even for an event that is not cancelable: `defaultPrevented`
  // applies `cancelable` when read, and passive listeners are not told apart.
  preventDefault() {
    checkEvent(this);
    this.#defaultPrevented = true;
  }

  get target() {
    checkEvent(this);
    return this.#target;
  }

  get currentTarget() {
    checkEvent(this);
    return this.#dispatching ? this.#target : null;
  }

  get srcElement() {
    checkEvent(this);
    return this.#target;
  }

  get type() {
    checkEvent(this);
    return this.#type;
  }

  get cancelable() {
    checkEvent(this);
    return this.#cancelable;
  }

  get defaultPrevented() {
    checkEvent(this);
    return this.#cancelable && this.#defaultPrevented;
  }

  get timeStamp() {
    checkEvent(this);
    return this.#timeStamp;
  }

  composedPath() {
    checkEvent(this);
    return this.#dispatching ? [this.#target] : [];
  }

  get returnValue() {
    checkEvent(this);
    return !this.#cancelable || !this.#defaultPrevented;
  }

  get bubbles() {
    checkEvent(this);
    return this.#bubbles;
  }

  get composed() {
    checkEvent(this);
    return this.#composed;
  }

  get eventPhase() {
    checkEvent(this);
    return this.#dispatching ? Event.AT_TARGET : Event.NONE;
  }

  get cancelBubble() {
    checkEvent(this);
    return this.#propagationStopped;
  }

  set cancelBubble(value) {
    checkEvent(this);
    if (value) this.#propagationStopped = true;
  }

  stopPropagation() {
    checkEvent(this);
    this.#propagationStopped = true;
  }

  // Not checked: WebIDL's [LegacyUnforgeable] getter answers false for anything else.
  get isTrusted() {
    return trustedEvents.has(this);
  }

  [kInspect](depth, options, inspect) {
    checkEvent(this);
    const name = this.constructor.name;
    if (depth < 0) return name;
    const state = {
      type: this.#type,
      defaultPrevented: this.#defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timeStamp,
    };
    return `${name} ${inspect(state, { ...options, depth: innerDepth(options.depth) })}`;
  }

  static {
    isEvent = (value) => value !== null && typeof value === 'object' && #type in value;
    isDispatching = (event) => event.#dispatching;
    startDispatch = (event, target) => {
      event.#target = target;
      event.#dispatching = true;
    };
    endDispatch = (event) => {
      event.#dispatching = false;
    };
    isStoppedImmediately = (event) => event.#immediatePropagationStopped;
  }
}

function checkEvent(value) {
  if (!isEvent(value)) throw new ERR_INVALID_THIS('Event');
}

for (const [name, value] of [
  ['NONE', 0],
  ['CAPTURING_PHASE', 1],
  ['AT_TARGET', 2],
  ['BUBBLING_PHASE', 3],
]) {
  Object.defineProperty(Event, name, { value, writable: false, enumerable: true, configurable: false });
}

makeEnumerable(Event.prototype, [
  'initEvent',
  'stopImmediatePropagation',
  'preventDefault',
  'target',
  'currentTarget',
  'srcElement',
  'type',
  'cancelable',
  'defaultPrevented',
  'timeStamp',
  'composedPath',
  'returnValue',
  'bubbles',
  'composed',
  'eventPhase',
  'cancelBubble',
  'stopPropagation',
]);
Object.defineProperty(Event.prototype, 'isTrusted', { enumerable: true, configurable: false });
Object.defineProperty(Event.prototype, Symbol.toStringTag, { value: 'Event', configurable: true });

let isCustomEvent;

class CustomEvent extends Event {
  #detail;

  constructor(type, options = {}) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this.#detail = options?.detail ?? null;
  }

  get detail() {
    if (!isCustomEvent(this)) throw new ERR_INVALID_THIS('CustomEvent');
    return this.#detail;
  }

  static {
    isCustomEvent = (value) => value !== null && typeof value === 'object' && #detail in value;
  }
}

makeEnumerable(CustomEvent.prototype, ['detail']);
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, { value: 'CustomEvent', configurable: true });

/**
 * `true` for a listener to call, `false` for null or undefined (which the DOM ignores);
 * anything else throws. An object's `handleEvent` is looked up at each dispatch.
 */
function isValidListener(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') return true;
  if (listener == null) return false;
  if (typeof listener === 'object') return true;
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function toDOMString(value) {
  if (typeof value === 'symbol') throw new ERR_INVALID_ARG_VALUE('value', value);
  return `${value}`;
}

/** The options of addEventListener. `passive` changes nothing: see preventDefault. */
function listenerOptions(options) {
  if (typeof options === 'boolean')
    return { once: false, capture: options, passive: false, signal: undefined, resistStopPropagation: false };
  if (options === null) return { once: false, capture: false, passive: false, signal: undefined, resistStopPropagation: false };
  validateObject(options, 'options', { allowArray: true, allowFunction: true });
  return {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    signal: options.signal,
    resistStopPropagation: Boolean(options[kResistStopPropagation]),
  };
}

/** What a listener object does when called: its `handleEvent`, whose failures arrive as rejections. */
function handleEventCaller(listener) {
  return async (event) => {
    const { handleEvent } = listener;
    if (handleEvent) await Reflect.apply(handleEvent, listener, [event]);
  };
}

let isEventTarget;
let listenersOf;
let addWeakListener;
let removeEntry;
let defineEventHandler;

class EventTarget {
  static [Symbol.for('nodejs.event_target')] = true;

  /**
   * Listeners by type, each type a doubly linked list: a dispatch walks the links, so it
   * reaches listeners added meanwhile and skips the ones removed (marked `removed`).
   * Each list also indexes its entries by listener, one index per value of `capture`.
   */
  #lists = new Map();
  /** Handlers of `on<type>` attributes by type: each sits in the list where it was first set. */
  #handlers = new Map();
  /** The weak entries in the lists, once there has been one. */
  #weakEntries;
  /**
   * The one weak reference to this target that weak listeners share: to forget a dead
   * WeakRef, QuickJS walks all those of its target.
   */
  #weakRef;
  #warnedMaxListeners = false;

  addEventListener(type, listener, options = {}) {
    checkEventTarget(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    const { once, capture, signal, resistStopPropagation } = listenerOptions(options);
    if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
      throw new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
    }
    if (signal?.aborted) return;
    if (!isValidListener(listener)) {
      const warning = new Error(`addEventListener called with ${listener} which has no effect.`);
      warning.name = 'AddEventListenerArgumentTypeWarning';
      warning.target = this;
      warning.type = type;
      process.emitWarning(warning);
      return;
    }
    type = toDOMString(type);
    if (signal !== undefined) {
      // Even for a listener already there: the DOM's abort steps then remove that one.
      const remove = () => this.removeEventListener(type, listener, { capture });
      if (isEventTarget(signal)) addWeakListener(signal, 'abort', remove, this);
      else signal.addEventListener('abort', remove, { once: true });
    }
    const callback = typeof listener === 'function' ? listener : handleEventCaller(listener);
    this.#append(type, { listener, callback, once, capture, weak: false, resistStopPropagation });
  }

  removeEventListener(type, listener, options = {}) {
    checkEventTarget(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!isValidListener(listener)) return;
    type = toDOMString(type);
    // Only `{ capture: true }` names a capturing listener here, not a bare `true`, as in Node.
    const capture = options?.capture === true;
    const list = this.#lists.get(type);
    const entry = list?.[capture ? 'capturing' : 'bubbling'].get(listener);
    if (entry !== undefined) this.#unlink(type, list, entry);
  }

  dispatchEvent(event) {
    checkEventTarget(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!isEvent(event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (isDispatching(event)) throw new ERR_EVENT_RECURSION(event.type);
    startDispatch(event, this);
    const { type } = event;
    const list = this.#lists.get(type);
    // The next entry is read before each call: one appended while the last entry runs is not reached.
    for (let entry = list?.first, next; entry !== undefined; entry = next) {
      next = entry.next;
      if (entry.removed || (isStoppedImmediately(event) && !entry.resistStopPropagation)) continue;
      // Taken before unlinking, which lets go of a weak listener's callback.
      const callback = entry.weak ? entry.callback.deref() : entry.callback;
      if (entry.once) this.#unlink(type, list, entry);
      if (callback !== undefined) this.#call(callback, event);
    }
    endDispatch(event);
    return event.defaultPrevented !== true;
  }

  #call(callback, event) {
    try {
      const result = Reflect.apply(callback, this, [event]);
      // Node 20 ends the dispatch as soon as a listener returns: the ones after it see
      // eventPhase 0 and no currentTarget, and may dispatch the event again.
      endDispatch(event);
      if (result !== undefined && result !== null) reportRejection(result);
    } catch (err) {
      reportUncaught(err);
    }
  }

  #append(type, entry) {
    let list = this.#lists.get(type);
    if (list === undefined) {
      list = { first: undefined, last: undefined, size: 0, bubbling: new Map(), capturing: new Map() };
      this.#lists.set(type, list);
    }
    const index = entry.capture ? list.capturing : list.bubbling;
    if (index.has(entry.listener)) return;
    index.set(entry.listener, entry);
    entry.removed = false;
    entry.next = undefined;
    entry.previous = list.last;
    if (list.last === undefined) list.first = entry;
    else list.last.next = entry;
    list.last = entry;
    list.size++;
    this[kNewListener](list.size, type);
  }

  #unlink(type, list, entry) {
    entry.removed = true;
    if (entry.previous === undefined) list.first = entry.next;
    else entry.previous.next = entry.next;
    if (entry.next === undefined) list.last = entry.previous;
    else entry.next.previous = entry.previous;
    (entry.capture ? list.capturing : list.bubbling).delete(entry.listener);
    if (entry.weak) {
      this.#weakEntries.delete(entry);
      releaseWeakCallback(entry);
    }
    list.size--;
    if (list.size === 0) this.#lists.delete(type);
    this[kRemoveListener](list.size, type);
  }

  [kNewListener](size, type) {
    if (this.#warnedMaxListeners) return;
    getMaxListeners ??= require('events').getMaxListeners;
    const max = getMaxListeners(this);
    if (max > 0 && size > max) {
      this.#warnedMaxListeners = true;
      const inspect = require('internal/util/inspect').inspect;
      const warning = new Error(
        `Possible EventTarget memory leak detected. ${size} ${type} listeners added to ` +
          `${inspect(this, { depth: -1 })}. MaxListeners is ${max}. Use events.setMaxListeners() to increase limit`,
      );
      warning.name = 'MaxListenersExceededWarning';
      warning.target = this;
      warning.type = type;
      warning.count = size;
      process.emitWarning(warning);
    }
  }

  [kRemoveListener]() {}

  [kInspect](depth, options, inspect) {
    checkEventTarget(this);
    const name = this.constructor.name;
    if (depth < 0) return name;
    return `${name} ${inspect({}, { ...options, depth: innerDepth(options.depth) })}`;
  }

  static {
    isEventTarget = (value) => value !== null && typeof value === 'object' && #lists in value;

    /** The listeners of `type` in dispatch order, for events.getEventListeners. */
    listenersOf = (target, type) => {
      const listeners = [];
      for (let entry = target.#lists.get(type)?.first; entry !== undefined; entry = entry.next) {
        const listener = entry.weak ? entry.listener.deref() : entry.listener;
        if (!entry.removed && listener !== undefined) listeners.push(listener);
      }
      return listeners;
    };

    removeEntry = (target, type, entry) => {
      const list = target.#lists.get(type);
      if (list !== undefined && !entry.removed) target.#unlink(type, list, entry);
    };

    /**
     * Listens once for `type` with `callback` for as long as `owner` lives: the target
     * holds the callback weakly and forgets it once the owner is collected. This is how
     * a signal removes listeners on abort without keeping their targets alive; and
     * stopImmediatePropagation does not stop it.
     */
    addWeakListener = (target, type, callback, owner) => {
      const ref = new WeakRef(callback);
      owner.#weakRef ??= new WeakRef(owner);
      target.#weakRef ??= new WeakRef(target);
      // The WeakRef stands for the listener too: no listener of a program can be the same.
      const entry = {
        listener: ref,
        callback: ref,
        owner: owner.#weakRef,
        once: true,
        capture: false,
        weak: true,
        resistStopPropagation: true,
      };
      target.#append(type, entry);
      const callbacks = weakCallbacks.get(owner);
      if (callbacks === undefined) weakCallbacks.set(owner, new Set([callback]));
      else callbacks.add(callback);
      if (target.#weakEntries === undefined) {
        target.#weakEntries = new Set();
        targetCollected.register(target, target.#weakEntries);
      }
      target.#weakEntries.add(entry);
      ownerCollected.register(callback, { target: target.#weakRef, type, entry });
    };

    /**
     * Defines the `on<type>` attribute on `proto`: one listener per target, added where
     * the attribute is first set, that calls whatever function the attribute holds.
     */
    defineEventHandler = (proto, type) => {
      const name = `on${type}`;
      const accessors = {
        get [name]() {
          checkHandlerThis(this);
          return this.#handlers.get(type)?.handler ?? null;
        },
        set [name](value) {
          checkHandlerThis(this);
          const existing = this.#handlers.get(type);
          if (existing !== undefined) {
            existing.handler = value;
            return;
          }
          const slot = { handler: value };
          this.#handlers.set(type, slot);
          this.addEventListener(type, function (event) {
            return typeof slot.handler === 'function' ? Reflect.apply(slot.handler, this, [event]) : undefined;
          });
        },
      };
      const { get, set } = Object.getOwnPropertyDescriptor(accessors, name);
      Object.defineProperty(proto, name, { get, set, enumerable: true, configurable: true });
    };
  }
}

function checkEventTarget(value) {
  if (!isEventTarget(value)) throw new ERR_INVALID_THIS('EventTarget');
}

function checkHandlerThis(value) {
  if (!isEventTarget(value)) throw new ERR_INVALID_ARG_TYPE('this', 'EventTarget', value);
}

makeEnumerable(EventTarget.prototype, ['addEventListener', 'removeEventListener', 'dispatchEvent']);
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, { value: 'EventTarget', configurable: true });

/** Marks an event the runtime creates as trusted, before it is dispatched. */
function trustEvent(event) {
  trustedEvents.add(event);
  return event;
}

module.exports = {
  Event,
  CustomEvent,
  EventTarget,
  isEventTarget: (value) => isEventTarget(value),
  listenersOf: (target, type) => listenersOf(target, type),
  defineEventHandler,
  kNewListener,
  kRemoveListener,
  kResistStopPropagation,
  trustEvent,
};
