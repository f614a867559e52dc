// A granted host process gets exactly the environment the program passes: by default
// what the program itself may see (here only HOSTILE_GRANTED), never the host's (the
// runner's HOSTILE_SECRET); and a working directory inside the read grants.
// flags: --allow-child-process=sh --allow-env=HOSTILE_GRANTED
const cp = require('child_process');
const { allowed, check, run } = require('./_hostile');

function output(result) {
  if (result.error) throw result.error;
  return String(result.stdout);
}

run(async () => {
  const show = 'echo "[$HOSTILE_SECRET][$HOSTILE_GRANTED]"';
  const inherited = await allowed('the default environment', () => output(cp.spawnSync('sh', ['-c', show])));
  check('the default environment', inherited === '[][granted value]\n', inherited);
  const given = await allowed('env given', () => output(cp.spawnSync('sh', ['-c', show], { env: { HOSTILE_GRANTED: 'mine' } })));
  check('env given', given === '[][mine]\n', given);
  const all = await allowed('env', () => output(cp.spawnSync('sh', ['-c', 'env'], { env: {} })));
  check('nothing but what the shell sets', !all.includes('HOSTILE'), all);
  const shown = await new Promise((resolve) => cp.exec(show, (err, stdout) => resolve(err ?? stdout)));
  check('exec', shown === '[][granted value]\n', shown);
  const cwd = await allowed('cwd', () => output(cp.spawnSync('sh', ['-c', 'pwd'])));
  check('the working directory is the program', cwd === `${process.cwd()}\n`, cwd);
});
