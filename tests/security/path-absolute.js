// Reaches the outside folder by absolute path, through every kind of fs call that reads.
const fs = require('fs');
const path = require('path');
const { outside, secret, refused, allowed, check, callback, event, run } = require('./_hostile');

run(async () => {
  await allowed('own folder by absolute path', () => fs.readFileSync(path.join(__dirname, 'readonly.txt')));
  const denied = ['ERR_ACCESS_DENIED'];
  for (const target of [secret, `${outside}//secret.txt`, `${outside}/./secret.txt`, `${outside}/secret-dir/../secret.txt`]) {
    await refused(`readFileSync ${target}`, denied, () => fs.readFileSync(target, 'utf8'));
    await refused(`openSync ${target}`, denied, () => fs.openSync(target, 'r'));
    await refused(`promises.open ${target}`, denied, () => fs.promises.open(target, 'r'));
    await refused(`open ${target}`, denied, () => callback(fs.open, target, 'r'));
  }
  await refused('statSync', denied, () => fs.statSync(secret));
  await refused('lstatSync', denied, () => fs.lstatSync(secret));
  await refused('stat', denied, () => callback(fs.stat, secret));
  await refused('accessSync', denied, () => fs.accessSync(secret));
  await refused('realpathSync', denied, () => fs.realpathSync(secret));
  await refused('createReadStream', denied, () => event(fs.createReadStream(secret), 'data'));
  check('existsSync says nothing', fs.existsSync(secret) === false, 'exists');
  check('existsSync of the folder says nothing', fs.existsSync(outside) === false, 'exists');
});
