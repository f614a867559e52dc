const { isDeepStrictEqual } = require('util');
const circularA = { a: 1 };
circularA.self = circularA;
const circularB = { a: 1 };
circularB.self = circularB;
const cases = [
  [1, 1], [1, '1'], [NaN, NaN], [0, -0], [[1, [2]], [1, [2]]], [[1, , 3], [1, undefined, 3]], [{ a: 1 }, { a: 1, b: undefined }],
  [new Set([{ x: 1 }, 2]), new Set([2, { x: 1 }])], [new Map([['k', [1]]]), new Map([['k', [1]]])], [new Map([['k', 1]]), new Map([['k', 2]])],
  [Buffer.from('ab'), Buffer.from('ab')], [new Uint8Array([1]), new Int8Array([1])], [new Date(1), new Date(1)], [/a/g, /a/g],
  [new Error('x'), new Error('x')], [new TypeError('x'), new Error('x')], [circularA, circularB], [Object.create(null), {}],
  [{ [Symbol.for('s')]: 1 }, { [Symbol.for('s')]: 1 }], [{ [Symbol.for('s')]: 1 }, {}], [new Number(1), new Number(1)], [new String('a'), 'a'],
  [[1, 2], { 0: 1, 1: 2, length: 2 }], [() => {}, () => {}],
];
for (const [a, b] of cases) console.log(isDeepStrictEqual(a, b));
