// structuredClone(): what each kind of value clones to, shared references and cycles,
// what cannot be cloned (DataCloneError and V8's wording), argument errors, and
// transferring ArrayBuffers.
const util = require('util');

function check(label, fn) {
  try {
    console.log(label, '->', util.inspect(fn(), { depth: 4, breakLength: Infinity }));
  } catch (err) {
    console.log(label, '-> threw', err.name, err.code, err.message, err instanceof DOMException, Object.keys(err));
  }
}

const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'structuredClone');
console.log(typeof structuredClone, descriptor.enumerable, descriptor.writable, structuredClone.length, structuredClone.name);

console.log('--- arguments');
check('no arguments', () => structuredClone());
check('undefined', () => structuredClone(undefined));
check('options number', () => structuredClone(1, 1));
check('options boolean', () => structuredClone(1, true));
check('options null', () => structuredClone(1, null));
check('options function', () => structuredClone(1, () => {}));
check('transfer number', () => structuredClone(1, { transfer: 1 }));
check('transfer string', () => structuredClone(1, { transfer: 'ab' }));
check('transfer object', () => structuredClone(1, { transfer: {} }));
check('transfer null', () => structuredClone(1, { transfer: null }));
check('transfer function', () => structuredClone(1, { transfer: () => {} }));
check('transfer [{}]', () => structuredClone(1, { transfer: [{}] }));
check('transfer [1]', () => structuredClone(1, { transfer: [1] }));
check('transfer [null]', () => structuredClone(1, { transfer: [null] }));
check('transfer a view', () => structuredClone(1, { transfer: [new Uint8Array(1)] }));
check('transfer getter', () => structuredClone(1, {
  get transfer() {
    console.log('  transfer read');
    return [];
  },
}));
check('transfer getter throws', () => structuredClone(1, {
  get transfer() {
    throw new Error('from getter');
  },
}));

console.log('--- primitives and wrappers');
check('primitives', () => [null, true, 0, 1.5, NaN, Infinity, 's', 10n, 2n ** 70n].map((v) => structuredClone(v)));
check('-0', () => [Object.is(structuredClone(-0), -0), Object.is(structuredClone(new Number(-0)).valueOf(), -0)]);
check('wrappers', () => [structuredClone(new Boolean(false)), structuredClone(new Number(2)), structuredClone(new String('ab')), structuredClone(Object(3n))]);
check('wrapper properties dropped', () => {
  const s = new String('ab');
  s.extra = 1;
  const clone = structuredClone(s);
  return [clone, clone.extra, clone.length, clone instanceof String];
});

console.log('--- Date and RegExp');
check('date', () => {
  const d = new Date(86400000);
  d.extra = 1;
  const clone = structuredClone(d);
  return [clone, clone !== d, clone.extra, clone instanceof Date];
});
check('invalid date', () => String(structuredClone(new Date(NaN))));
check('regexp', () => {
  const r = /ab+c/gimsuy;
  r.lastIndex = 3;
  r.extra = 1;
  const clone = structuredClone(r);
  return [clone, clone.lastIndex, clone.flags, clone.source, clone.extra, clone !== r];
});
check('regexp flags d and v', () => [structuredClone(/a/d).flags, structuredClone(/[a]/v).flags]);
check('regexp subclass', () => {
  class Sub extends RegExp {}
  return structuredClone(new Sub('x', 'g')).constructor.name;
});

