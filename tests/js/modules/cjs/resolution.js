const path = require('path');
const show = (value) => (typeof value === 'string' ? value.replace(__dirname, '<dir>') : value);
console.log(require('./lib/a'), require('./lib/a.js') === require('./lib/a'), require('./lib'), require('./lib/data.json'));
console.log(require('exp'), require('exp/feature'), require('exp/sub/thing'));
console.log(show(require.resolve('exp')), show(require.resolve('./lib/a')), require.resolve('fs'), require.resolve('node:fs'));
console.log(require('fs') === require('node:fs'), require('module').isBuiltin('node:path'), require('module').builtinModules.includes('fs'));
console.log(require('#internal'), module.id, typeof module.paths, module.filename === __filename, require.main === module);
for (const request of ['./missing', 'missing-package', 'exp/private', 'node:nope', '#nope']) {
  try {
    require(request);
  } catch (err) {
    console.log(err.code, show(err.message).split('\n')[0], err.requireStack?.map(show));
  }
}
delete require.cache[require.resolve('./lib/counter')];
const first = require('./lib/counter');
delete require.cache[require.resolve('./lib/counter')];
console.log(first === require('./lib/counter'));
const { createRequire } = require('module');
console.log(createRequire(path.join(__dirname, 'lib', 'x.js'))('./a'));
console.log(require('./lib/cycle-a'));
