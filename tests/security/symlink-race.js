// Swaps a file in the grant for a symlink to the secret while reads and writes of it are in flight.
// flags: --allow-fs-write=out
const fs = require('fs');
const { secret, check, run } = require('./_hostile');

/** Replaces out/f; a write in flight may have made it again in between, which is fine. */
function swap(make) {
  try {
    fs.rmSync('out/f', { force: true });
    make();
  } catch {
    // Lost the race to a write in flight.
  }
}

run(async () => {
  fs.writeFileSync('out/f', 'mine');
  const pending = [];
  const start = () => {
    pending.push(fs.promises.readFile('out/f', 'utf8').catch((err) => err.code));
    pending.push(fs.promises.writeFile('out/f', 'pwned').catch((err) => err.code));
    pending.push(
      fs.promises
        .stat('out/f')
        .then((s) => s.size)
        .catch((err) => err.code),
    );
  };
  for (let round = 0; round < 100; round++) {
    start();
    swap(() => fs.symlinkSync(secret, 'out/f'));
    start();
    // Some operations run while the symlink is there, some while the file is back.
    await new Promise(setImmediate);
    swap(() => fs.writeFileSync('out/f', 'mine'));
  }
  const results = await Promise.all(pending);
  // Our own file holds at most 5 bytes of 'mine' and 'pwned' (torn writes mix them);
  // the secret is longer, and its text starts with "outside".
  const codes = new Set(['ENOENT', 'ERR_ACCESS_DENIED', undefined]);
  const odd = results.filter(
    (r) => !codes.has(r) && !(typeof r === 'number' && r <= 5) && !(typeof r === 'string' && /^[minepwd]{0,5}$/.test(r)),
  );
  check('race', odd.length === 0, odd);
});
