const assert = require('assert');
assert.deepStrictEqual({ name: 'nodule', list: [1, 2] }, { name: 'node', list: [1, 2] });
