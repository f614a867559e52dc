// Hard-links outside files into the write grant, and grant files out of it.
// flags: --allow-fs-write=out
const fs = require('fs');
const { outside, secret, refused, allowed, run } = require('./_hostile');

run(async () => {
  await allowed('a file of our own', () => fs.writeFileSync('out/mine.txt', 'mine'));
  const denied = ['ERR_ACCESS_DENIED'];
  await refused('link the secret in', denied, () => fs.linkSync(secret, 'out/s'));
  await refused('link the secret in relatively', denied, () => fs.linkSync('../outside/secret.txt', 'out/s'));
  await refused('promises.link the secret in', denied, () => fs.promises.link(secret, 'out/s'));
  await refused('link the folder in', denied, () => fs.linkSync(`${outside}/secret-dir`, 'out/d'));
  await refused('link /etc/passwd in', denied, () => fs.linkSync('/etc/passwd', 'out/passwd'));
  await refused('link ours outside', denied, () => fs.linkSync('out/mine.txt', `${outside}/planted.txt`));
  await refused('link ours into the app folder', denied, () => fs.linkSync('out/mine.txt', 'planted.txt'));
  await refused('link ours over the secret', denied, () => fs.linkSync('out/mine.txt', secret));
});
