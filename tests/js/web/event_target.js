// Event, CustomEvent and EventTarget: construction, validation errors, dispatch order
// and flags, listener options, handleEvent objects, signals, errors thrown by
// listeners, warnings, and how they inspect (with timeStamp masked).
const util = require('util');
const events = require('events');

function check(label, fn) {
  try {
    console.log(label, '->', util.inspect(fn(), { depth: 3, breakLength: Infinity }));
  } catch (err) {
    console.log(label, '-> threw', err.name, err.code, err.message);
  }
}

function show(value, options) {
  return util.inspect(value, options).replace(/timeStamp: [\d.e+-]+/g, 'timeStamp: <n>');
}

console.log('--- globals');
for (const name of ['Event', 'CustomEvent', 'EventTarget']) {
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, typeof descriptor.value, descriptor.enumerable, descriptor.writable, descriptor.configurable, globalThis[name].length);
}
console.log(Object.getOwnPropertyNames(Event.prototype));
console.log(Object.keys(Event.prototype));
console.log(Object.getOwnPropertyNames(CustomEvent.prototype), Object.keys(CustomEvent.prototype));
console.log(Object.getOwnPropertyNames(EventTarget.prototype), Object.keys(EventTarget.prototype));
console.log(Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE, new Event('x').AT_TARGET);
console.log(Object.getOwnPropertyDescriptor(Event, 'AT_TARGET'));
console.log(Object.getOwnPropertyDescriptor(Event.prototype, 'isTrusted').configurable);
console.log(Object.getPrototypeOf(CustomEvent) === Event, Object.getPrototypeOf(CustomEvent.prototype) === Event.prototype);
console.log(Object.prototype.toString.call(new Event('x')), Object.prototype.toString.call(new CustomEvent('x')),
  Object.prototype.toString.call(new EventTarget()), String(new Event('x')));
console.log(EventTarget.prototype.addEventListener.length, EventTarget.prototype.removeEventListener.length,
  EventTarget.prototype.dispatchEvent.length, Event.prototype.initEvent.length);

console.log('--- Event construction');
check('new Event()', () => new Event());
check('new Event(1)', () => new Event(1).type);
check('new Event(undefined)', () => new Event(undefined).type);
check('new Event(null)', () => new Event(null).type);
check('new Event(object)', () => new Event({ toString: () => 'custom' }).type);
check('options number', () => new Event('x', 1));
check('options string', () => new Event('x', 'str'));
check('options array', () => new Event('x', []));
check('options null', () => new Event('x', null).cancelable);
check('options coerced', () => {
  const e = new Event('x', { bubbles: 1, cancelable: 'yes', composed: {} });
  return [e.bubbles, e.cancelable, e.composed];
});
check('options read order', () => {
  const read = [];
  const options = {};
  for (const key of ['bubbles', 'cancelable', 'composed']) {
    Object.defineProperty(options, key, { get: () => read.push(key) });
  }
  new Event({ toString: () => read.push('type') && 't' }, options);
  return read;
});
check('defaults', () => {
  const e = new Event('foo');
  return [e.type, e.bubbles, e.cancelable, e.composed, e.defaultPrevented, e.returnValue, e.cancelBubble,
    e.target, e.currentTarget, e.srcElement, e.eventPhase, e.composedPath(), e.isTrusted, typeof e.timeStamp];
});
check('timeStamp order', () => {
  const before = performance.now();
  const e = new Event('x');
  const after = performance.now();
  return [e.timeStamp >= before, e.timeStamp <= after, e.timeStamp === e.timeStamp];
});
check('no own properties', () => [Object.keys(new Event('x')), Object.getOwnPropertyNames(new Event('x'))]);
check('new CustomEvent()', () => new CustomEvent());
check('CustomEvent detail', () => [new CustomEvent('x').detail, new CustomEvent('x', { detail: 0 }).detail,
  new CustomEvent('x', { detail: undefined }).detail, new CustomEvent('x', null).detail, new CustomEvent('x', { detail: { a: 1 } }).detail]);
