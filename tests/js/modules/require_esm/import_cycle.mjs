// An ES module whose import graph requires the module itself back: ERR_REQUIRE_CYCLE_MODULE, not a crash.
import { createRequire } from 'node:module';
import './lib/import_cycle_helper.cjs';

const require = createRequire(import.meta.url);
// require() from an ES module, of an ES module and of one being evaluated (this one).
console.log(require('./lib/default.mjs').default());
try {
  require('./import_cycle.mjs');
} catch (err) {
  console.log(err.code);
}
// A module already evaluated through import is returned as it is.
const again = await import('./lib/named.mjs');
console.log(require('./lib/named.mjs') === again);