console.log('--- objects and arrays');
check('plain object', () => structuredClone({ a: 1, b: 'two', c: [3], d: { e: null, f: undefined } }));
check('key order', () => Object.keys(structuredClone({ b: 1, a: 2, 1: 3, 0: 4 })));
check('class instance', () => {
  class Point {
    constructor() {
      this.x = 1;
    }

    get y() {
      return 2;
    }
  }
  const p = new Point();
  Object.defineProperty(p, 'hidden', { value: 1, enumerable: false });
  p[Symbol('s')] = 1;
  const clone = structuredClone(p);
  return [clone, Object.getPrototypeOf(clone) === Object.prototype];
});
check('null prototype', () => {
  const o = Object.create(null);
  o.a = 1;
  const clone = structuredClone(o);
  return [clone, Object.getPrototypeOf(clone) === Object.prototype];
});
check('own __proto__ key', () => {
  const clone = structuredClone(JSON.parse('{"__proto__": {"polluted": true}}'));
  return [Object.keys(clone), Object.getPrototypeOf(clone) === Object.prototype, {}.polluted];
});
check('getters run once, values kept', () => {
  let calls = 0;
  const clone = structuredClone({
    get g() {
      calls++;
      return 5;
    },
  });
  return [clone, calls, Object.getOwnPropertyDescriptor(clone, 'g')];
});
check('getter throws', () => structuredClone({
  get g() {
    throw new Error('from a getter');
  },
}));
check('deleted while cloning', () => structuredClone({
  get a() {
    delete this.b;
    return 1;
  },
  b: 2,
  c: 3,
}));
check('added while cloning', () => structuredClone({
  get a() {
    this.z = 9;
    return 1;
  },
  b: 2,
}));
check('symbol keys and hidden functions ignored', () => {
  const o = { [Symbol('f')]: () => {} };
  Object.defineProperty(o, 'f', { value: () => {}, enumerable: false });
  return structuredClone(o);
});
check('array holes and properties', () => {
  const a = [1, , 3];
  a.length = 5;
  a.prop = 'p';
  a[-1] = 'negative';
  const clone = structuredClone(a);
  return [clone, clone.length, 1 in clone, Object.keys(clone)];
});
check('sparse array', () => {
  const a = [];
  a[1000] = 'x';
  const clone = structuredClone(a);
  return [clone.length, Object.keys(clone)];
});
check('array subclass', () => {
  class List extends Array {}
  const clone = structuredClone(List.from([1, 2]));
  return [clone, clone.constructor.name];
});
check('array shrunk while cloning', () => {
  const a = [1, 2, 3];
  Object.defineProperty(a, 0, {
    get() {
      a.length = 1;
      return 9;
    },
    enumerable: true,
  });
  return structuredClone(a);
});
check('Math and JSON', () => [structuredClone(Math), structuredClone(JSON)]);
check('deep nesting', () => {
  const root = {};
  let node = root;
  for (let i = 0; i < 500; i++) {
    node.next = {};
    node = node.next;
  }
  let depth = 0;
  for (let n = structuredClone(root); n.next; n = n.next) depth++;
  return depth;
});

console.log('--- Map and Set');
check('map', () => {
  const key = { k: 1 };
  const m = new Map([[key, 'object key'], ['s', new Set([1])], [NaN, -0]]);
  m.extra = 1;
  const clone = structuredClone(m);
  return [clone, clone.extra, [...clone.keys()][0] !== key];
});
check('set', () => structuredClone(new Set([1, 'a', { b: 2 }, [3]])));
check('subclasses', () => {
  class MyMap extends Map {}
  class MySet extends Set {}
  return [structuredClone(new MyMap([[1, 2]])).constructor.name, structuredClone(new MySet([1])).constructor.name];
});
check('map entries added while cloning', () => {
  const m = new Map();
  m.set('a', {
    get x() {
      m.set('late', 1);
      return 1;
    },
  });
  return structuredClone(m);
});

console.log('--- shared references and cycles');
check('cycle', () => {
  const o = { name: 'o' };
  o.self = o;
  o.list = [o];
  const clone = structuredClone(o);
  return [clone !== o, clone.self === clone, clone.list[0] === clone];
});
check('shared', () => {
  const shared = { v: 1 };
  const clone = structuredClone({ a: shared, b: shared, m: new Map([[shared, shared]]), s: new Set([shared]) });
  return [clone.a === clone.b, clone.m.get(clone.a) === clone.a, clone.s.has(clone.a)];
});
check('map and set cycles', () => {
  const m = new Map();
  m.set(m, m);
  const s = new Set();
  s.add(s);
  const cm = structuredClone(m);
  const cs = structuredClone(s);
  return [cm.get(cm) === cm, cs.has(cs)];
});

