// Hides a second path after a NUL byte, as C-level path handling would stop there.
const fs = require('fs');
const { pathToFileURL } = require('url');
const { secret, refused, run } = require('./_hostile');

run(async () => {
  const invalid = ['ERR_INVALID_ARG_VALUE'];
  const paths = [
    `readonly.txt\0../outside/secret.txt`,
    `${secret}\0`,
    `\0${secret}`,
    `out/x\0/../../outside/secret.txt`,
    Buffer.from(`readonly.txt\0${secret}`),
    new URL(`${pathToFileURL(secret)}%00.txt`),
  ];
  for (const path of paths) {
    const label = JSON.stringify(String(path)).slice(0, 40);
    await refused(`readFileSync ${label}`, invalid, () => fs.readFileSync(path, 'utf8'));
    await refused(`readFile ${label}`, invalid, () => fs.readFile(path, () => {}));
    await refused(`promises.readFile ${label}`, invalid, () => fs.promises.readFile(path));
    await refused(`writeFileSync ${label}`, invalid, () => fs.writeFileSync(path, 'pwned'));
    await refused(`statSync ${label}`, invalid, () => fs.statSync(path));
  }
  await refused('symlink target', invalid, () => fs.symlinkSync(`${secret}\0`, 'out/l'));
  await refused('rename', invalid, () => fs.renameSync('readonly.txt\0', 'out/x'));
  await refused('require', ['MODULE_NOT_FOUND', 'ERR_INVALID_ARG_VALUE'], () => require(`./readonly.txt\0${secret}`));
});