check('CustomEvent options number', () => new CustomEvent('x', 5));
check('CustomEvent is an Event', () => {
  const e = new CustomEvent('x', { cancelable: true });
  return [e instanceof Event, e.cancelable, e.type];
});

console.log('--- invalid this');
for (const name of ['type', 'target', 'currentTarget', 'srcElement', 'cancelable', 'defaultPrevented', 'timeStamp',
  'returnValue', 'bubbles', 'composed', 'eventPhase', 'cancelBubble']) {
  check(`get ${name}`, () => Object.getOwnPropertyDescriptor(Event.prototype, name).get.call({}));
}
check('set cancelBubble', () => Object.getOwnPropertyDescriptor(Event.prototype, 'cancelBubble').set.call({}, true));
for (const name of ['preventDefault', 'stopPropagation', 'stopImmediatePropagation', 'composedPath']) {
  check(name, () => Event.prototype[name].call({}));
}
check('initEvent without args', () => Event.prototype.initEvent.call({}));
check('isTrusted on anything', () => Object.getOwnPropertyDescriptor(Event.prototype, 'isTrusted').get.call({}));
check('detail on Event', () => Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get.call(new Event('x')));
for (const name of ['addEventListener', 'removeEventListener', 'dispatchEvent']) {
  check(name, () => EventTarget.prototype[name].call({}, 'x', () => {}));
}
check('inspect other', () => Event.prototype[util.inspect.custom].call({}, 1, {}));

console.log('--- EventTarget argument errors');
const target = new EventTarget();
check('add no args', () => target.addEventListener());
check('add one arg', () => target.addEventListener('x'));
check('add number listener', () => target.addEventListener('x', 1));
check('add string listener', () => target.addEventListener('x', 'str'));
check('add object listener', () => target.addEventListener('x', {}));
check('add options number', () => target.addEventListener('x', () => {}, 1));
check('add options string', () => target.addEventListener('x', () => {}, 'capture'));
check('add options null', () => target.addEventListener('x', () => {}, null));
check('add options array', () => target.addEventListener('x', () => {}, []));
check('add signal number', () => target.addEventListener('x', () => {}, { signal: 1 }));
check('add signal null', () => target.addEventListener('x', () => {}, { signal: null }));
check('add signal EventTarget', () => target.addEventListener('x', () => {}, { signal: new EventTarget() }));
check('add symbol type', () => target.addEventListener(Symbol('s'), () => {}));
check('remove no args', () => target.removeEventListener());
check('remove one arg', () => target.removeEventListener('x'));
check('remove number listener', () => target.removeEventListener('x', 1));
check('remove null listener', () => target.removeEventListener('x', null));
check('remove options number', () => target.removeEventListener('x', () => {}, 5));
check('dispatch no args', () => target.dispatchEvent());
check('dispatch object', () => target.dispatchEvent({ type: 'x' }));
check('dispatch string', () => target.dispatchEvent('x'));
check('options read order', () => {
  const read = [];
  const options = {};
  for (const key of ['once', 'capture', 'passive', 'signal']) {
    Object.defineProperty(options, key, { get: () => void read.push(key) });
  }
  target.addEventListener('order', () => {}, options);
  target.removeEventListener('order', () => {}, options);
  return read;
});

