// mock.fn and mock.method: calls recorded, implementations swapped and restored.
const { test, mock } = require('node:test');
const assert = require('node:assert');
Error.stackTraceLimit = 0;
const log = [];
process.on('exit', () => console.log(log.join('\n')));

test('mock.fn records calls', () => {
  const sum = mock.fn((a, b) => a + b);
  assert.strictEqual(sum(1, 2), 3);
  assert.strictEqual(sum.call('this', 3, 4), 7);
  assert.strictEqual(sum.mock.callCount(), 2);
  const [first, second] = sum.mock.calls;
  log.push(JSON.stringify(first.arguments), first.result, second.this, second.error);
  assert.strictEqual(typeof first.stack.stack, 'string');
});
test('mock.fn records a throw', () => {
  const fails = mock.fn(() => {
    throw new Error('inner');
  });
  assert.throws(fails, { message: 'inner' });
  log.push(fails.mock.calls[0].error.message, fails.mock.calls[0].result);
});
test('implementations', () => {
  const fn = mock.fn(
    () => 'original',
    () => 'replaced',
    { times: 2 },
  );
  log.push([fn(), fn(), fn()].join());
  fn.mock.mockImplementation(() => 'again');
  fn.mock.mockImplementationOnce(() => 'once');
  log.push([fn(), fn()].join());
  fn.mock.resetCalls();
  log.push(fn.mock.callCount());
});
test('mock.method and restore', (t) => {
  const object = {
    value: 2,
    double(n) {
      return n * this.value;
    },
  };
  const spy = t.mock.method(object, 'double');
  log.push(object.double(5), spy.mock.calls[0].this === object);
  t.mock.method(object, 'double', () => 'stubbed');
  log.push(object.double(5));
  t.mock.restoreAll();
  log.push(object.double(5), Object.hasOwn(object, 'double'));
});
test('mocks of a test are restored when it ends', async (t) => {
  const counter = { count: () => 1 };
  await t.test('inner', (t) => {
    t.mock.method(counter, 'count', () => 99);
    log.push(counter.count());
  });
  log.push(counter.count());
});
test('getter', (t) => {
  const object = {
    get answer() {
      return 42;
    },
  };
  const getter = t.mock.getter(object, 'answer', () => 7);
  log.push(object.answer, getter.mock.callCount());
});
test('bad arguments', (t) => {
  for (const args of [[1], [{}, 'missing'], [{ x: 1 }, 'x']]) {
    try {
      t.mock.method(...args);
    } catch (err) {
      log.push(`${err.code}: ${err.message}`);
    }
  }
});
