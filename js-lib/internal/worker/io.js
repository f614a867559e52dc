'use strict';
// MessagePort, MessageChannel, BroadcastChannel and MessageEvent. A port's messages
// wait in its queue until it is started (a 'message' listener, `onmessage` or
// `start()`), then arrive one callback each; `receiveMessageOnPort` takes them out of
// the queue first. The two ports of a MessageChannel live in this instance; a port may
// instead have a `link` to another instance (a worker's `parentPort`), which carries
// what is posted and feeds the queue with what arrives.

const EventEmitter = require('events');
const { Event, EventTarget, defineEventHandler } = require('internal/event_target');
const { structuredClone } = require('internal/structured_clone');
const {
  codes: { ERR_CONSTRUCT_CALL_INVALID, ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS },
} = require('internal/errors');
const { setImmediate } = require('timers');
const { DOMException } = require('internal/domexception');

/** Lets this file, and only it, make ports. */
const constructing = Symbol('constructing');
/** The internals other built-ins use, out of users' sight. */
const kEnqueue = Symbol('kEnqueue');
const kDequeue = Symbol('kDequeue');

/** `postMessage`'s second argument: a transfer list, or `{ transfer }`. */
function transferOf(options) {
  if (options === undefined || options === null) return undefined;
  if (Array.isArray(options) || typeof options[Symbol.iterator] === 'function') return options;
  if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  return options.transfer;
}

class MessageEvent extends Event {
  #data;
  #ports;

  constructor(type, init = {}) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, init);
    this.#data = init?.data ?? null;
    this.#ports = init?.ports ?? [];
  }

  get data() {
    return this.#data;
  }

  get origin() {
    return '';
  }

  get lastEventId() {
    return '';
  }

  get source() {
    return null;
  }

  get ports() {
    return this.#ports;
  }
}

/** Event listeners added with addEventListener, to the EventEmitter listeners standing for them. */
const eventListeners = new WeakMap();

class MessagePort extends EventEmitter {
  #queue = [];
  #started = false;
  #closed = false;
  #delivering = false;
  /** The other port of a MessageChannel. */
  #peer = null;
  /** How messages reach another instance, for a port that is one end of such a link. */
  #link = null;

  constructor(token, link = null) {
    if (token !== constructing) throw new ERR_CONSTRUCT_CALL_INVALID();
    super();
    this.#link = link;
  }

  static [constructing]() {
    const port1 = new MessagePort(constructing);
    const port2 = new MessagePort(constructing);
    port1.#peer = port2;
    port2.#peer = port1;
    return [port1, port2];
  }

