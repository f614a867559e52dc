// nodule-flags: --allow-child-process=echo,sh,cat,sleep
// spawnSync, execSync and execFileSync of host executables granted by name.
const { spawnSync, execSync, execFileSync } = require('child_process');
const path = require('path');

function show(label, result) {
  const { pid, error, ...rest } = result;
  console.log(label, typeof pid, error ? `${error.code} ${error.syscall} ${error.path} ${error.spawnargs}` : 'no error', rest);
}

show('echo', spawnSync('echo', ['a', 'b']));
show('echo utf8', spawnSync('echo', ['text'], { encoding: 'utf8' }));
show('exit status', spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 4'], { encoding: 'utf8' }));
show('signal', spawnSync('sh', ['-c', 'kill -KILL $$']));
show('input', spawnSync('cat', { input: 'given as input' }));
show('input buffer', spawnSync('cat', [], { input: Buffer.from('bytes'), encoding: 'latin1' }));
show('timeout', spawnSync('sleep', ['10'], { timeout: 50 }));
show('timeout SIGKILL', spawnSync('sleep', ['10'], { timeout: 50, killSignal: 'SIGKILL' }));
show('maxBuffer', spawnSync('sh', ['-c', 'echo 0123456789; exec sleep 10'], { maxBuffer: 4, encoding: 'utf8' }));
show('shell', spawnSync('echo "$0" | cat', { shell: true, encoding: 'utf8' }));
show('cwd', spawnSync('sh', ['-c', 'pwd'], { cwd: path.join(__dirname, 'lib'), encoding: 'utf8' }));
show('env', spawnSync('sh', ['-c', 'echo "[$ONE] [$TWO]"'], { env: { ONE: '1' }, encoding: 'utf8' }));
show('inherit', spawnSync('echo', ['inherited sync'], { stdio: 'inherit' }));
show('ignore', spawnSync('echo', ['dropped'], { stdio: 'ignore' }));

console.log([execFileSync('echo', ['file sync']).toString()]);
console.log([execFileSync('cat', { input: 'cat sync', encoding: 'utf8' })]);
console.log([execSync('echo shell sync && echo "$((1 + 2))"', { encoding: 'utf8' })]);
try {
  execSync('echo partial; echo oops >&2; exit 5', { stdio: 'pipe' });
} catch (err) {
  console.log('execSync failed', err.status, err.signal, JSON.stringify(err.message), String(err.stdout), String(err.stderr));
}
try {
  execFileSync('sleep', ['10'], { timeout: 50 });
} catch (err) {
  console.log('execFileSync timeout', err.code, err.signal, err.status);
}
