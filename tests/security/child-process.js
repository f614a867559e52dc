// Starts processes and workers by every API (each would run `touch ../outside/pwned`).
const cp = require('child_process');
const { outside, refused, run } = require('./_hostile');

run(async () => {
  const denied = ['ERR_ACCESS_DENIED'];
  const target = `${outside}/pwned`;
  await refused(
    'exec',
    denied,
    () => new Promise((resolve, reject) => cp.exec(`touch ${target}`, (err) => (err ? reject(err) : resolve('ran')))),
  );
  await refused('execSync', denied, () => cp.execSync(`touch ${target}`));
  await refused('execFileSync', denied, () => cp.execFileSync('/usr/bin/touch', [target]));
  await refused('spawnSync', denied, () => {
    const r = cp.spawnSync('touch', [target]);
    if (r.error) throw r.error;
    return r.status;
  });
  await refused(
    'spawn',
    denied,
    () => new Promise((resolve, reject) => cp.spawn('touch', [target]).on('error', reject).on('exit', resolve)),
  );
  await refused(
    'spawn with a shell',
    denied,
    () => new Promise((resolve, reject) => cp.spawn(`touch ${target}`, { shell: true }).on('error', reject).on('exit', resolve)),
  );
  await refused('fork', denied, () => cp.fork('./out/none.js'));
  const { Worker } = require('worker_threads');
  await refused(
    'Worker from code',
    denied,
    () => new Worker(`require('fs').writeFileSync(${JSON.stringify(target)}, 'x')`, { eval: true }),
  );
  await refused('Worker from a file', denied, () => new Worker('./out/none.js'));
});
