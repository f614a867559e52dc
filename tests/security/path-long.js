// Overlong paths: a name too long, a path past PATH_MAX that climbs out, megabytes of `./`.
// timeout-ms: 30000
const fs = require('fs');
const { outside, refused, run } = require('./_hostile');

run(async () => {
  // Node (no sandbox) gets ENAMETOOLONG from the kernel for each of these.
  const refusals = ['ERR_ACCESS_DENIED', 'ENAMETOOLONG'];
  await refused('a 300-byte name', ['ENAMETOOLONG', 'ENOENT'], () => fs.readFileSync('x'.repeat(300)));
  const paths = {
    'deep then up': `${'a/'.repeat(3000)}${'../'.repeat(3001)}outside/secret.txt`,
    slashes: `/${'/'.repeat(100000)}${outside}/secret.txt`,
    'megabytes of ./': `${'./'.repeat(2_000_000)}../outside/secret.txt`,
    'up past the root': `${'../'.repeat(100000)}${outside}/secret.txt`,
  };
  for (const [label, path] of Object.entries(paths)) {
    await refused(`readFileSync ${label}`, refusals, () => fs.readFileSync(path, 'utf8'));
    await refused(`promises.readFile ${label}`, refusals, () => fs.promises.readFile(path, 'utf8'));
    await refused(`writeFileSync ${label}`, refusals, () => fs.writeFileSync(path, 'pwned'));
  }
});
