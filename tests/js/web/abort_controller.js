// AbortController and AbortSignal: abort(), reasons, the 'abort' event and onabort,
// AbortSignal.abort/timeout/any, validation errors, inspect output, and the
// DOMException reasons they use.
const util = require('util');

function check(label, fn) {
  try {
    console.log(label, '->', util.inspect(fn(), { depth: 3, breakLength: Infinity }));
  } catch (err) {
    console.log(label, '-> threw', typeof err === 'object' && err !== null ? [err.name, err.code, err.message] : err);
  }
}

function reasonOf(signal) {
  const { reason } = signal;
  if (!(reason instanceof DOMException)) return reason;
  return [reason.constructor.name, reason.name, reason.message, reason.code];
}

console.log('--- globals');
for (const name of ['AbortController', 'AbortSignal', 'DOMException']) {
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, typeof globalThis[name], descriptor.enumerable, globalThis[name].length);
}
console.log(Object.getOwnPropertyNames(AbortSignal), Object.getOwnPropertyNames(AbortSignal.prototype), Object.keys(AbortSignal.prototype));
console.log(Object.getOwnPropertyNames(AbortController.prototype), Object.keys(AbortController.prototype));
console.log(Object.getPrototypeOf(AbortSignal) === EventTarget, new AbortController().signal instanceof EventTarget);
console.log(Object.prototype.toString.call(new AbortController()), Object.prototype.toString.call(new AbortController().signal));
console.log(AbortSignal.abort.length, AbortSignal.timeout.length, AbortSignal.any.length, AbortController.prototype.abort.length);
console.log(Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'onabort').get.name, Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'onabort').set.name);

console.log('--- invalid use');
check('new AbortSignal()', () => new AbortSignal());
for (const name of ['aborted', 'reason']) {
  check(`get ${name}`, () => Object.getOwnPropertyDescriptor(AbortSignal.prototype, name).get.call({}));
  check(`get ${name} on EventTarget`, () => Object.getOwnPropertyDescriptor(AbortSignal.prototype, name).get.call(new EventTarget()));
}
check('throwIfAborted', () => AbortSignal.prototype.throwIfAborted.call({}));
check('get onabort', () => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'onabort').get.call({}));
check('set onabort', () => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'onabort').set.call({}, null));

console.log('--- AbortController');
check('fresh', () => {
  const controller = new AbortController();
  const { signal } = controller;
  return [signal === controller.signal, signal.aborted, signal.reason, signal.onabort, signal.throwIfAborted()];
});
check('abort', () => {
  const controller = new AbortController();
  const { signal } = controller;
  const out = [];
  signal.addEventListener('abort', function (event) {
    out.push(['listener', event.type, event.isTrusted, this === signal, event.target === signal, event.eventPhase,
      event.cancelable, event.bubbles, event.constructor.name, signal.aborted, reasonOf(signal)]);
  });
  signal.onabort = (event) => out.push(['onabort', event.type, event.isTrusted]);
  signal.addEventListener('abort', () => out.push('third'));
  out.push(['onabort is', typeof signal.onabort]);
  out.push(['abort returns', controller.abort()]);
  controller.abort('second');
  out.push(['after second abort', reasonOf(signal)]);
  return out;
});
check('default reason', () => {
  const controller = new AbortController();
  controller.abort();
  const { reason } = controller.signal;
  return [reason instanceof DOMException, reason instanceof Error, reason.name, reason.message, reason.code,
    Object.prototype.toString.call(reason), String(reason)];
});
check('abort(undefined)', () => {
  const controller = new AbortController();
  controller.abort(undefined);
  return reasonOf(controller.signal);
});
check('abort(null)', () => {
  const controller = new AbortController();
  controller.abort(null);
  return reasonOf(controller.signal);
});
check('abort(reason object)', () => {
  const controller = new AbortController();
  const reason = { why: 'because' };
  controller.abort(reason);
  return [controller.signal.reason === reason, controller.signal.aborted];
});
check('abort before signal is read', () => {
  const controller = new AbortController();
  controller.abort('early');
  return [controller.signal.aborted, controller.signal.reason];
});
check('throwIfAborted', () => {
  const controller = new AbortController();
  controller.abort(new RangeError('custom'));
  controller.signal.throwIfAborted();
});
check('throwIfAborted with a primitive', () => {
  const controller = new AbortController();
  controller.abort(0);
  controller.signal.throwIfAborted();
});
check('abort inside an abort listener', () => {
  const controller = new AbortController();
  const out = [];
  controller.signal.addEventListener('abort', () => {
    out.push(['in listener', controller.signal.aborted]);
    controller.abort('again');
    out.push(['reason still', reasonOf(controller.signal)]);
  });
  controller.abort('first');
  return out;
});
check('dispatching an abort event', () => {
  const { signal } = new AbortController();
  const out = [];
  signal.onabort = (event) => out.push(['onabort', event.isTrusted]);
  signal.dispatchEvent(new Event('abort'));
  return [out, signal.aborted];
});
check('onabort values', () => {
  const { signal } = new AbortController();
  const out = [];
  signal.onabort = 5;
  out.push(signal.onabort);
  signal.onabort = 'text';
  out.push(signal.onabort);
  signal.onabort = { handleEvent() {} };
  out.push(typeof signal.onabort);
  signal.onabort = null;
  out.push(signal.onabort);
  return out;
});
check('onabort keeps its place', () => {
  const controller = new AbortController();
  const { signal } = controller;
  const out = [];
  signal.addEventListener('abort', () => out.push('first'));
  signal.onabort = () => out.push('onabort');
  signal.addEventListener('abort', () => out.push('third'));
  signal.onabort = null;
  signal.onabort = function () {
    out.push(['onabort again', this === signal]);
  };
  controller.abort();
  return out;
});
check('listener after abort', () => {
  const controller = new AbortController();
  controller.abort();
  let calls = 0;
  controller.signal.addEventListener('abort', () => calls++);
  controller.abort();
  return calls;
});

