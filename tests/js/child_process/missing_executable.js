// nodule-flags: --allow-child-process
// An executable that cannot be found: spawnSync reports it in `error`, spawn and execFile
// with an 'error' event, execFileSync throws it; none of them throws at the call.
const { spawn, spawnSync, execFile, execFileSync } = require('child_process');

const result = spawnSync('no-such-executable-here', ['a']);
console.log(result.error.message, result.error.code, result.error.syscall, result.error.path, result.error.spawnargs);
console.log(result.status, result.signal, result.output, result.pid, result.stdout, result.stderr);

try {
  execFileSync('no-such-executable-here', ['b']);
} catch (err) {
  console.log('execFileSync', err.message, err.code, err.status);
}

const child = spawn('no-such-executable-here', ['c']);
console.log(child.pid, child.spawnfile, child.spawnargs, child.stdout !== null);
for (const event of ['spawn', 'exit', 'error', 'close']) {
  child.on(event, (...args) => console.log(event, args.map((arg) => (arg instanceof Error ? `${arg.message} ${arg.code}` : arg))));
}
execFile('no-such-executable-here', ['d'], (err, stdout, stderr) => {
  console.log('execFile', err.message, err.code, err.cmd, JSON.stringify(stdout), JSON.stringify(stderr));
});
