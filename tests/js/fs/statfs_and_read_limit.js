// nodule-flags: --allow-fs-write=.
// fs.statfs in its three styles (numbers or bigints, the path checked, a missing path's
// error), and readFile's limit: a file of exactly 2 GiB is one byte past Node's largest
// and is refused before anything is read.
const fs = require('fs');
const path = require('path');

const fields = ['type', 'bsize', 'blocks', 'bfree', 'bavail', 'files', 'ffree'];

function describe(label, stats) {
  const types = [...new Set(fields.map((field) => typeof stats[field]))];
  console.log(label, stats.constructor.name, Object.keys(stats).join(','), types, stats.bavail <= stats.bfree && stats.bfree <= stats.blocks);
}

describe('statfsSync', fs.statfsSync(__filename));
describe('statfsSync bigint', fs.statfsSync(__dirname, { bigint: true }));
for (const input of [false, 1, {}, null, undefined]) {
  try {
    fs.statfsSync(input);
  } catch (err) {
    console.log('statfsSync of', String(input), err.code);
  }
}
console.log('lengths', fs.statfs.length, fs.statfsSync.length, fs.promises.statfs.length);

const dir = fs.mkdtempSync(path.join(__dirname, 'statfs-'));
const huge = path.join(dir, 'huge');

fs.statfs(__filename, undefined, (err, stats) => {
  console.log('statfs callback', err);
  describe('statfs', stats);
  fs.statfs(path.join(dir, 'missing'), async (missing) => {
    console.log('statfs of a missing file:', missing.code, missing.syscall, path.basename(missing.path));
    describe('promises.statfs bigint', await fs.promises.statfs(__filename, { bigint: true }));

    fs.writeFileSync(huge, '0');
    fs.truncateSync(huge, 2 ** 31);
    try {
      fs.readFileSync(huge);
    } catch (err) {
      console.log('readFileSync of 2 GiB:', err.code, err.name);
    }
    const handle = await fs.promises.open(huge);
    await handle.readFile().catch((err) => console.log('FileHandle.readFile of 2 GiB:', err.code));
    await handle.close();
    fs.rmSync(dir, { recursive: true });
  });
});