console.log('--- dispatch');
check('listener order and this', () => {
  const t = new EventTarget();
  const out = [];
  t.addEventListener('a', function first(e) {
    out.push(['first', this === t, e.target === t, e.currentTarget === t, e.srcElement === t, e.eventPhase, e.composedPath().length]);
  });
  t.addEventListener('a', function second(e) {
    out.push(['second', this === t, e.target === t, e.currentTarget, e.eventPhase, e.composedPath().length]);
  });
  const e = new Event('a');
  const result = t.dispatchEvent(e);
  out.push(['after', result, e.target === t, e.currentTarget, e.eventPhase, e.composedPath()]);
  return out;
});
check('recursion', () => {
  const t = new EventTarget();
  const e = new Event('r');
  const out = [];
  t.addEventListener('r', () => {
    try {
      t.dispatchEvent(e);
    } catch (err) {
      out.push([err.name, err.code, err.message]);
    }
  });
  out.push(t.dispatchEvent(e));
  return out;
});
check('dispatch again after', () => {
  const t = new EventTarget();
  const e = new Event('r');
  let calls = 0;
  t.addEventListener('r', () => calls++);
  t.dispatchEvent(e);
  t.dispatchEvent(e);
  const other = new EventTarget();
  other.dispatchEvent(e);
  return [calls, e.target === other];
});
check('no listeners', () => {
  const t = new EventTarget();
  const e = new Event('none', { cancelable: true });
  return [t.dispatchEvent(e), e.target === t, e.eventPhase];
});
check('added during dispatch', () => {
  const t = new EventTarget();
  const out = [];
  t.addEventListener('a', () => {
    out.push(1);
    t.addEventListener('a', () => out.push('added'));
  });
  t.addEventListener('a', () => out.push(2));
  t.dispatchEvent(new Event('a'));
  out.push('|');
  t.dispatchEvent(new Event('a'));
  return out.join(' ');
});
check('added by the last listener', () => {
  const t = new EventTarget();
  const out = [];
  t.addEventListener('a', () => {
    out.push('last');
    t.addEventListener('a', () => out.push('added'));
  });
  t.dispatchEvent(new Event('a'));
  return out.join(' ');
});
check('removed during dispatch', () => {
  const t = new EventTarget();
  const out = [];
  const second = () => out.push(2);
  t.addEventListener('a', () => {
    out.push(1);
    t.removeEventListener('a', second);
  });
  t.addEventListener('a', second);
  t.addEventListener('a', () => out.push(3));
  t.dispatchEvent(new Event('a'));
  return out.join(' ');
});
check('removes and re-adds itself', () => {
  const t = new EventTarget();
  const out = [];
  const self = () => {
    out.push('self');
    t.removeEventListener('a', self);
    t.addEventListener('a', self);
  };
  t.addEventListener('a', self);
  t.addEventListener('a', () => out.push('other'));
  t.dispatchEvent(new Event('a'));
  return out.join(' ');
});
check('duplicates and capture', () => {
  const t = new EventTarget();
  let calls = 0;
  const listener = () => calls++;
  t.addEventListener('a', listener);
  t.addEventListener('a', listener);
  t.addEventListener('a', listener, { once: true });
  t.addEventListener('a', listener, true);
  t.addEventListener('a', listener, { capture: true });
  t.dispatchEvent(new Event('a'));
  const both = calls;
  t.removeEventListener('a', listener);
  t.dispatchEvent(new Event('a'));
  const captureOnly = calls - both;
  t.removeEventListener('a', listener, true);
  t.dispatchEvent(new Event('a'));
  const afterBareTrue = calls - both - captureOnly;
  t.removeEventListener('a', listener, { capture: 1 });
  t.dispatchEvent(new Event('a'));
  t.removeEventListener('a', listener, { capture: true });
  t.dispatchEvent(new Event('a'));
  return [both, captureOnly, afterBareTrue, calls];
});
check('capture does not reorder', () => {
  const t = new EventTarget();
  const out = [];
  t.addEventListener('a', () => out.push('bubble'));
  t.addEventListener('a', () => out.push('capture'), { capture: true });
  t.dispatchEvent(new Event('a'));
  return out.join(' ');
});
check('once', () => {
  const t = new EventTarget();
  let calls = 0;
  t.addEventListener('a', () => {
    calls++;
    t.dispatchEvent(new Event('a'));
  }, { once: 1 });
  t.dispatchEvent(new Event('a'));
  t.dispatchEvent(new Event('a'));
  return calls;
});
check('once removed first', () => {
  const t = new EventTarget();
  let calls = 0;
  const listener = () => calls++;
  t.addEventListener('a', listener, { once: true });
  t.removeEventListener('a', listener);
  t.dispatchEvent(new Event('a'));
  return calls;
});
check('type coercion', () => {
  const t = new EventTarget();
  const out = [];
  t.addEventListener(1, () => out.push('1'));
  t.addEventListener(null, () => out.push('null'));
  t.addEventListener(undefined, () => out.push('undefined'));
  t.addEventListener({ toString: () => 'obj' }, () => out.push('obj'));
  for (const type of [1, 'null', undefined, 'obj']) t.dispatchEvent(new Event(type));
  return out.join(' ');
});
check('stopImmediatePropagation', () => {
  const t = new EventTarget();
  const out = [];
  t.addEventListener('a', (e) => {
    out.push(1);
    e.stopImmediatePropagation();
  });
  t.addEventListener('a', () => out.push(2), { passive: true });
  t.addEventListener('a', () => out.push(3));
  const e = new Event('a');
  out.push(t.dispatchEvent(e), e.cancelBubble);
  t.dispatchEvent(e);
  return out.join(' ');
});
check('stopped before dispatch', () => {
  const t = new EventTarget();
  let calls = 0;
  t.addEventListener('a', () => calls++);
  const stopped = new Event('a');
  stopped.stopImmediatePropagation();
  t.dispatchEvent(stopped);
  const propagation = new Event('a');
  propagation.stopPropagation();
  t.dispatchEvent(propagation);
  const bubble = new Event('a');
  bubble.cancelBubble = true;
  bubble.cancelBubble = false;
  t.dispatchEvent(bubble);
  return [calls, stopped.cancelBubble, propagation.cancelBubble, bubble.cancelBubble];
});
check('stopPropagation in listener', () => {
  const t = new EventTarget();
  let calls = 0;
  t.addEventListener('a', (e) => {
    calls++;
    e.stopPropagation();
  });
  t.addEventListener('a', () => calls++);
  return [t.dispatchEvent(new Event('a')), calls];
});
check('preventDefault, not cancelable', () => {
  const t = new EventTarget();
  const e = new Event('a');
  t.addEventListener('a', (ev) => ev.preventDefault());
  return [t.dispatchEvent(e), e.defaultPrevented, e.returnValue];
});
check('preventDefault, cancelable', () => {
  const t = new EventTarget();
  const e = new Event('a', { cancelable: true });
  t.addEventListener('a', (ev) => ev.preventDefault());
  return [t.dispatchEvent(e), e.defaultPrevented, e.returnValue, t.dispatchEvent(e)];
});
check('preventDefault, passive', () => {
  const t = new EventTarget();
  const e = new Event('a', { cancelable: true });
  const seen = [];
  t.addEventListener('a', (ev) => {
    ev.preventDefault();
    seen.push(ev.defaultPrevented);
  }, { passive: true });
  t.addEventListener('a', (ev) => seen.push(ev.defaultPrevented));
  return [t.dispatchEvent(e), e.defaultPrevented, seen];
});
check('preventDefault outside dispatch', () => {
  const e = new Event('a', { cancelable: true });
  e.preventDefault();
  const t = new EventTarget();
  return [e.defaultPrevented, e.returnValue, t.dispatchEvent(e)];
});
check('initEvent', () => {
  const e = new Event('a', { cancelable: true });
  e.preventDefault();
  e.initEvent('b', 1);
  const first = [e.type, e.bubbles, e.cancelable, e.defaultPrevented];
  e.initEvent('c', false, true);
  return [first, e.type, e.bubbles, e.cancelable, e.defaultPrevented];
});
check('initEvent during dispatch', () => {
  const t = new EventTarget();
  const e = new Event('a');
  const seen = [];
  t.addEventListener('a', (ev) => {
    ev.initEvent('changed', true, true);
    seen.push(ev.type);
  });
  t.dispatchEvent(e);
  return [seen, e.type];
});
check('initEvent keeps stop flags', () => {
  const t = new EventTarget();
  let calls = 0;
  t.addEventListener('a', () => calls++);
  const e = new Event('a');
  e.stopImmediatePropagation();
  e.initEvent('a');
  t.dispatchEvent(e);
  return [calls, e.cancelBubble];
});
check('returnValue is read-only', () => {
  const e = new Event('a', { cancelable: true });
  e.returnValue = false;
  return [e.returnValue, e.defaultPrevented];
});

