// node-flags: --test-reporter=dot
// The dot reporter for the tests tap.js reports.
require('./lib/reported');