console.log('--- AbortSignal.abort');
check('AbortSignal.abort()', () => [AbortSignal.abort().aborted, reasonOf(AbortSignal.abort())]);
check('AbortSignal.abort(reason)', () => reasonOf(AbortSignal.abort('why')));
check('AbortSignal.abort(undefined)', () => reasonOf(AbortSignal.abort(undefined)));
check('AbortSignal.abort() is new each time', () => AbortSignal.abort() === AbortSignal.abort());

console.log('--- AbortSignal.timeout');
for (const delay of [undefined, '10', -1, 1.5, NaN, 2 ** 32, 10n]) {
  check(`timeout(${typeof delay === 'bigint' ? `${delay}n` : delay})`, () => AbortSignal.timeout(delay));
}
check('timeout(2 ** 32 - 1)', () => AbortSignal.timeout(2 ** 32 - 1).aborted);
// A long timeout does not keep the process alive: the fixture ends well before it.
AbortSignal.timeout(60 * 60 * 1000).addEventListener('abort', () => console.log('never'));

console.log('--- AbortSignal.any');
check('any()', () => AbortSignal.any());
check('any(string)', () => AbortSignal.any('signals'));
check('any(Set)', () => AbortSignal.any(new Set()));
check('any([1])', () => AbortSignal.any([1]));
check('any([signal, {}])', () => AbortSignal.any([new AbortController().signal, {}]));
check('any([EventTarget])', () => AbortSignal.any([new EventTarget()]));
check('any([])', () => [AbortSignal.any([]).aborted, AbortSignal.any([]).reason]);
check('any(aborted)', () => reasonOf(AbortSignal.any([new AbortController().signal, AbortSignal.abort('one'), AbortSignal.abort('two')])));
check('any(aborted look-alike)', () => reasonOf(AbortSignal.any([{ aborted: true, reason: 'look-alike' }])));
check('any(pending look-alike)', () => AbortSignal.any([{ aborted: false }]).aborted);
check('any follows', () => {
  const first = new AbortController();
  const second = new AbortController();
  const any = AbortSignal.any([first.signal, second.signal]);
  const anyOfAny = AbortSignal.any([any]);
  const out = [];
  second.signal.addEventListener('abort', () => out.push(['source event', any.aborted, anyOfAny.aborted]));
  any.addEventListener('abort', (event) => out.push(['any event', any.reason, anyOfAny.aborted, event.isTrusted]));
  anyOfAny.onabort = () => out.push(['anyOfAny event', anyOfAny.reason]);
  second.abort('second');
  first.abort('first');
  out.push([any.reason, anyOfAny.reason, first.signal.reason]);
  return out;
});
check('any of a composite', () => {
  const source = new AbortController();
  const middle = AbortSignal.any([source.signal]);
  const outer = AbortSignal.any([middle, middle]);
  source.abort('from source');
  return [middle.reason, outer.reason];
});
check('any keeps listening after one source aborts', () => {
  const first = new AbortController();
  const second = new AbortController();
  const any = AbortSignal.any([first.signal, second.signal]);
  first.abort('1');
  second.abort('2');
  return any.reason;
});