console.log('--- handleEvent objects');
check('handleEvent', () => {
  const t = new EventTarget();
  const out = [];
  const listener = {
    handleEvent(e) {
      out.push(['handled', this === listener, e.type, e.currentTarget === t]);
    },
  };
  t.addEventListener('a', listener);
  t.dispatchEvent(new Event('a'));
  listener.handleEvent = () => out.push('replaced');
  t.dispatchEvent(new Event('a'));
  t.removeEventListener('a', listener);
  t.dispatchEvent(new Event('a'));
  return out;
});
check('handleEvent added later', () => {
  const t = new EventTarget();
  const out = [];
  const listener = {};
  t.addEventListener('a', listener);
  t.dispatchEvent(new Event('a'));
  listener.handleEvent = () => out.push('late');
  t.dispatchEvent(new Event('a'));
  return out;
});
check('function with handleEvent', () => {
  const t = new EventTarget();
  const out = [];
  const listener = () => out.push('function');
  listener.handleEvent = () => out.push('handleEvent');
  t.addEventListener('a', listener);
  t.dispatchEvent(new Event('a'));
  return out;
});
check('handleEvent stops propagation', () => {
  const t = new EventTarget();
  const out = [];
  t.addEventListener('a', { handleEvent: (e) => e.stopImmediatePropagation() });
  t.addEventListener('a', () => out.push('not reached'));
  t.dispatchEvent(new Event('a'));
  return out;
});

