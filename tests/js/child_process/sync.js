// nodule-flags: --allow-child-process
// spawnSync, execSync and execFileSync of node.
const { spawnSync, execSync, execFileSync } = require('child_process');
const path = require('path');

const script = path.join(__dirname, 'lib', 'output.js');
const result = spawnSync('node', [script, '5', 'sync']);
console.log(result.status, result.signal, String(result.stdout), String(result.stderr), result.output.length, typeof result.pid);
const text = spawnSync(process.execPath, ['-e', 'console.log("text")'], { encoding: 'utf8' });
console.log([text.stdout, text.stderr, text.status]);
const timedOut = spawnSync('node', ['-e', 'for (;;) {}'], { timeout: 100 });
console.log('timeout', timedOut.status, timedOut.signal, timedOut.error.code, timedOut.error.syscall);
console.log([execFileSync('node', ['-e', 'process.stdout.write("file sync")']).toString()]);
console.log([execSync('node -e "console.log(1 + 1)"', { encoding: 'utf8' })]);
try {
  execSync(`node ${script} 6`, { stdio: 'pipe' });
} catch (err) {
  console.log('execSync failed', err.status, err.message, String(err.stdout));
}
