// node-flags: --test-reporter=spec
// The spec reporter (node's default on a terminal) for the tests tap.js reports.
require('./lib/reported');
