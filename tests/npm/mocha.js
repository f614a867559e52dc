// mocha, driven through its API with the TAP reporter: hooks, nested suites, callback
// and promise tests, a skipped and a failing test, and the failure count.
const path = require('node:path');
const Mocha = require('mocha');

// The failure's report then has no stack frames: QuickJS names and places them its own way.
Error.stackTraceLimit = 0;

const mocha = new Mocha({ reporter: 'tap' });
mocha.addFile(path.join(__dirname, 'lib', 'mocha-suite.js'));
mocha.run((failures) => {
  console.log('failures:', failures);
});
