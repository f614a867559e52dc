// Makes a symlink to the outside folder inside the write grant and works inside it.
// flags: --allow-fs-write=out
const fs = require('fs');
const { outside, refused, allowed, run } = require('./_hostile');

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
  await allowed('symlink absolute', () => fs.symlinkSync(outside, 'out/abs', 'dir'));
  await allowed('symlink relative', () => fs.symlinkSync('../../outside', 'out/rel', 'dir'));
  const denied = ['ERR_ACCESS_DENIED'];
  for (const dir of ['out/abs', 'out/rel', 'out/abs/secret-dir/..', 'out/rel/.']) {
    await refused(`${dir} readdirSync`, denied, () => fs.readdirSync(dir));
    await refused(`${dir} opendirSync`, denied, () => readFirst(dir));
    await refused(`${dir} readFileSync`, denied, () => fs.readFileSync(`${dir}/secret.txt`, 'utf8'));
    await refused(`${dir} writeFileSync new`, denied, () => fs.writeFileSync(`${dir}/pwned`, 'pwned'));
    await refused(`${dir} writeFileSync over`, denied, () => fs.writeFileSync(`${dir}/secret.txt`, 'pwned'));
    await refused(`${dir} mkdirSync`, denied, () => fs.mkdirSync(`${dir}/secret-dir/pwned`));
    await refused(`${dir} mkdirSync recursive`, denied, () => fs.mkdirSync(`${dir}/new/deeper`, { recursive: true }));
    await refused(`${dir} rmSync`, denied, () => fs.rmSync(`${dir}/secret-dir`, { recursive: true }));
    await refused(`${dir} rmdirSync`, denied, () => fs.rmdirSync(`${dir}/secret-dir`));
    await refused(`${dir} unlinkSync`, denied, () => fs.unlinkSync(`${dir}/secret.txt`));
    await refused(`${dir} chmodSync`, denied, () => fs.chmodSync(`${dir}/secret-dir`, 0o777));
    await refused(`${dir} promises.readdir`, denied, () => fs.promises.readdir(dir));
  }
});
