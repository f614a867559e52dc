// node-flags: --trace-warnings --no-deprecation
// --trace-warnings prints each warning with its stack; --no-deprecation silences deprecations.
const util = require('util');
process.on('warning', (warning) => console.log('event:', warning.name, warning.message));
function warnFromHere() {
  process.emitWarning('with a stack', { code: 'CODE1', detail: 'some detail' });
}
warnFromHere();
util.deprecate(() => {}, 'never printed', 'DEP0999')();
console.log('noDeprecation', process.noDeprecation);
