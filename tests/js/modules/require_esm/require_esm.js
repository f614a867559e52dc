// require() of ES modules (Node 20.19+ and 22): the namespace, __esModule interop, errors for top-level await and cycles.
console.log('require_module', process.features.require_module);

const withDefault = require('./lib/default.mjs');
console.log(withDefault, withDefault.__esModule, withDefault.default(), Object.keys(withDefault));
console.log(Object.prototype.toString.call(withDefault), Object.getPrototypeOf(withDefault));

const named = require('./lib/named.mjs');
console.log(named, '__esModule' in named);
named.increment();
console.log('live binding', named.counter);

console.log(require('./lib/module_exports.mjs'));
console.log(require('./lib/es_module_flag.mjs'));
console.log(require('./lib/typed'));
console.log(require('./lib/typed/index.js').typed);

const esmOnly = require('./lib/node_modules/esm-only');
console.log(esmOnly.default(), esmOnly.version, esmOnly.__esModule);

// Once evaluated, always the same namespace; import() shares it.
const first = require('./lib/side_effect.mjs');
console.log('same object', first === require('./lib/side_effect.mjs'));

for (const file of ['./lib/tla.mjs', './lib/imports_tla.mjs', './lib/throws.mjs']) {
  try {
    require(file);
    console.log(file, 'loaded');
  } catch (err) {
    console.log(file, err.name, err.code, err.message.split('\n')[0]);
  }
}
try {
  require('./lib/syntax_error.mjs');
} catch (err) {
  console.log('syntax error:', err.name);
}
try {
  require('./lib/tla.mjs');
} catch (err) {
  console.log(err.message.replaceAll(__dirname, '<dir>'));
}
try {
  require('./lib/throws.mjs');
} catch (err) {
  console.log('again:', err.message);
}

require('./lib/cycle.mjs');

import('./lib/side_effect.mjs').then((ns) => {
  console.log('import() after require', ns === first);
  return import('./lib/tla.mjs').then((ns) => console.log('import() of the top-level await module', ns.late));
});
