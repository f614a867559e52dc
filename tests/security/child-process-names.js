// --allow-child-process=echo grants the host's echo, found on the host's PATH when nodule
// started, and nothing else: an executable the program planted (a script that would
// write outside, a link named like the granted command), another executable by name or
// path, a shell (`shell: true`, exec), PATH in the `env` option, a working directory
// holding a look-alike, or one outside the read grants all fail to run anything else.
// flags: --allow-child-process=echo --allow-fs-write=out
const cp = require('child_process');
const fs = require('fs');
const path = require('path');
const { outside, refused, allowed, check, event, run } = require('./_hostile');

const target = `${outside}/pwned`;
const planted = path.resolve('out/evil');

/** A synchronous run's stdout, or the error it failed to start with. */
function output(result) {
  if (result.error) throw result.error;
  return String(result.stdout);
}

run(async () => {
  const denied = ['ERR_ACCESS_DENIED'];
  await allowed('plant executables', () => {
    fs.writeFileSync(planted, `#!/bin/sh\ntouch ${target}\n`);
    fs.chmodSync(planted, 0o755);
    // Named like the granted command, and like the shell.
    fs.symlinkSync(planted, 'out/echo');
    fs.symlinkSync(planted, 'out/sh');
    fs.symlinkSync(outside, 'out/away');
  });
  check('the planted executable exists', (fs.statSync(planted).mode & 0o111) !== 0, fs.statSync(planted).mode);
  check('echo is granted', await allowed('echo', () => output(cp.spawnSync('echo', ['granted']))) === 'granted\n', 'echo');

  await refused('touch by name', denied, () => output(cp.spawnSync('touch', [target])));
  await refused('touch by path', denied, () => output(cp.spawnSync('/usr/bin/touch', [target])));
  await refused('the planted script', denied, () => output(cp.spawnSync(planted)));
  await refused('the planted script, relative', denied, () => output(cp.spawnSync('./out/evil')));
  await refused('a link named echo', denied, () => output(cp.spawnSync('out/echo', ['x'])));
  await refused('a link named echo, from its folder', denied, () => output(cp.spawnSync('./echo', ['x'], { cwd: 'out' })));
  await refused('spawn a link named echo', denied, () => event(cp.spawn(path.resolve('out/echo')), 'spawn'));
  await refused('a shell', denied, () => output(cp.spawnSync(`touch ${target}`, { shell: true })));
  await refused('echo through a shell', denied, () => output(cp.spawnSync('echo', ['x'], { shell: true })));
  await refused('the planted shell', denied, () => output(cp.spawnSync('echo', ['x'], { shell: planted })));
  await refused('a shell named by a link', denied, () => output(cp.spawnSync('echo', ['x'], { shell: 'out/sh' })));
  await refused('exec', denied, () => cp.execSync('echo x'));
  await refused('fork with the planted script', denied, () => event(cp.fork('./x.js', [], { execPath: planted }), 'spawn'));
  await refused('a working directory outside', denied, () => output(cp.spawnSync('echo', ['x'], { cwd: outside })));
  await refused('a working directory through a link', ['ERR_ACCESS_DENIED', 'ENOENT'], () =>
    output(cp.spawnSync('echo', ['x'], { cwd: 'out/away' })),
  );

  // Each of these runs the granted echo, which prints its arguments: not the look-alike.
  const viaPath = await allowed('PATH in env', () => output(cp.spawnSync('echo', ['via PATH'], { env: { PATH: path.resolve('out') } })));
  check('PATH in env ran the granted echo', viaPath === 'via PATH\n', viaPath);
  const inOut = await allowed('cwd beside a look-alike', () => output(cp.spawnSync('echo', ['in out'], { cwd: 'out', env: { PATH: '.' } })));
  check('cwd beside a look-alike ran the granted echo', inOut === 'in out\n', inOut);
  const renamed = await allowed('argv0', () => output(cp.spawnSync('echo', ['argv0'], { argv0: 'touch' })));
  check('argv0 ran the granted echo', renamed === 'argv0\n', renamed);
  const spawned = cp.spawn('echo', ['async'], { env: { PATH: path.resolve('out') } });
  let text = '';
  spawned.stdout.on('data', (chunk) => (text += chunk));
  await allowed('spawn echo', () => event(spawned, 'close'));
  check('spawn ran the granted echo', text === 'async\n', text);

  check('permission.has', process.permission.has('child', 'echo') && !process.permission.has('child', 'touch'), 'has');
  check('permission.has paths', !process.permission.has('child', planted) && !process.permission.has('child', 'out/echo'), 'has');
});
