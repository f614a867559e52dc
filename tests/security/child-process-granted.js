// With --allow-child-process, a child runs only this runtime, inside the same sandbox:
// host executables and shells do not exist for it (ENOENT, as Node's start of a missing
// executable fails), and a node child (forked, spawned, or run synchronously) can read,
// write and reach no more than its parent.
// flags: --allow-child-process --allow-fs-write=out
const cp = require('child_process');
const { outside, port, free, refused, allowed, check, callback, event, run } = require('./_hostile');

const target = `${outside}/pwned`;
const attempts = `
const fs = require('fs');
const { outside, secret, port, refused, allowed, check, connect, run } = require('./_hostile');
run(async () => {
  const denied = ['ERR_ACCESS_DENIED'];
  await refused('read the secret', denied, () => fs.readFileSync(secret, 'utf8'));
  await refused('write outside', denied, () => fs.writeFileSync(outside + '/pwned', 'x'));
  await refused('write readonly.txt', denied, () => fs.writeFileSync('readonly.txt', 'x'));
  await refused('connect', denied, () => connect({ port, host: '127.0.0.1' }));
  await refused('a host process', ['ENOENT'], () => require('child_process').execSync('touch out/pwned'));
  check('the secret variable', process.env.HOSTILE_SECRET === undefined, process.env.HOSTILE_SECRET);
  await allowed('write out/', () => fs.writeFileSync('out/from-child', 'ok'));
});
`;

// Forked, this script is the child: it makes the same attempts.
if (typeof process.send === 'function') {
  eval(attempts);
  return;
}

function exited(child) {
  return new Promise((resolve) => child.on('exit', resolve));
}

/** A child's start: resolves once it runs, rejects with the error it failed to start with. */
function started(child) {
  return event(child, 'spawn');
}

/** A synchronous run's result, or the error it failed to start with. */
function ranSync(result) {
  if (result.error) throw result.error;
  return result;
}

run(async () => {
  const missing = ['ENOENT'];
  await refused('spawn touch', missing, () => started(cp.spawn('touch', [target])));
  await refused('spawn /usr/bin/touch', missing, () => started(cp.spawn('/usr/bin/touch', [target])));
  await refused('spawn with a shell', missing, () => started(cp.spawn(`touch ${target}`, { shell: true })));
  await refused('execSync', missing, () => cp.execSync(`touch ${target}`));
  await refused('exec a node pipeline', missing, () => callback(cp.exec, `node -e 1; touch ${target}`));
  await refused('exec a substitution', missing, () => cp.execSync('node -e "$(touch out/pwned)"'));
  await refused('execFileSync sh', missing, () => cp.execFileSync('/bin/sh', ['-c', `touch ${target}`]));
  await refused('spawnSync', missing, () => ranSync(cp.spawnSync('touch', [target])));
  await refused('fork with another execPath', missing, () => started(cp.fork('./x.js', [], { execPath: '/bin/sh' })));
  const args = [outside, port, free];
  // With -e, node's argv has no script: a placeholder keeps the helpers' arguments in place.
  const child = cp.spawn('node', ['-e', attempts, 'child', ...args], { stdio: 'inherit' });
  check('spawned child ended well', (await exited(child)) === 0, 'status');
  const forked = cp.fork(__filename, args);
  check('forked child ended well', (await exited(forked)) === 0, 'status');
  const sync = await allowed('spawnSync node', () => cp.spawnSync(process.execPath, ['-e', attempts, 'child', ...args], { encoding: 'utf8' }));
  check('sync child held', sync?.stdout === 'HELD\n' && sync?.status === 0, sync);
});
