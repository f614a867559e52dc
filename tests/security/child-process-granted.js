// With the bare --allow-child-process, a child runs only this runtime, inside the same
// sandbox; a host executable, a shell among them, is refused (ERR_ACCESS_DENIED, naming
// the flag) even when it exists and would write outside (a script the program planted in
// out/, /bin/sh, touch), and a node child (forked, spawned, or run synchronously) can
// read, write and reach no more than its parent.
// flags: --allow-child-process --allow-fs-write=out
const cp = require('child_process');
const fs = require('fs');
const path = require('path');
const { outside, port, free, refused, allowed, check, callback, event, run } = require('./_hostile');

const target = `${outside}/pwned`;
// The executable the refusals keep from running: it exists, and would write outside.
const planted = path.resolve('out/pwn.sh');
const attempts = `
const fs = require('fs');
const { outside, secret, port, refused, allowed, check, connect, run } = require('./_hostile');
run(async () => {
  const denied = ['ERR_ACCESS_DENIED'];
  await refused('read the secret', denied, () => fs.readFileSync(secret, 'utf8'));
  await refused('write outside', denied, () => fs.writeFileSync(outside + '/pwned', 'x'));
  await refused('write readonly.txt', denied, () => fs.writeFileSync('readonly.txt', 'x'));
  await refused('connect', denied, () => connect({ port, host: '127.0.0.1' }));
  await refused('a host process', denied, () => require('child_process').execSync('touch out/pwned'));
  await refused('the planted script', denied, () => require('child_process').spawnSync(require('path').resolve('out/pwn.sh')));
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
  const denied = ['ERR_ACCESS_DENIED'];
  await allowed('plant an executable', () => {
    fs.writeFileSync(planted, `#!/bin/sh\ntouch ${target}\n`);
    fs.chmodSync(planted, 0o755);
  });
  check('the planted executable exists', fs.statSync(planted).mode & 0o111, fs.statSync(planted).mode);
  await refused('spawn touch', denied, () => started(cp.spawn('touch', [target])));
  await refused('spawn /usr/bin/touch', denied, () => started(cp.spawn('/usr/bin/touch', [target])));
  await refused('spawn the planted script', denied, () => started(cp.spawn(planted)));
  await refused('spawn it by a relative path', denied, () => started(cp.spawn('./out/pwn.sh')));
  await refused('spawn it from its folder', denied, () => started(cp.spawn('pwn.sh', [], { cwd: 'out', env: { PATH: '.' } })));
  await refused('spawn with a shell', denied, () => started(cp.spawn(`touch ${target}`, { shell: true })));
  await refused('spawn with the planted shell', denied, () => started(cp.spawn('x', { shell: planted })));
  await refused('execSync', denied, () => cp.execSync(`touch ${target}`));
  await refused('exec a node pipeline', denied, () => callback(cp.exec, `node -e 1; touch ${target}`));
  await refused('exec a substitution', denied, () => cp.execSync('node -e "$(touch out/pwned)"'));
  await refused('execFileSync sh', denied, () => cp.execFileSync('/bin/sh', ['-c', `touch ${target}`]));
  await refused('spawnSync', denied, () => ranSync(cp.spawnSync('touch', [target])));
  await refused('spawnSync the planted script', denied, () => ranSync(cp.spawnSync(planted)));
  await refused('fork with another execPath', denied, () => started(cp.fork('./x.js', [], { execPath: planted })));
  check('nothing is granted', !process.permission.has('child', 'touch') && !process.permission.has('child', planted), 'has');
  const args = [outside, port, free];
  // With -e, node's argv has no script: a placeholder keeps the helpers' arguments in place.
  const child = cp.spawn('node', ['-e', attempts, 'child', ...args], { stdio: 'inherit' });
  check('spawned child ended well', (await exited(child)) === 0, 'status');
  const forked = cp.fork(__filename, args);
  check('forked child ended well', (await exited(forked)) === 0, 'status');
  const sync = await allowed('spawnSync node', () => cp.spawnSync(process.execPath, ['-e', attempts, 'child', ...args], { encoding: 'utf8' }));
  check('sync child held', sync?.stdout === 'HELD\n' && sync?.status === 0, sync);
});
