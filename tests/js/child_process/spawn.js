// nodule-flags: --allow-child-process
// spawn() and execFile()/exec() of node: piped output, exit statuses, kill and timeout.
const { spawn, execFile, exec } = require('child_process');
const path = require('path');

const script = path.join(__dirname, 'lib', 'output.js');

function run(file, args, options) {
  return new Promise((resolve) => {
    const child = spawn(file, args, options);
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('close', (code, signal) => resolve({ code, signal, out, err, killed: child.killed }));
  });
}

(async () => {
  console.log(await run(process.execPath, [script, '3', 'x']));
  console.log(await run('node', ['-e', "process.stdout.write('from eval ' + process.argv.slice(1))", 'p', 'q']));
  console.log(await run('node', ['-p', '6 * 7']));
  const sleeper = spawn('node', ['-e', 'setInterval(() => {}, 1000)']);
  sleeper.on('exit', (code, signal) => console.log('killed:', code, signal, sleeper.killed, sleeper.signalCode));
  await new Promise((resolve) => sleeper.on('spawn', resolve));
  console.log('kill returns', sleeper.kill('SIGKILL'));
  await new Promise((resolve) => sleeper.on('close', resolve));
  const busy = spawn('node', ['-e', 'for (;;) {}'], { timeout: 100 });
  await new Promise((resolve) => busy.on('exit', (code, signal) => resolve(console.log('timeout:', code, signal))));
  await new Promise((resolve) =>
    execFile('node', [script, '0', 'y'], (err, stdout, stderr) => resolve(console.log('execFile', err, [stdout, stderr]))),
  );
  await new Promise((resolve) =>
    execFile('node', [script, '4'], (err, stdout) => resolve(console.log('execFile failed', err.code, err.killed, err.signal, err.cmd, [stdout]))),
  );
  await new Promise((resolve) =>
    exec(`node "${script}" 0 'two words'`, (err, stdout) => resolve(console.log('exec', err, [stdout]))),
  );
})();
