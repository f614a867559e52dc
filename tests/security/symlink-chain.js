// Chains of symlinks, each step inside the grant, whose end is outside; a loop; /proc detours.
// flags: --allow-fs-write=out
const fs = require('fs');
const { secret, refused, allowed, run } = require('./_hostile');

run(async () => {
  await allowed('chain a -> b -> c -> outside', () => {
    fs.symlinkSync('b', 'out/a');
    fs.symlinkSync('sub/c', 'out/b');
    fs.mkdirSync('out/sub');
    fs.symlinkSync('../../../outside/secret.txt', 'out/sub/c');
  });
  await allowed('folder chain d1 -> d2 -> ..', () => {
    fs.symlinkSync('d2', 'out/d1');
    fs.symlinkSync('..', 'out/d2');
  });
  await allowed('a loop', () => fs.symlinkSync('loop', 'out/loop'));
  await allowed('detours through /proc', () => {
    fs.symlinkSync(`/proc/self/root${secret}`, 'out/proc-root');
    fs.symlinkSync('/proc/self/cwd/../outside/secret.txt', 'out/proc-cwd');
  });
  const denied = ['ERR_ACCESS_DENIED'];
  for (const link of ['out/a', 'out/b', 'out/proc-root', 'out/proc-cwd']) {
    await refused(`${link} read`, denied, () => fs.readFileSync(link, 'utf8'));
    await refused(`${link} write`, denied, () => fs.writeFileSync(link, 'pwned'));
    await refused(`${link} async read`, denied, () => fs.promises.readFile(link, 'utf8'));
  }
  await refused('write the app folder through d1', denied, () => fs.writeFileSync('out/d1/pwned', 'pwned'));
  await refused('overwrite readonly.txt through d1', denied, () => fs.writeFileSync('out/d1/readonly.txt', 'pwned'));
  await refused('climb through d1', denied, () => fs.readFileSync('out/d1/d1/../outside/secret.txt', 'utf8'));
  await refused('loop', ['ELOOP', 'ERR_ACCESS_DENIED'], () => fs.readFileSync('out/loop'));
});
