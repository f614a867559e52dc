// A read grant for outside/secret-dir must not reach its parent, by `..` or by prefix.
// flags: --allow-fs-read={outside}/secret-dir
const fs = require('fs');
const { outside, refused, allowed, run } = require('./_hostile');

run(async () => {
  await allowed('list the granted folder', () => fs.readdirSync(`${outside}/secret-dir`));
  const denied = ['ERR_ACCESS_DENIED'];
  await refused('dot-dot out of the grant', denied, () => fs.readFileSync(`${outside}/secret-dir/../secret.txt`, 'utf8'));
  await refused('list the parent', denied, () => fs.readdirSync(`${outside}/secret-dir/..`));
  // A path that only starts with the granted path's characters is another folder.
  await refused('prefix of the grant', ['ERR_ACCESS_DENIED', 'ENOENT'], () => fs.readdirSync(`${outside}/secret-dir-sibling`));
  await refused('write in a read grant', denied, () => fs.writeFileSync(`${outside}/secret-dir/pwned`, 'x'));
  await refused('mkdir in a read grant', denied, () => fs.mkdirSync(`${outside}/secret-dir/pwned`));
});