console.log('--- binary data');
check('ArrayBuffer', () => {
  const ab = new ArrayBuffer(4);
  new Uint8Array(ab).set([1, 2, 3, 4]);
  ab.extra = 1;
  const clone = structuredClone(ab);
  new Uint8Array(ab)[0] = 99;
  return [clone, clone.extra, clone !== ab];
});
check('resizable ArrayBuffer', () => {
  const ab = new ArrayBuffer(4, { maxByteLength: 16 });
  const clone = structuredClone(ab);
  return [clone.resizable, clone.maxByteLength, clone.byteLength];
});
check('length-tracking view', () => {
  const ab = new ArrayBuffer(4, { maxByteLength: 16 });
  const clone = structuredClone(new Uint8Array(ab));
  clone.buffer.resize(8);
  return clone.length;
});
check('views share their cloned buffer', () => {
  const ab = new ArrayBuffer(16);
  const u8 = new Uint8Array(ab, 2, 4);
  const f32 = new Float32Array(ab, 4, 2);
  const dv = new DataView(ab, 1, 3);
  u8[0] = 7;
  const clone = structuredClone({ u8, f32, dv, ab });
  return [clone.u8.buffer === clone.f32.buffer, clone.dv.buffer === clone.ab, clone.u8.byteOffset, clone.u8.length,
    clone.f32.byteOffset, clone.f32.length, clone.dv.byteOffset, clone.dv.byteLength, clone.ab.byteLength, clone.u8];
});
check('typed array types', () => [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, BigInt64Array, BigUint64Array].map((Type) => {
  const clone = structuredClone(new Type([1, 2].map((n) => (Type.name.startsWith('Big') ? BigInt(n) : n))));
  return `${clone.constructor.name}:${clone.join()}`;
}));
check('subarray keeps the whole buffer', () => {
  const view = new Uint8Array([1, 2, 3, 4]).subarray(1, 3);
  const clone = structuredClone(view);
  return [clone, clone.buffer.byteLength, clone.byteOffset];
});
check('typed array subclass and properties', () => {
  class Bytes extends Uint8Array {}
  const bytes = new Bytes(2);
  bytes.extra = 1;
  const clone = structuredClone(bytes);
  return [clone.constructor.name, clone.extra];
});
check('Buffer', () => structuredClone(Buffer.from('hi')));
check('SharedArrayBuffer', () => {
  const shared = new SharedArrayBuffer(4);
  const clone = structuredClone(shared);
  new Uint8Array(shared)[0] = 3;
  return new Uint8Array(clone)[0];
});

console.log('--- errors');
check('error', () => {
  const err = new RangeError('bad', { cause: 'c' });
  err.extra = 1;
  const clone = structuredClone(err);
  return [clone.constructor.name, clone.name, clone.message, clone.cause, clone.extra, clone.stack === err.stack,
    Object.getOwnPropertyNames(clone), Object.getOwnPropertyDescriptor(clone, 'message'), clone instanceof RangeError];
});
check('error types', () => [Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError]
  .map((Type) => structuredClone(new Type('m')).constructor.name));
