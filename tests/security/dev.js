// Reads and writes device files: endless ones (/dev/zero), raw memory, the terminal, stdin by path.
const fs = require('fs');
const { refused, run } = require('./_hostile');

run(async () => {
  const denied = ['ERR_ACCESS_DENIED'];
  for (const device of [
    '/dev/zero',
    '/dev/urandom',
    '/dev/mem',
    '/dev/kmsg',
    '/dev/tty',
    '/dev/stdin',
    '/dev/fd/0',
    '/dev/vda',
    '/dev/sda',
  ]) {
    await refused(`readFileSync ${device}`, denied, () => fs.readFileSync(device));
    await refused(`promises.readFile ${device}`, denied, () => fs.promises.readFile(device));
    await refused(`openSync ${device}`, denied, () => fs.openSync(device, 'r'));
  }
  for (const device of ['/dev/null', '/dev/full', '/dev/tty', '/dev/stderr', '/dev/kmsg']) {
    await refused(`writeFileSync ${device}`, denied, () => fs.writeFileSync(device, 'pwned'));
  }
  await refused(
    'createReadStream /dev/zero',
    denied,
    () =>
      new Promise((resolve, reject) => {
        fs.createReadStream('/dev/zero')
          .on('error', reject)
          .on('data', () => resolve('reading /dev/zero'));
      }),
  );
});
