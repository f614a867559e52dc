// Hooks: the top level's, a suite's and a test's, in node's order; a failing before hook.
const { test, describe, it, before, after, beforeEach, afterEach } = require('node:test');
Error.stackTraceLimit = 0;
const log = [];
process.on('exit', () => console.log(log.join('\n')));

before(() => log.push('root before'));
beforeEach((t) => log.push(`root beforeEach ${t.name}`));
afterEach((t) => log.push(`root afterEach ${t.name}`));
after(() => log.push('root after'));
describe('S', () => {
  before(() => log.push('S before'));
  beforeEach((t) => log.push(`S beforeEach ${t.name}`));
  afterEach((t) => log.push(`S afterEach ${t.name}`));
  after(() => log.push('S after'));
  it('a', () => log.push('a'));
  describe('inner', () => {
    it('b', () => log.push('b'));
  });
});
test('T', async (t) => {
  t.beforeEach((t) => log.push(`T beforeEach ${t.name}`));
  t.afterEach((t) => log.push(`T afterEach ${t.name}`));
  await t.test('c', () => log.push('c'));
  log.push(`T's full name: ${t.fullName}`);
});
describe('before fails', () => {
  before(() => {
    throw new Error('nope');
  });
  it('x', () => log.push('x must not run'));
});
test('test hooks', async (t) => {
  t.before(async () => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    log.push('before, at the first subtest');
  });
  t.after(() => log.push('after the body'));
  log.push('body');
  await t.test('sub', () => log.push('sub'));
  log.push('body end');
});
test('after hook fails', (t) => {
  t.after(() => {
    throw new Error('after failed');
  });
});