  postMessage(...args) {
    if (args.length === 0) throw new ERR_MISSING_ARGS('message');
    const [value, options] = args;
    const transfer = transferOf(options);
    if (this.#link !== null) {
      if (!this.#closed) this.#link.post(value, transfer);
      return;
    }
    const copy = structuredClone(value, { transfer });
    if (!this.#closed && this.#peer !== null) this.#peer[kEnqueue](copy);
  }

  /** Puts a message that arrived in the queue. */
  [kEnqueue](message) {
    if (this.#closed) return;
    this.#queue.push(message);
    this.#scheduleDelivery();
  }

  /** The oldest message waiting, as `receiveMessageOnPort` gives it. */
  [kDequeue]() {
    return this.#queue.length === 0 ? undefined : { message: this.#queue.shift() };
  }

  start() {
    if (this.#started || this.#closed) return;
    this.#started = true;
    this.#link?.start(this);
    this.#scheduleDelivery();
  }

  #scheduleDelivery() {
    if (!this.#started || this.#delivering || this.#queue.length === 0) return;
    this.#delivering = true;
    setImmediate(() => {
      this.#delivering = false;
      while (this.#started && !this.#closed && this.#queue.length > 0) this.emit('message', this.#queue.shift());
    });
  }

  close() {
    if (this.#closed) return;
    this.#closed = true;
    this.#queue.length = 0;
    this.#link?.close();
    const peer = this.#peer;
    this.#peer = null;
    // Node emits 'close' in libuv's close phase, after the immediates of the turn.
    setImmediate(() => setImmediate(() => this.emit('close')));
    if (peer !== null) {
      peer.#peer = null;
      peer.close();
    }
  }

  ref() {
    this.#link?.ref();
    return this;
  }

  unref() {
    this.#link?.unref();
    return this;
  }

  hasRef() {
    return this.#link?.hasRef() ?? false;
  }

  addEventListener(type, listener, options) {
    if (typeof listener !== 'function') return;
    const standIn = (data) => listener.call(this, type === 'message' ? new MessageEvent('message', { data }) : new Event(type));
    if (!eventListeners.has(listener)) eventListeners.set(listener, standIn);
    if (options?.once) this.once(type, standIn);
    else this.on(type, standIn);
  }

  removeEventListener(type, listener) {
    const standIn = eventListeners.get(listener);
    if (standIn !== undefined) this.removeListener(type, standIn);
  }

  get onmessage() {
    return this.listeners('message').find((listener) => listener.isHandler) ?? null;
  }

  set onmessage(handler) {
    for (const listener of this.listeners('message')) if (listener.isHandler) this.removeListener('message', listener);
    if (typeof handler !== 'function') return;
    const standIn = (data) => handler.call(this, new MessageEvent('message', { data }));
    standIn.isHandler = true;
    this.on('message', standIn);
  }
}

// Adding a 'message' listener starts the port and refs it; removing the last unrefs it
// (a worker whose parentPort.once got its message can end), as in Node.
for (const method of ['on', 'addListener', 'once', 'prependListener', 'prependOnceListener']) {
  const add = EventEmitter.prototype[method];
  Object.defineProperty(MessagePort.prototype, method, {
    value: function (type, listener) {
      add.call(this, type, listener);
      if (type === 'message') {
        this.ref();
        this.start();
      }
      return this;
    },
    writable: true,
    configurable: true,
  });
}
for (const method of ['removeListener', 'off']) {
  const remove = EventEmitter.prototype[method];
  Object.defineProperty(MessagePort.prototype, method, {
    value: function (type, listener) {
      remove.call(this, type, listener);
      if (type === 'message' && this.listenerCount('message') === 0) this.unref();
      return this;
    },
    writable: true,
    configurable: true,
  });
}

class MessageChannel {
  constructor() {
    const [port1, port2] = MessagePort[constructing]();
    this.port1 = port1;
    this.port2 = port2;
  }
}

function receiveMessageOnPort(port) {
  if (!(port instanceof MessagePort)) throw new ERR_INVALID_ARG_TYPE('port', 'MessagePort', port);
  return port[kDequeue]();
}

/** The open BroadcastChannels of this instance, by name. */
const channels = new Map();

class BroadcastChannel extends EventTarget {
  #name;
  #closed = false;

  constructor(...args) {
    if (args.length === 0) throw new ERR_MISSING_ARGS('name');
    super();
    this.#name = `${args[0]}`;
    if (!channels.has(this.#name)) channels.set(this.#name, new Set());
    channels.get(this.#name).add(this);
  }

  get name() {
    return this.#name;
  }

  postMessage(...args) {
    if (args.length === 0) throw new ERR_MISSING_ARGS('message');
    if (this.#closed) throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    for (const channel of channels.get(this.#name)) {
      if (channel === this) continue;
      const data = structuredClone(args[0]);
      setImmediate(() => {
        if (!channel.#closed) channel.dispatchEvent(new MessageEvent('message', { data }));
      });
    }
  }

  close() {
    if (this.#closed) return;
    this.#closed = true;
    const open = channels.get(this.#name);
    open.delete(this);
    if (open.size === 0) channels.delete(this.#name);
  }

  ref() {
    return this;
  }

  unref() {
    return this;
  }
}
defineEventHandler(BroadcastChannel.prototype, 'message');
defineEventHandler(BroadcastChannel.prototype, 'messageerror');

/** A port whose other end is in another instance, reached through `link`. */
function linkedPort(link) {
  return new MessagePort(constructing, link);
}

module.exports = { MessageChannel, MessagePort, MessageEvent, BroadcastChannel, receiveMessageOnPort, linkedPort, kEnqueue };
