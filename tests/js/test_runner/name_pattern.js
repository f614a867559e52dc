// node-flags: --test-name-pattern=alpha --test-name-pattern=/^Z$/i
// --test-name-pattern runs the tests whose name, or a suite's or test's above them,
// matches one of the patterns (`/source/flags` for flags); suites always run.
const { test, describe, it } = require('node:test');
test('alpha one', () => {});
test('beta', async (t) => {
  await t.test('alpha inside', () => {});
});
test('alpha parent', async (t) => {
  await t.test('any name', () => {});
});
describe('alpha suite', () => {
  it('x', () => {});
});
describe('other', () => {
  it('alpha y', () => {});
  it('z', () => {});
  it('zz', () => {});
});
