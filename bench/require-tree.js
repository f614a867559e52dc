// Loads a large CommonJS dependency tree: every module of lodash's modular build
// (one file per function, each requiring its helpers), then ajv and its dependencies.
const fs = require('fs');
const path = require('path');
const root = path.join(__dirname, '..', 'tests', 'npm', 'node_modules');
const lodash = path.join(root, 'lodash');
let loaded = 0;
for (const file of fs.readdirSync(lodash)) {
  if (file.endsWith('.js') && !file.startsWith('_') && file !== 'lodash.js' && file !== 'core.js' && !file.includes('.min')) {
    require(path.join(lodash, file));
    loaded++;
  }
}
require(path.join(root, 'ajv'));
console.log(loaded, Object.keys(require.cache).length);
