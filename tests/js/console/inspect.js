class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}
class Empty {}
const values = [
  1, -0, 1.5, NaN, Infinity, 12345678901234567890n, 'str', "it's", 'both \' and "', true, null, undefined, Symbol('s'),
  [], [1, 2, 3], [1, , 3], new Array(5), { a: 1, 'b-c': 2, [Symbol('k')]: 3 }, {},
  new Point(1, 2), new Empty(), Object.create(null), { nested: { deeper: { deepest: { gone: 1 } } } },
  function named() {}, () => {}, async function asyncFn() {}, function* gen() {}, class Foo {}, class Bar extends Point {},
  new Map([['a', 1], [{ k: 1 }, [2]]]), new Set(['x', 'y']), new Map(), new Set(),
  new Date(0), new Date(NaN), /re+gex/gi, new Error('err message').message,
  Promise.resolve(5), Promise.reject(new Error('no')).catch(() => {}) && 'x', new Promise(() => {}),
  new WeakMap(), new Uint8Array([1, 2, 3]), new Float64Array(2), new ArrayBuffer(3),
  [new Point(1, 2), { x: [1, 2, [3, [4]]] }], { f() {}, get g() { return 1; }, set h(v) {}, get both() { return 1; }, set both(v) {} },
  Array.from({ length: 30 }, (_, i) => i * 100), Array.from({ length: 120 }, (_, i) => i),
  Array.from({ length: 10 }, (_, i) => `item number ${i}`),
  { longString: 'x'.repeat(200) },
  'line one\nline two', { multi: 'a\nb' }, [undefined, null], { u: undefined },
  new Number(3), new String('boxed'), new Boolean(false), Object(Symbol('boxed')),
  Object.assign(() => {}, { prop: 1 }), { __proto__: { inherited: 1 }, own: 2 },
  { [Symbol.toStringTag]: 'Tagged', v: 1 }, process.nextTick.name,
];
for (const value of values) console.log(value);
const circular = { name: 'root', child: { parent: null } };
circular.child.parent = circular;
circular.self = circular;
console.log(circular);
const arr = [1];
arr.push(arr);
console.log(arr);
const wide = {};
for (let i = 0; i < 30; i++) wide[`key${i}`] = i;
console.log(wide);
console.log({ a: { b: { c: {} } } }, { a: [{ b: { c: 1 } }] });
console.log([[1, [2, [3, [4, [5]]]]]]);
console.log(require('util').inspect({ a: { b: { c: { d: 1 } } } }, { depth: 0 }), require('util').inspect('str'));
console.log(require('util').inspect({ b: 2, a: 1, c: [3, 2] }, { sorted: true, compact: false, breakLength: 40 }));
console.log(require('util').inspect(new Map([[1, { a: 1 }]]), { showHidden: false, depth: null }));
const custom = { [require('util').inspect.custom](depth, options) { return `Custom<${depth},${typeof options.stylize}>`; } };
console.log(custom, [custom]);
