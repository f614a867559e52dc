// node:test from an ES module: its named exports, and the default export being `test`.
import test, { describe, it, mock, test as namedTest } from 'node:test';

console.log(test === namedTest, typeof describe, typeof it, typeof mock.fn);
describe('from esm', () => {
  it('runs', () => {});
});
await test('awaited at the top level', async () => {});
