const assert = require('assert');
const tries = [
  () => assert.strictEqual(1, 2),
  () => assert.strictEqual('a\nb', 'a\nc'),
  () => assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 2, b: [1, 2] }),
  () => assert.deepStrictEqual([1, 2, 3], [1, 2, 4]),
  () => assert.equal(1, 2),
  () => assert.notStrictEqual(1, 1),
  () => assert.deepEqual({ a: 1 }, { a: 2 }),
  () => assert.ok(0),
  () => assert(false, 'custom message'),
  () => assert.throws(() => {}),
  () => assert.throws(() => { throw new Error('x') }, /y/),
  () => assert.doesNotThrow(() => { throw new Error('boom') }),
  () => assert.match('abc', /x/),
  () => assert.fail(),
  () => assert.fail('failed here'),
  () => assert.ifError(new Error('if error')),
  () => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }),
  () => assert.strictEqual({ a: 1 }, { a: 1 }),
  () => assert.throws(() => { throw new TypeError('t') }, RangeError),
  () => assert.throws(() => { throw new Error('msg') }, { message: 'other' }),
];
for (const t of tries) {
  try { t(); console.log('passed'); } catch (e) { console.log('---', e.name, e.code, e.generatedMessage, e.operator); console.log(e.message); }
}
const more = [
  () => assert.deepStrictEqual(new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]])),
  () => assert.deepStrictEqual(new Set([1, [2]]), new Set([1, [2]])),
  () => assert.deepStrictEqual([1, 2], [1, 2, 3]),
  () => assert.deepStrictEqual({ a: { b: { c: [1, 2, 3, 4, 5, 6, 7, 8] } } }, { a: { b: { c: [1, 2, 3, 4, 5, 6, 7, 9] } } }),
  () => assert.deepStrictEqual(Object.create(null), {}),
  () => assert.deepEqual(1, '1'),
  () => assert.deepStrictEqual(1, '1'),
  () => assert.deepStrictEqual(NaN, NaN),
  () => assert.deepStrictEqual(-0, 0),
  () => assert.deepEqual(-0, 0),
  () => assert.deepStrictEqual(new Date(0), new Date(0)),
  () => assert.deepStrictEqual(/a/g, /a/i),
  () => assert.strictEqual('a fairly long string value', 'a fairly long string valve'),
  () => assert.throws(() => { throw new Error('right') }, Error),
  () => assert.throws(() => { throw new Error('right') }, { message: 'right', name: 'Error' }),
  () => assert.throws(() => { throw new Error('right') }, (e) => e.message === 'right'),
  () => assert.throws(() => { throw new Error('right') }, 'missing'),
  () => assert.notEqual(1, '1'),
  () => assert.doesNotMatch('abc', /b/),
  () => assert.strict.equal(1, '1'),
];
for (const t of more) {
  try { t(); console.log('passed'); } catch (e) { console.log('---', e.name, e.code, e.generatedMessage, e.operator); console.log(e.message); }
}
assert.rejects(Promise.reject(new Error('rejected')), /rejected/).then(() => console.log('rejects ok'));
assert.rejects(Promise.resolve(1)).catch((e) => console.log('rejects failed:', e.message));
assert.doesNotReject(async () => 1).then(() => console.log('doesNotReject ok'));
console.log(require('assert/strict') === assert.strict, typeof assert.AssertionError);
const e = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(e.message, e.name, Object.keys(e));
