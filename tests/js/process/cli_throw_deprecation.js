// node-flags: --throw-deprecation
// --throw-deprecation: a deprecation is thrown a tick later, after earlier warnings printed.
process.emitWarning('printed first');
require('util').deprecate(function old() {}, 'thrown', 'DEP0998')();
console.log('still running this tick');
