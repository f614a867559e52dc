// node:test's default reporter when stdout is not a terminal (TAP): passes, failures
// with their YAML details, skip/todo, diagnostics, subtests and suites, the summary.
require('./lib/reported');