console.log('--- signal option');
check('aborted signal', () => {
  const t = new EventTarget();
  let calls = 0;
  t.addEventListener('a', () => calls++, { signal: AbortSignal.abort() });
  t.dispatchEvent(new Event('a'));
  return calls;
});
check('abort removes', () => {
  const t = new EventTarget();
  const controller = new AbortController();
  const out = [];
  t.addEventListener('a', () => out.push('once'), { signal: controller.signal, once: true });
  t.addEventListener('a', () => out.push('plain'), { signal: controller.signal });
  t.addEventListener('a', () => out.push('capture'), { signal: controller.signal, capture: true });
  t.addEventListener('a', () => out.push('unrelated'));
  t.dispatchEvent(new Event('a'));
  controller.abort();
  t.dispatchEvent(new Event('a'));
  return out.join(' ');
});
check('abort removes an existing duplicate', () => {
  const t = new EventTarget();
  const controller = new AbortController();
  let calls = 0;
  const listener = () => calls++;
  t.addEventListener('a', listener);
  t.addEventListener('a', listener, { signal: controller.signal });
  controller.abort();
  t.dispatchEvent(new Event('a'));
  return calls;
});
check('stopImmediatePropagation does not stop removal', () => {
  const t = new EventTarget();
  const controller = new AbortController();
  const out = [];
  controller.signal.addEventListener('abort', (e) => {
    out.push('stopper');
    e.stopImmediatePropagation();
  });
  t.addEventListener('a', () => out.push('should be removed'), { signal: controller.signal });
  controller.signal.addEventListener('abort', () => out.push('stopped listener'));
  controller.abort();
  t.dispatchEvent(new Event('a'));
  return out.join(' ');
});
check('removal in listener order', () => {
  const t = new EventTarget();
  const controller = new AbortController();
  const out = [];
  controller.signal.addEventListener('abort', () => t.dispatchEvent(new Event('a')));
  t.addEventListener('a', () => out.push('still there'), { signal: controller.signal });
  controller.abort();
  t.dispatchEvent(new Event('a'));
  return out.join(' ');
});