console.log('--- inspect');
const controller = new AbortController();
console.log(controller, [controller], { a: { b: controller } });
console.log(util.inspect(controller, { depth: 0 }), util.inspect(controller, { depth: -1 }));
console.log(controller.signal, util.inspect(controller.signal, { depth: -1 }), util.inspect({ a: { b: { c: controller.signal } } }));
controller.abort();
console.log(controller.signal, AbortSignal.abort(), AbortSignal.any([]));

console.log('--- DOMException');
const descriptors = Object.getOwnPropertyDescriptors(DOMException.prototype);
console.log(Object.keys(descriptors).slice(0, 6), descriptors.name.enumerable, typeof descriptors.name.get, descriptors.ABORT_ERR);
console.log(DOMException.INDEX_SIZE_ERR, DOMException.DATA_CLONE_ERR, DOMException.prototype.TIMEOUT_ERR, Object.getPrototypeOf(DOMException.prototype) === Error.prototype);
for (const name of ['AbortError', 'TimeoutError', 'DataCloneError', 'SyntaxError', 'NotFoundError', 'ValidationError', 'Custom', 'Error']) {
  const err = new DOMException('message', name);
  console.log(name, err.code, err.name, err.message, err instanceof Error, err.stack.split('\n')[0]);
}
check('no arguments', () => {
  const err = new DOMException();
  return [err.name, err.message, err.code, Object.keys(err), Object.getOwnPropertyNames(err)];
});
check('options bag', () => {
  const err = new DOMException('m', { name: 'TimeoutError', cause: 'why' });
  return [err.name, err.code, err.cause, Object.getOwnPropertyDescriptor(err, 'cause')];
});
check('options bag without name', () => [new DOMException('m', {}).name, 'cause' in new DOMException('m', {})]);
check('options null', () => new DOMException('m', null).name);
check('coerced', () => {
  const err = new DOMException({ toString: () => 'text' }, 5);
  return [err.message, err.name];
});
check('getter on other', () => Object.getOwnPropertyDescriptor(DOMException.prototype, 'code').get.call({}));
check('subclass', () => {
  class Sub extends DOMException {
    constructor() {
      super('sub message', 'NotFoundError');
    }
  }
  const err = new Sub();
  return [err.name, err.code, err instanceof DOMException, err.stack.split('\n')[0]];
});
check('inspected', () => [new DOMException('m', 'AbortError'), new DOMException('m'), new DOMException('m', 'NotAnError'),
  new DOMException('m', { name: 'TimeoutError', cause: 'why' })].map((err) => util.inspect(err).split('\n')[0]));
check('toString and JSON', () => {
  const err = new DOMException('msg', 'AbortError');
  err.extra = 1;
  return [err.toString(), JSON.stringify(err), Object.keys(err)];
});

console.log('--- errors thrown by abort listeners');
process.on('uncaughtException', (err) => console.log('uncaught:', err.message));
const throwing = new AbortController();
throwing.signal.addEventListener('abort', () => {
  throw new Error('listener failed');
});
throwing.signal.addEventListener('abort', () => console.log('next listener still runs'));
throwing.abort();
console.log('abort returned');

const timed = AbortSignal.timeout(5);
const keepAlive = setTimeout(() => console.log('timeout signal never fired'), 10000);
timed.addEventListener('abort', (event) => {
  clearTimeout(keepAlive);
  console.log('timeout fired', event.isTrusted, timed.aborted, reasonOf(timed));
  const dependent = AbortSignal.any([AbortSignal.timeout(1), new AbortController().signal]);
  const keepAliveAgain = setTimeout(() => console.log('dependent never fired'), 10000);
  dependent.onabort = () => {
    clearTimeout(keepAliveAgain);
    console.log('dependent of a timeout fired', reasonOf(dependent));
  };
});
