// What happens to tests that do not end normally: subtests left running when their
// test ends are cancelled, timeouts, plans, done callbacks, t.skip/t.todo at run time.
const test = require('node:test');
Error.stackTraceLimit = 0;

test('leaves subtests behind', (t) => {
  t.test('still running', () => new Promise((resolve) => setTimeout(resolve, 20)));
  t.test('never started', () => {});
});
test('times out', { timeout: 10 }, () => new Promise((resolve) => setTimeout(resolve, 200)));
test('plan met', (t) => {
  t.plan(2);
  t.assert.ok(true);
  t.assert.strictEqual(1, 1);
});
test('plan missed', (t) => {
  t.plan(3);
  t.assert.ok(true);
});
test('done callback', (t, done) => {
  setTimeout(done, 5);
});
test('done with an error', (t, done) => {
  setTimeout(() => done(new RangeError('from done')), 5);
});
test('skips itself', (t) => {
  t.skip('decided at run time');
});
test('todo itself', (t) => {
  t.todo();
});
test('failing todo', { todo: 'fix later' }, () => {
  throw new Error('known');
});
test('only without --test-only', { only: true }, () => {});
// One line, the signal from a getter: a failed test's location is its call's, which
// QuickJS places elsewhere when an argument starts another line or names a variable.
test('aborted by a signal', { get signal() { return AbortSignal.abort(); } }, () => {});
test('concurrent subtests', { concurrency: 2 }, async (t) => {
  const order = [];
  await Promise.all([
    t.test('slow', async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      order.push('slow');
    }),
    t.test('fast', async () => {
      order.push('fast');
    }),
  ]);
  t.assert.deepStrictEqual(order, ['fast', 'slow']);
});
