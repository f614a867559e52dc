'use strict';
// diagnostics_channel: named channels that libraries publish to and tools subscribe
// to, and tracing channels (start/end/asyncStart/asyncEnd/error) around calls. A
// subscriber that throws does not stop the others: its error is rethrown on a later
// tick, as an uncaught exception.

const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateFunction } = require('internal/validators');
const { shape } = require('internal/util/function_shape');

const channels = new Map();

class Channel {
  constructor(name) {
    this._subscribers = [];
    this._stores = new Map();
    this.name = name;
  }

  get hasSubscribers() {
    return this._subscribers.length > 0 || this._stores.size > 0;
  }

  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    this._subscribers = [...this._subscribers, subscription];
  }

  unsubscribe(subscription) {
    const index = this._subscribers.indexOf(subscription);
    if (index === -1) return false;
    this._subscribers = this._subscribers.filter((_, i) => i !== index);
    return true;
  }

  bindStore(store, transform) {
    this._stores.set(store, transform);
  }

  unbindStore(store) {
    return this._stores.delete(store);
  }

  publish(data) {
    for (const subscriber of this._subscribers) {
      try {
        subscriber(data, this.name);
      } catch (err) {
        process.nextTick(() => {
          throw err;
        });
      }
    }
  }

  /** Publishes `data`, then runs `fn` inside each bound store's `run`, with the store's view of `data`. */
  runStores(data, fn, thisArg, ...args) {
    let run = () => {
      this.publish(data);
      return Reflect.apply(fn, thisArg, args);
    };
    for (const [store, transform] of this._stores) {
      const inner = run;
      run = () => store.run(transform ? transform(data) : data, inner);
    }
    return run();
  }
}
// Node's channels start inactive, and the inactive channel's methods take no arguments.
for (const method of ['unsubscribe', 'unbindStore', 'publish']) shape(Channel.prototype[method], undefined, 0);

function channel(name) {
  if (typeof name !== 'string' && typeof name !== 'symbol') {
    throw new ERR_INVALID_ARG_TYPE('channel', ['string', 'symbol'], name);
  }
  let found = channels.get(name);
  if (found === undefined) {
    found = new Channel(name);
    channels.set(name, found);
  }
  return found;
}

function subscribe(name, subscription) {
  channel(name).subscribe(subscription);
}

function unsubscribe(name, subscription) {
  return channel(name).unsubscribe(subscription);
}

function hasSubscribers(name) {
  return channels.get(name)?.hasSubscribers ?? false;
}

const tracingEvents = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

class TracingChannel {
  constructor(nameOrChannels) {
    if (typeof nameOrChannels === 'string') {
      for (const event of tracingEvents) this[event] = channel(`tracing:${nameOrChannels}:${event}`);
    } else if (typeof nameOrChannels === 'object' && nameOrChannels !== null) {
      for (const event of tracingEvents) {
        if (!(nameOrChannels[event] instanceof Channel)) {
          throw new ERR_INVALID_ARG_TYPE(`nameOrChannels.${event}`, 'Channel', nameOrChannels[event]);
        }
        this[event] = nameOrChannels[event];
      }
    } else {
      throw new ERR_INVALID_ARG_TYPE('nameOrChannels', ['string', 'object', 'TracingChannel'], nameOrChannels);
    }
  }

  get hasSubscribers() {
    return tracingEvents.some((event) => this[event].hasSubscribers);
  }

  subscribe(handlers) {
    for (const event of tracingEvents) if (handlers[event]) this[event].subscribe(handlers[event]);
  }

  unsubscribe(handlers) {
    let done = true;
    for (const event of tracingEvents) if (handlers[event] && !this[event].unsubscribe(handlers[event])) done = false;
    return done;
  }

  /** Runs `call` between the start and end events, publishing a synchronous throw as an error. */
  _trace(context, call) {
    return this.start.runStores(context, () => {
      try {
        return call();
      } catch (err) {
        this._fail(context, err);
        throw err;
      } finally {
        this.end.publish(context);
      }
    });
  }

  _fail(context, err) {
    context.error = err;
    this.error.publish(context);
  }

  _settle(context) {
    this.asyncStart.publish(context);
    this.asyncEnd.publish(context);
  }

  traceSync(fn, context = {}, thisArg, ...args) {
    return this._trace(context, () => {
      context.result = Reflect.apply(fn, thisArg, args);
      return context.result;
    });
  }

  tracePromise(fn, context = {}, thisArg, ...args) {
    return this._trace(context, () =>
      Promise.resolve(Reflect.apply(fn, thisArg, args)).then(
        (result) => {
          context.result = result;
          this._settle(context);
          return result;
        },
        (err) => {
          this._fail(context, err);
          this._settle(context);
          throw err;
        },
      ),
    );
  }

  traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
    const callback = args.at(position);
    validateFunction(callback, 'callback');
    const tracing = this;
    function wrappedCallback(err, result) {
      if (err) tracing._fail(context, err);
      else context.result = result;
      return tracing.asyncStart.runStores(context, () => {
        try {
          return Reflect.apply(callback, this, arguments);
        } finally {
          tracing.asyncEnd.publish(context);
        }
      });
    }
    args.splice(position, 1, wrappedCallback);
    return this._trace(context, () => Reflect.apply(fn, thisArg, args));
  }
}

function tracingChannel(nameOrChannels) {
  return new TracingChannel(nameOrChannels);
}

module.exports = { channel, hasSubscribers, subscribe, tracingChannel, unsubscribe, Channel };
