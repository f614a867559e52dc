// Reads the outside secret through `..` in the spellings a relative path can take.
const fs = require('fs');
const { outside, refused, allowed, callback, run } = require('./_hostile');

run(async () => {
  await allowed('own folder', () => fs.readFileSync('readonly.txt', 'utf8'));
  const paths = [
    '../outside/secret.txt',
    `${__dirname}/../outside/secret.txt`,
    './out/../../outside/secret.txt',
    'missing/../../outside/secret.txt',
    '.././outside//secret.txt',
    `${'../'.repeat(40)}${outside.slice(1)}/secret.txt`,
  ];
  for (const path of paths) {
    await refused(`readFileSync ${path}`, ['ERR_ACCESS_DENIED'], () => fs.readFileSync(path, 'utf8'));
    await refused(`readFile ${path}`, ['ERR_ACCESS_DENIED'], () => callback(fs.readFile, path, 'utf8'));
    await refused(`promises.readFile ${path}`, ['ERR_ACCESS_DENIED'], () => fs.promises.readFile(path, 'utf8'));
  }
});
