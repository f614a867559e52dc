// nodule-flags: --allow-child-process
// A node child started with node's options before its script runs with them: warnings
// and deprecations silenced or thrown, the rejection mode, ES module input, preloads.
const { spawnSync } = require('child_process');

function run(label, args) {
  const { stdout, stderr, status } = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const warning = /Warning/.exec(stderr)?.[0] ?? 'none';
  const error = /^\w*Error\b.*$/m.exec(stderr)?.[0] ?? 'none';
  console.log(label, JSON.stringify(stdout.trim()), 'warning:', warning, 'error:', error, 'status', status);
}

const warn = "process.emitWarning('careful'); process.emitWarning('old', 'DeprecationWarning', 'DEP0'); console.log('ran')";
run('no options', ['-e', warn]);
run('--no-warnings', ['--no-warnings', '-e', warn]);
run('--no-deprecation', ['--no-deprecation', '-e', "process.emitWarning('old', 'DeprecationWarning'); console.log(process.noDeprecation)"]);
run('--throw-deprecation', ['--throw-deprecation', '-e', "process.emitWarning('old', 'DeprecationWarning')"]);
run('--unhandled-rejections=warn', ['--unhandled-rejections=warn', '-e', "Promise.reject(new Error('no')); setTimeout(() => console.log('still running'), 10)"]);
run('--input-type=module', ['--input-type=module', '-e', "console.log(typeof require, typeof import.meta)"]);
run('-r', ['-r', './lib/preload.js', '-p', 'globalThis.preloaded']);
run('--require=', ['--require=./lib/preload.js', '-p', 'globalThis.preloaded']);
