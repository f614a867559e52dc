// Reads the host's system files (/etc/passwd, /etc/shadow, ~/.ssh) in several spellings and calls.
const fs = require('fs');
const os = require('os');
const { refused, check, run } = require('./_hostile');

run(async () => {
  const denied = ['ERR_ACCESS_DENIED'];
  const paths = [
    '/etc/passwd',
    '/etc/shadow',
    '/etc/hostname',
    '/etc/../etc/passwd',
    '/./etc//passwd',
    '/root/.ssh/id_rsa',
    `${os.homedir()}/.ssh/id_rsa`,
    '/etc',
  ];
  for (const path of paths) {
    await refused(`readFileSync ${path}`, denied, () => fs.readFileSync(path, 'utf8'));
    await refused(`statSync ${path}`, denied, () => fs.statSync(path));
    await refused(`promises.readFile ${path}`, denied, () => fs.promises.readFile(path, 'utf8'));
  }
  await refused('file URL', denied, () => fs.readFileSync(new URL('file:///etc/passwd')));
  await refused('Buffer', denied, () => fs.readFileSync(Buffer.from('/etc/passwd')));
  await refused('readdir /etc', denied, () => fs.readdirSync('/etc'));
  await refused('require', ['MODULE_NOT_FOUND', 'ERR_ACCESS_DENIED'], () => require('/etc/passwd'));
  check('existsSync /etc/passwd says nothing', fs.existsSync('/etc/passwd') === false, 'exists');
});
