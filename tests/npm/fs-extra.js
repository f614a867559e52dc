// nodule-flags: --allow-fs-write=/tmp
// fs-extra over graceful-fs and universalify: it wraps every fs function by its
// `length`, and needs fs.realpath.native; promises and callbacks, JSON, copy, move.
const path = require('path');
const os = require('os');
const fse = require('fs-extra');

(async () => {
  const root = await fse.mkdtemp(path.join(os.tmpdir(), 'nodule-fs-extra-'));
  const at = (...parts) => path.join(root, ...parts);
  console.log(typeof fse.copy, typeof fse.realpath.native, typeof fse.readv, fse.readFile.length);
  await fse.outputFile(at('deep', 'er', 'file.txt'), 'hello');
  console.log(await fse.readFile(at('deep', 'er', 'file.txt'), 'utf8'), await fse.pathExists(at('deep')), fse.pathExistsSync(at('nope')));
  await fse.outputJson(at('data.json'), { a: 1, list: [1, 2] }, { spaces: 2 });
  console.log(await fse.readJson(at('data.json')), fse.readJsonSync(at('data.json')).list);
  await fse.copy(at('deep'), at('copy'));
  console.log((await fse.readdir(at('copy', 'er'))).sort());
  await fse.move(at('copy'), at('moved'));
  console.log(await fse.pathExists(at('copy')), await fse.pathExists(at('moved', 'er', 'file.txt')));
  await fse.ensureDir(at('made', 'here'));
  await fse.ensureFile(at('made', 'here', 'empty.txt'));
  fse.ensureLinkSync(at('data.json'), at('made', 'link.json'));
  console.log((await fse.stat(at('made', 'here', 'empty.txt'))).size, fse.readJsonSync(at('made', 'link.json')).a);
  await fse.emptyDir(at('made'));
  console.log(await fse.readdir(at('made')));
  console.log((await fse.realpath.native(root)) === (await fse.realpath(root)));
  fse.readFile(at('data.json'), 'utf8', (err, text) => {
    console.log('callback', err, text.length);
    fse.readFile(at('missing'), (err) => {
      console.log(err.code);
      fse.remove(root).then(() => console.log('removed', fse.existsSync(root)));
    });
  });
})();