check('AggregateError', () => {
  const clone = structuredClone(new AggregateError([1], 'agg'));
  return [clone.constructor.name, clone.name, clone.message, clone.errors];
});
check('subclass', () => {
  class MyError extends Error {
    constructor(message) {
      super(message);
      this.name = 'MyError';
    }
  }
  const clone = structuredClone(new MyError('x'));
  return [clone.constructor.name, clone.name, clone.message, Object.hasOwn(clone, 'name')];
});
check('name decides the type', () => {
  const renamed = new Error('x');
  renamed.name = 'TypeError';
  const coerced = new Error('x');
  coerced.name = { toString: () => 'SyntaxError' };
  const unknown = new TypeError('x');
  unknown.name = 'Custom';
  const reprototyped = new TypeError('x');
  Object.setPrototypeOf(reprototyped, RangeError.prototype);
  return [renamed, coerced, unknown, reprototyped].map((err) => structuredClone(err).constructor.name);
});
check('no message', () => {
  const clone = structuredClone(new Error());
  return [Object.hasOwn(clone, 'message'), clone.message];
});
check('message coerced', () => {
  const err = new Error();
  err.message = 5;
  return structuredClone(err).message;
});
check('message getter ignored', () => {
  const err = new Error('x');
  Object.defineProperty(err, 'message', { get: () => 'from getter' });
  return structuredClone(err).message;
});
check('cause undefined', () => {
  const clone = structuredClone(new Error('x', { cause: undefined }));
  return [Object.hasOwn(clone, 'cause'), clone.cause];
});
check('cause shared', () => {
  const inner = { a: 1 };
  const clone = structuredClone({ err: new Error('x', { cause: inner }), inner });
  return clone.err.cause === clone.inner;
});
check('cause is another error', () => {
  const first = new Error('1');
  const clone = structuredClone([first, new Error('2', { cause: first })]);
  return clone[1].cause === clone[0];
});
check('cause getter ignored', () => {
  const err = new Error('x');
  Object.defineProperty(err, 'cause', { get: () => 1 });
  return Object.hasOwn(structuredClone(err), 'cause');
});
check('cause cannot be cloned', () => structuredClone(new Error('x', { cause: { f() {} } })));
check('stack', () => {
  const custom = new Error('x');
  custom.stack = 'custom stack';
  const number = new Error('x');
  number.stack = 5;
  const getter = new Error('x');
  Object.defineProperty(getter, 'stack', { get: () => 'from getter' });
  return [custom, number, getter].map((err) => {
    const clone = structuredClone(err);
    return [Object.hasOwn(clone, 'stack'), clone.stack];
  });
});
check('error that is its own cause', () => {
  const err = new Error('x');
  err.cause = err;
  return structuredClone(err);
});
check('errors causing each other', () => {
  const first = new Error('1');
  const second = new Error('2', { cause: first });
  first.cause = second;
  return structuredClone(first);
});
check('cause leading back to an object', () => {
  const holder = {};
  holder.err = new Error('x', { cause: holder });
  const clone = structuredClone(holder);
  return clone.err.cause === clone;
});
check('cause cycle, then something uncloneable', () => {
  const err = new Error('x');
  err.cause = err;
  return structuredClone({ err, f: Symbol('later') });
});
check('looks like an error', () => {
  const fake = Object.create(Error.prototype);
  fake.message = 'm';
  const clone = structuredClone(fake);
  return [clone, clone.constructor.name];
});
check('DOMException', () => structuredClone(new DOMException('m', 'AbortError')));

console.log('--- Blob');
check('blob', () => {
  const blob = new Blob(['abc'], { type: 'text/plain' });
  const clone = structuredClone(blob);
  return [clone, clone !== blob, clone instanceof Blob];
});
check('blob contents', () => {
  const clone = structuredClone({ blob: new Blob(['hello']) });
  clone.blob.text().then((text) => console.log('  blob text:', text));
  return clone.blob.size;
});

console.log('--- web platform objects');
check('EventTarget', () => structuredClone(new EventTarget()));
check('Event', () => structuredClone(new Event('x')));
check('AbortSignal', () => structuredClone(new AbortController().signal));

console.log('--- cannot be cloned');
const refused = [
  ['arrow function', () => {}],
  ['named function', function named() {
    return 1;
  }],
  ['class', class Thing {}],
  ['method', { m() {} }.m],
  ['async function', async () => {}],
  ['generator function', function* gen() {}],
  ['symbol', Symbol('description')],
  ['symbol without description', Symbol()],
  ['symbol object', Object(Symbol('boxed'))],
  ['nested function', { a: { b: [1, function inner() {}] } }],
  ['map value', new Map([[1, () => {}]])],
  ['object with toJSON', { toJSON() {} }],
  ['WeakMap', new WeakMap()],
  ['WeakSet', new WeakSet()],
  ['WeakRef', new WeakRef({})],
  ['FinalizationRegistry', new FinalizationRegistry(() => {})],
  ['Promise', Promise.resolve()],
  ['Promise subclass', new (class Later extends Promise {})(() => {})],
  ['WeakMap subclass', new (class Cache extends WeakMap {})()],
  ['WeakMap without prototype', Object.setPrototypeOf(new WeakMap(), null)],
  ['WeakMap with own toString', Object.assign(new WeakMap(), { toString: () => 'x' })],
  ['Proxy', new Proxy({ a: 1 }, {})],
  ['generator', (function* gen() {})()],
  ['async generator', (async function* gen() {})()],
  ['arguments', (function () {
    return arguments;
  })(1, 2)],
  ['globalThis', globalThis],
  ['class holding a promise', new (class Holder {
    constructor() {
      this.p = Promise.resolve();
    }
  })()],
];
for (const [label, value] of refused) check(label, () => structuredClone(value));
check('properties before the failure are read', () => {
  let reads = 0;
  try {
    structuredClone({
      get a() {
        reads++;
        return 1;
      },
      b: () => {},
      get c() {
        reads += 10;
        return 1;
      },
    });
  } catch {
    // The failure itself is shown above; only the reads matter here.
  }
  return reads;
});

