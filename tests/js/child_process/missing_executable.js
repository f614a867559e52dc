// nodule-flags: --allow-child-process=/no-such-dir/no-such-executable-here
// A granted executable that cannot be found: spawnSync reports it in `error`, spawn and execFile
// with an 'error' event, execFileSync throws it; none of them throws at the call.
const { spawn, spawnSync, execFile, execFileSync } = require('child_process');

const missing = '/no-such-dir/no-such-executable-here';

const result = spawnSync(missing, ['a']);
console.log(result.error.message, result.error.code, result.error.syscall, result.error.path, result.error.spawnargs);
console.log(result.status, result.signal, result.output, result.pid, result.stdout, result.stderr);

try {
  execFileSync(missing, ['b']);
} catch (err) {
  console.log('execFileSync', err.message, err.code, err.status);
}

const child = spawn(missing, ['c']);
console.log(child.pid, child.spawnfile, child.spawnargs, child.stdout !== null);
for (const event of ['spawn', 'exit', 'error', 'close']) {
  child.on(event, (...args) => console.log(event, args.map((arg) => (arg instanceof Error ? `${arg.message} ${arg.code}` : arg))));
}
execFile(missing, ['d'], (err, stdout, stderr) => {
  console.log('execFile', err.message, err.code, err.cmd, JSON.stringify(stdout), JSON.stringify(stderr));
});
