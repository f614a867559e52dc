// Moves the working folder (really, or by replacing process.cwd) and reads relative to it.
const fs = require('fs');
const { outside, refused, run } = require('./_hostile');

run(async () => {
  const denied = ['ERR_ACCESS_DENIED'];
  // Where chdir is refused, a relative path still names a (missing) file in the app folder.
  const deniedOrMissing = [...denied, 'ENOENT'];
  try {
    process.chdir('..');
  } catch {
    // Refusing to move is fine; what matters is what the reads below reach.
  }
  await refused('relative read after chdir ..', deniedOrMissing, () => fs.readFileSync('outside/secret.txt', 'utf8'));
  try {
    process.chdir(outside);
  } catch {
    // As above.
  }
  await refused('relative read after chdir outside', deniedOrMissing, () => fs.readFileSync('secret.txt', 'utf8'));
  process.cwd = () => outside;
  await refused('relative read with a fake cwd', denied, () => fs.readFileSync('secret.txt', 'utf8'));
  await refused('relative async read with a fake cwd', denied, () => fs.promises.readFile('secret.txt', 'utf8'));
});
