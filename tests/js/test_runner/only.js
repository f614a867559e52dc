// node-flags: --test-only
// --test-only runs the tests marked `only`, and within them the subtests runOnly picks.
const { test, describe, it } = require('node:test');
test('not marked', () => {});
test('marked', { only: true }, async (t) => {
  t.runOnly(true);
  await t.test('inner not marked', () => {});
  await t.test('inner marked', { only: true }, () => {});
});
test.only('marked with test.only', () => {});
