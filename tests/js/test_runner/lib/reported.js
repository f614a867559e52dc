// The tests tap.js, spec.js and dot.js report, each with its reporter.
const test = require('node:test');
const assert = require('node:assert');
// Failures then carry no stack frames, whose runtime-internal lines differ.
Error.stackTraceLimit = 0;

test('passes', () => {});
test('async subtests', async (t) => {
  await t.test('first', () => {});
  await t.test('second', async () => {
    await new Promise((resolve) => setTimeout(resolve, 5));
  });
  t.diagnostic('a note with a # and a \\');
});
test('skipped with a reason', { skip: 'not today' }, () => {});
test('todo', { todo: true }, () => {});
test('fails an assertion', () => {
  assert.strictEqual(1, 2);
});
test('fails deep equality', () => {
  assert.deepStrictEqual({ a: [1, 2] }, { a: [1, 3] });
});
test('throws a TypeError', () => {
  throw new TypeError('bad\nvalue');
});
test('rejects with a string', () => Promise.reject('just a string'));
test('error with properties', () => {
  throw Object.assign(new Error('with props'), { code: 'E_CUSTOM', detail: { n: 1 } });
});
test.describe('a suite', () => {
  test.it('inside', () => {});
  test.it.skip('skipped inside');
  test.it.todo('todo inside');
  test.describe('nested suite', () => {
    test.it('deep', () => {});
  });
});
test.describe('failing suite', () => {
  test.it('fails', () => {
    throw new Error('in a suite');
  });
});
test(function namedByItsFunction() {});
test('escapes # in names');
