// Lists folders outside the grant: the parent, the outside folder, the root, /tmp.
const fs = require('fs');
const { outside, refused, allowed, callback, run } = require('./_hostile');

/** The first entry of `dir` through opendir, closing the handle again. */
function readFirst(dir) {
  const handle = fs.opendirSync(dir);
  try {
    return handle.readSync();
  } finally {
    handle.closeSync();
  }
}

run(async () => {
  await allowed('list own folder', () => fs.readdirSync('.'));
  const denied = ['ERR_ACCESS_DENIED'];
  for (const dir of ['..', outside, `${outside}/secret-dir`, '/', '/tmp', 'out/../..']) {
    await refused(`readdirSync ${dir}`, denied, () => fs.readdirSync(dir));
    await refused(`readdir ${dir}`, denied, () => callback(fs.readdir, dir, { withFileTypes: true }));
    await refused(`promises.readdir ${dir}`, denied, () => fs.promises.readdir(dir));
    await refused(`opendirSync ${dir}`, denied, () => readFirst(dir));
    await refused(`statSync ${dir}`, denied, () => fs.statSync(dir));
  }
  await refused('readdir recursive', denied, () => fs.promises.readdir(outside, { recursive: true }));
  await refused('readdir recursive from inside', denied, () => fs.promises.readdir('out/../..', { recursive: true }));
});
