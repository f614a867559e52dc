// Creates files and folders outside the write grant, by every call that creates.
// flags: --allow-fs-write=out
const fs = require('fs');
const os = require('os');
const { outside, secret, refused, allowed, callback, event, run } = require('./_hostile');

run(async () => {
  await allowed('write inside the grant', () => fs.writeFileSync('out/ok.txt', 'fine'));
  const denied = ['ERR_ACCESS_DENIED'];
  const targets = [
    'out/../../outside/pwned',
    `${outside}/pwned`,
    'pwned',
    `${outside}/secret-dir/pwned`,
    `${os.tmpdir()}/nodule-hostile-pwned`,
  ];
  for (const target of targets) {
    await refused(`writeFileSync ${target}`, denied, () => fs.writeFileSync(target, 'pwned'));
    await refused(`writeFile ${target}`, denied, () => callback(fs.writeFile, target, 'pwned'));
    await refused(`promises.writeFile ${target}`, denied, () => fs.promises.writeFile(target, 'pwned'));
    await refused(`openSync wx ${target}`, denied, () => fs.openSync(target, 'wx'));
    await refused(`createWriteStream ${target}`, denied, () => event(fs.createWriteStream(target), 'open'));
    await refused(`mkdirSync ${target}`, denied, () => fs.mkdirSync(target));
    await refused(`mkdirSync recursive ${target}`, denied, () => fs.mkdirSync(`${target}/a/b`, { recursive: true }));
    await refused(`mkdtempSync ${target}`, denied, () => fs.mkdtempSync(target));
    await refused(`copyFileSync to ${target}`, denied, () => fs.copyFileSync('out/ok.txt', target));
    await refused(`symlinkSync at ${target}`, denied, () => fs.symlinkSync('out/ok.txt', target));
  }
  await refused('appendFileSync to the secret', denied, () => fs.appendFileSync(secret, 'pwned'));
  await refused('writeFileSync over the secret', denied, () => fs.writeFileSync('../outside/secret.txt', 'pwned'));
  await refused('open the secret for append', denied, () => fs.openSync(secret, 'a'));
});
