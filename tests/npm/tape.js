// tape: a small suite's TAP output, with synchronous, asynchronous, planned and failing tests.
const test = require('tape');

test('arithmetic', (t) => {
  t.equal(1 + 1, 2, 'adds');
  t.deepEqual({ list: [1, 2] }, { list: [1, 2] }, 'compares deeply');
  t.notOk(null, 'null is falsy');
  t.end();
});
test('planned and asynchronous', (t) => {
  t.plan(2);
  setTimeout(() => t.pass('a timer fired'), 5);
  Promise.resolve(42).then((value) => t.equal(value, 42, 'a promise resolved'));
});
test('async function', async (t) => {
  const value = await new Promise((resolve) => setImmediate(() => resolve('done')));
  t.equal(value, 'done');
});
test('throws', (t) => {
  t.throws(() => JSON.parse('{'), SyntaxError, 'bad JSON throws');
  t.end();
});
test('skipped', { skip: true }, (t) => {
  t.fail('never runs');
  t.end();
});