console.log('--- transfer');
check('transfer an ArrayBuffer', () => {
  const ab = new ArrayBuffer(8);
  new Uint8Array(ab)[0] = 7;
  const clone = structuredClone(ab, { transfer: [ab] });
  return [ab.byteLength, clone.byteLength, new Uint8Array(clone)[0]];
});
check('transfer with views', () => {
  const ab = new ArrayBuffer(8);
  const view = new Int16Array(ab, 2, 2);
  view[0] = -5;
  const clone = structuredClone({ view, ab }, { transfer: [ab] });
  return [clone.view, clone.view.buffer === clone.ab, clone.view.byteOffset, ab.byteLength, view.length];
});
check('transfer something not cloned', () => {
  const ab = new ArrayBuffer(4);
  return [structuredClone(5, { transfer: [ab] }), ab.byteLength];
});
check('transfer from a Set', () => {
  const ab = new ArrayBuffer(4);
  structuredClone(ab, { transfer: new Set([ab]) });
  return ab.byteLength;
});
check('transfer from a generator', () => {
  const ab = new ArrayBuffer(4);
  const buffers = (function* generate() {
    yield ab;
  })();
  structuredClone(ab, { transfer: buffers });
  return ab.byteLength;
});
check('transfer from an iterable object', () => {
  const ab = new ArrayBuffer(4);
  structuredClone(ab, {
    transfer: {
      * [Symbol.iterator]() {
        yield ab;
      },
    },
  });
  return ab.byteLength;
});
check('array-like is not iterable', () => {
  const ab = new ArrayBuffer(4);
  structuredClone(ab, { transfer: { length: 1, 0: ab } });
  return ab.byteLength;
});
check('resizable transfer', () => {
  const ab = new ArrayBuffer(4, { maxByteLength: 8 });
  const clone = structuredClone(ab, { transfer: [ab] });
  return [clone.resizable, clone.maxByteLength, ab.byteLength];
});
check('duplicate', () => {
  const ab = new ArrayBuffer(4);
  return structuredClone(ab, { transfer: [ab, ab] });
});
check('duplicate before an invalid entry', () => {
  const ab = new ArrayBuffer(4);
  return structuredClone(ab, { transfer: [ab, ab, 1] });
});
check('invalid entry after a buffer', () => {
  const ab = new ArrayBuffer(4);
  try {
    structuredClone(ab, { transfer: [ab, 1] });
  } catch (err) {
    return [err.message, ab.byteLength];
  }
  return 'no error';
});
check('nothing detached when cloning fails', () => {
  const ab = new ArrayBuffer(4);
  try {
    structuredClone({ ab, f() {} }, { transfer: [ab] });
  } catch (err) {
    return [err.message, ab.byteLength];
  }
  return 'no error';
});
check('detached when reading back fails', () => {
  const ab = new ArrayBuffer(4);
  const err = new Error('x');
  err.cause = err;
  try {
    structuredClone(err, { transfer: [ab] });
  } catch (failure) {
    return [failure.message, ab.byteLength];
  }
  return 'no error';
});
const detached = new ArrayBuffer(4);
structuredClone(detached, { transfer: [detached] });
check('transfer a detached buffer again', () => structuredClone(1, { transfer: [detached] }));
check('detached twice', () => structuredClone(1, { transfer: [detached, detached] }));
check('clone a detached buffer', () => structuredClone(detached));
check('clone a view of a detached buffer', () => {
  const ab = new ArrayBuffer(4);
  const view = new Uint8Array(ab);
  structuredClone(ab, { transfer: [ab] });
  return structuredClone(view);
});
check('transfer a SharedArrayBuffer', () => {
  const shared = new SharedArrayBuffer(4);
  return structuredClone(shared, { transfer: [shared] });
});
