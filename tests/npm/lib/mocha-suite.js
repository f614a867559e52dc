// The suite mocha.js runs: what mocha's BDD interface offers, one test failing.
const assert = require('node:assert');

describe('Array', () => {
  let list;
  beforeEach(() => {
    list = [1, 2, 3];
  });
  describe('#indexOf()', () => {
    it('finds an element', () => {
      assert.strictEqual(list.indexOf(2), 1);
    });
    it('returns -1 when absent', () => {
      assert.strictEqual(list.indexOf(4), -1);
    });
  });
  it('waits for a callback', (done) => {
    setTimeout(done, 5);
  });
  it('waits for a promise', async () => {
    await new Promise((resolve) => setImmediate(resolve));
  });
  it.skip('is skipped');
  it('fails', () => {
    assert.strictEqual(list.length, 4);
  });
});
