// Hands the host odd values (huge positions, times, modes, lengths) to make it panic.
// flags: --allow-fs-write=out
const fs = require('fs');
const { allowed, check, run } = require('./_hostile');

run(async () => {
  const fd = await allowed('a file', () => fs.openSync('out/f', 'w+'));
  // Each may succeed or fail with any error; the host must answer, not crash (the runner checks).
  const tries = {
    'write at 2^53': () => fs.writeSync(fd, 'x', 2 ** 53),
    'write at 2^62': () => fs.writeSync(fd, 'x', 2 ** 62),
    'write at -2': () => fs.writeSync(fd, 'x', -2),
    'ftruncate to 2^63': () => fs.ftruncateSync(fd, 2 ** 63),
    'ftruncate negative': () => fs.ftruncateSync(fd, -1),
    'read 2^31 at 2^53': () => fs.readSync(fd, Buffer.alloc(16), 0, 16, 2 ** 53),
    'utimes 1e300': () => fs.utimesSync('out/f', 1e300, -1e300),
    'utimes NaN': () => fs.utimesSync('out/f', NaN, Infinity),
    'futimes huge': () => fs.futimesSync(fd, 2 ** 62, -(2 ** 62)),
    'chmod 2^40': () => fs.chmodSync('out/f', 2 ** 40),
    'open mode 2^40': () => fs.openSync('out/g', 'w', 2 ** 40),
    'mkdtemp long prefix': () => fs.mkdtempSync(`out/${'p'.repeat(300)}`),
    'readdir of a file': () => fs.readdirSync('out/f'),
    'symlink with a 1 MiB target': () => fs.symlinkSync('t'.repeat(1 << 20), 'out/long-link'),
  };
  for (const attempt of Object.values(tries)) {
    try {
      attempt();
    } catch {
      // Refused: fine.
    }
  }
  check('still working', fs.writeSync(fd, 'ok', 0) === 2 && fs.readFileSync('readonly.txt').length > 0, 'broken');
});
