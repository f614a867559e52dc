// nodule-flags: --allow-child-process=echo,sh,cat,sleep,false,pwd
// Host executables granted by name: spawn with piped stdin, stdout and stderr, exit
// codes and signals, kill, timeout, AbortSignal, cwd, env, shell, 'inherit' and 'ignore'.
const { spawn, exec, execFile } = require('child_process');
const path = require('path');

function run(file, args, options) {
  return new Promise((resolve) => {
    const child = spawn(file, args, options);
    let out = '';
    let err = '';
    child.stdout?.on('data', (chunk) => (out += chunk));
    child.stderr?.on('data', (chunk) => (err += chunk));
    const events = [];
    child.on('spawn', () => events.push('spawn'));
    child.on('exit', (code, signal) => events.push(`exit ${code} ${signal}`));
    child.on('error', (error) => events.push(`error ${error.code}`));
    child.on('close', (code, signal) => resolve({ code, signal, out, err, events, killed: child.killed, exitCode: child.exitCode, signalCode: child.signalCode }));
  });
}

(async () => {
  console.log(await run('echo', ['hello', 'world']));
  console.log(await run('sh', ['-c', 'echo to out; echo to err >&2; exit 3']));
  console.log(await run('false', []));
  console.log(await run('sh', ['-c', 'kill -TERM $$']));

  // stdin piped through cat, in several writes, then ended.
  const cat = spawn('cat');
  console.log('pid is a number', typeof cat.pid === 'number' && cat.pid > 0, cat.spawnfile, cat.spawnargs);
  console.log('stdio', [cat.stdin, cat.stdout, cat.stderr].map((s) => s?.constructor.name), cat.stdio.length);
  let echoed = '';
  cat.stdout.setEncoding('utf8');
  cat.stdout.on('data', (chunk) => (echoed += chunk));
  cat.stdin.write('first line\n');
  cat.stdin.write(Buffer.from('second line\n'));
  cat.stdin.end('last line\n');
  await new Promise((resolve) => cat.on('close', (code) => resolve(console.log('cat', code, JSON.stringify(echoed)))));

  // A large input comes back whole.
  const big = 'x'.repeat(300000);
  const bigCat = spawn('cat');
  let length = 0;
  bigCat.stdout.on('data', (chunk) => (length += chunk.length));
  bigCat.stdin.end(big);
  await new Promise((resolve) => bigCat.on('close', () => resolve(console.log('big cat', length))));

  // kill delivers the real signal.
  const sleeper = spawn('sleep', ['10']);
  await new Promise((resolve) => sleeper.on('spawn', resolve));
  console.log('kill returns', sleeper.kill('SIGINT'), sleeper.killed);
  await new Promise((resolve) => sleeper.on('exit', (code, signal) => resolve(console.log('killed', code, signal, sleeper.signalCode))));
  console.log('kill after exit', sleeper.kill());
  const trapping = spawn('sh', ['-c', 'trap "echo got USR1; exit 7" USR1; echo ready; while :; do sleep 0.01; done']);
  trapping.stdout.setEncoding('utf8');
  let trapped = '';
  trapping.stdout.on('data', (chunk) => {
    trapped += chunk;
    if (chunk.includes('ready')) trapping.kill('SIGUSR1');
  });
  await new Promise((resolve) => trapping.on('close', (code, signal) => resolve(console.log('trapped', code, signal, JSON.stringify(trapped)))));

  // timeout and AbortSignal end it with killSignal.
  console.log('timeout', await run('sleep', ['10'], { timeout: 50 }));
  console.log('timeout SIGKILL', await run('sleep', ['10'], { timeout: 50, killSignal: 'SIGKILL' }));
  const controller = new AbortController();
  const aborted = run('sleep', ['10'], { signal: controller.signal });
  setTimeout(() => controller.abort(), 30);
  console.log('aborted', await aborted);

  // cwd and env.
  console.log(await run('pwd', [], { cwd: path.join(__dirname, 'lib') }));
  console.log(await run('sh', ['-c', 'echo "[$GREETING] [$OTHER]"'], { env: { GREETING: 'hi there' } }));
  console.log(await run('echo $0 "$GREETING"', [], { shell: true, env: { GREETING: 'from a shell' } }));

  // 'inherit' writes straight to this process's stdout; 'ignore' drops it.
  console.log('before inherit');
  console.log(await run('echo', ['inherited'], { stdio: 'inherit' }));
  console.log(await run('sh', ['-c', 'echo dropped; echo kept >&2'], { stdio: ['pipe', 'ignore', 'pipe'] }));

  // exec runs a shell; execFile does not.
  await new Promise((resolve) =>
    exec('echo one && echo two >&2; exit 2', (err, stdout, stderr) =>
      resolve(console.log('exec', err.code, err.killed, err.signal, err.cmd, [stdout, stderr])),
    ),
  );
  await new Promise((resolve) => exec('echo "$((6 * 7))" | cat', (err, stdout) => resolve(console.log('exec pipeline', err, [stdout]))));
  await new Promise((resolve) =>
    execFile('echo', ['a $HOME', '|', 'b'], (err, stdout) => resolve(console.log('execFile', err, [stdout]))),
  );
  await new Promise((resolve) =>
    execFile('sleep', ['10'], { timeout: 50 }, (err) => resolve(console.log('execFile timeout', err.killed, err.signal, err.code))),
  );
  const { promisify } = require('util');
  console.log('promisified', await promisify(exec)('echo promised'));
})();
