// nodule-flags: --allow-fs-write=/tmp
// tar (npm's own, over minizlib, which drives zlib streams through `_handle` and
// `_processChunk`): create a gzipped archive of a scratch tree, list it, extract it.
const path = require('path');
const os = require('os');
const fs = require('fs');
const tar = require('tar');

(async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'nodule-tar-'));
  const at = (...parts) => path.join(root, ...parts);
  fs.mkdirSync(at('src', 'pkg', 'lib'), { recursive: true });
  fs.writeFileSync(at('src', 'pkg', 'package.json'), JSON.stringify({ name: 'pkg', version: '1.0.0' }));
  fs.writeFileSync(at('src', 'pkg', 'lib', 'index.js'), 'module.exports = 42;\n'.repeat(2000));
  fs.writeFileSync(at('src', 'pkg', 'README.md'), '# pkg\n');

  await tar.create({ gzip: true, file: at('pkg.tgz'), cwd: at('src'), portable: true }, ['pkg']);
  const entries = [];
  await tar.list({ file: at('pkg.tgz'), onReadEntry: (entry) => entries.push(`${entry.path} ${entry.type} ${entry.size}`) });
  console.log(entries.sort());

  fs.mkdirSync(at('out'));
  await tar.extract({ file: at('pkg.tgz'), cwd: at('out'), strip: 1 });
  console.log(fs.readdirSync(at('out')).sort(), fs.readFileSync(at('out', 'lib', 'index.js'), 'utf8').length);
  console.log(JSON.parse(fs.readFileSync(at('out', 'package.json'), 'utf8')));

  // Streaming: a gzipped tarball piped through the parser, as npm extracts one.
  const names = [];
  await new Promise((resolve, reject) => {
    fs.createReadStream(at('pkg.tgz'))
      .pipe(tar.t({ onReadEntry: (entry) => names.push(entry.path) }))
      .on('end', resolve)
      .on('error', reject);
  });
  console.log(names.length, tar.create.length, typeof tar.Unpack);
  fs.rmSync(root, { recursive: true });
})();
