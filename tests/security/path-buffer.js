// Passes outside paths as Buffers and Uint8Arrays, including bytes that are not UTF-8.
const fs = require('fs');
const { secret, refused, allowed, run } = require('./_hostile');

run(async () => {
  await allowed('own file by Buffer', () => fs.readFileSync(Buffer.from('readonly.txt')));
  const denied = ['ERR_ACCESS_DENIED'];
  const paths = [
    Buffer.from('../outside/secret.txt'),
    Buffer.from(secret),
    new Uint8Array(Buffer.from(secret)),
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('/../../outside/secret.txt')]),
    // 0xc0 0xae is an overlong '.': a lax decoder reads out/../../outside/secret.txt.
    Buffer.concat([
      Buffer.from('out/'),
      Buffer.from([0xc0, 0xae, 0xc0, 0xae, 0x2f, 0xc0, 0xae, 0xc0, 0xae]),
      Buffer.from('/outside/secret.txt'),
    ]),
  ];
  for (const path of paths) {
    const label = Buffer.from(path).toString('hex').slice(0, 24);
    // Node (no sandbox) gets ENOENT for the non-UTF-8 ones: the kernel finds no such folder.
    await refused(`readFileSync ${label}`, [...denied, 'ENOENT'], () => fs.readFileSync(path, 'utf8'));
    await refused(`promises.readFile ${label}`, [...denied, 'ENOENT'], () => fs.promises.readFile(path, 'utf8'));
    await refused(`writeFileSync ${label}`, [...denied, 'ENOENT'], () => fs.writeFileSync(path, 'pwned'));
  }
});