console.log('--- inspect');
console.log(show(new Event('foo')));
console.log(show(new Event('foo', { cancelable: true })));
console.log(show(new CustomEvent('bar', { detail: 1 })));
console.log(show([new Event('foo')]));
console.log(show({ a: { b: { c: new Event('deep') } } }));
console.log(show(new Event('foo'), { depth: -1 }), show(new Event('foo'), { depth: 0 }));
console.log(show(new EventTarget()), show([new EventTarget()]), show({ a: { b: { c: new EventTarget() } } }));
console.log(show(new EventTarget(), { depth: -1 }));
const prevented = new Event('p');
prevented.preventDefault();
console.log(show(prevented));
class MyTarget extends EventTarget {}
class MyEvent extends Event {
  constructor() {
    super('mine');
    this.extra = 1;
  }
}
console.log(show(new MyTarget()), show(new MyEvent()));
check('subclass dispatch', () => {
  const t = new MyTarget();
  let got;
  t.addEventListener('mine', (e) => {
    got = [e.target === t, e instanceof MyEvent, e.extra];
  });
  t.dispatchEvent(new MyEvent());
  return got;
});
check('EventTarget static', () => [EventTarget[Symbol.for('nodejs.event_target')], MyTarget[Symbol.for('nodejs.event_target')]]);

console.log('--- errors in listeners and warnings');
process.on('warning', (warning) => {
  console.log('warning:', warning.name, warning.message, warning.type, warning.count, warning.target instanceof EventTarget);
});
const errorTarget = new EventTarget();
process.on('uncaughtException', (err, origin) => {
  console.log('uncaught:', origin, typeof err === 'object' ? err.message : err);
});
errorTarget.addEventListener('e', () => {
  console.log('listener 1 throws');
  throw new Error('thrown by listener');
});
errorTarget.addEventListener('e', () => {
  console.log('listener 2 rejects');
  return Promise.reject(new Error('rejected by listener'));
});
errorTarget.addEventListener('e', () => {
  console.log('listener 3 returns a thenable');
  return { then: (resolve, reject) => reject(new Error('thenable rejection')) };
});
errorTarget.addEventListener('e', {
  handleEvent() {
    console.log('handleEvent throws');
    throw new Error('thrown by handleEvent');
  },
});
errorTarget.addEventListener('e', () => {
  console.log('listener 5 throws a primitive');
  throw 'primitive';
});
errorTarget.addEventListener('e', () => console.log('listener 6 runs'));
process.nextTick(() => console.log('tick queued before dispatch'));
Promise.resolve().then(() => console.log('microtask queued before dispatch'));
console.log('dispatch returned', errorTarget.dispatchEvent(new Event('e')));
process.nextTick(() => console.log('tick queued after dispatch'));

errorTarget.addEventListener('w', null);
errorTarget.addEventListener('w', undefined, { once: true });
const crowded = new EventTarget();
for (let i = 0; i < 11; i++) crowded.addEventListener('many', () => {});
for (let i = 0; i < 11; i++) crowded.addEventListener('more', () => {});
const limited = new EventTarget();
events.setMaxListeners(2, limited);
console.log('max listeners', events.getMaxListeners(limited));
for (let i = 0; i < 3; i++) limited.addEventListener('few', () => {});
const unlimited = new EventTarget();
events.setMaxListeners(0, unlimited);
for (let i = 0; i < 20; i++) unlimited.addEventListener('lots', () => {});
const signalTarget = new AbortController().signal;
for (let i = 0; i < 11; i++) signalTarget.addEventListener('abort', () => {});
class Named extends EventTarget {}
const named = new Named();
for (let i = 0; i < 11; i++) named.addEventListener('x', () => {});
