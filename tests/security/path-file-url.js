// Names outside files with file: URLs, encoded dots, odd hosts and URL look-alikes.
const fs = require('fs');
const { pathToFileURL } = require('url');
const { outside, secret, refused, allowed, run } = require('./_hostile');

run(async () => {
  await allowed('own file by URL', () => fs.readFileSync(pathToFileURL(`${__dirname}/readonly.txt`)));
  const denied = ['ERR_ACCESS_DENIED'];
  const urls = [
    pathToFileURL(secret),
    new URL(`file://${secret}`),
    new URL(`file://localhost${secret}`),
    new URL(`file://${__dirname}/%2e%2e/outside/secret.txt`),
    new URL(`file://${__dirname}/.%2E/outside/secret.txt`),
    new URL('file:///etc/passwd'),
  ];
  for (const url of urls) {
    await refused(`readFileSync ${url}`, denied, () => fs.readFileSync(url, 'utf8'));
    await refused(`promises.readFile ${url}`, denied, () => fs.promises.readFile(url, 'utf8'));
  }
  // Node takes an object with `href` and `protocol` for a URL.
  const lookalike = { href: `file://${secret}`, protocol: 'file:', hostname: '', pathname: secret };
  await refused('URL look-alike', denied, () => fs.readFileSync(lookalike, 'utf8'));
  await refused('encoded slash', ['ERR_INVALID_FILE_URL_PATH'], () => fs.readFileSync(new URL(`file://${outside}%2Fsecret.txt`)));
  await refused('remote host', ['ERR_INVALID_FILE_URL_HOST'], () => fs.readFileSync(new URL(`file://evil${secret}`)));
  await refused('http URL', ['ERR_INVALID_URL_SCHEME'], () => fs.readFileSync(new URL(`http://localhost${secret}`)));
  // A string is a path, never a URL: this names ./file:/… inside the app folder.
  await refused('URL as a string', ['ENOENT'], () => fs.readFileSync(`file://${secret}`, 'utf8'));
});
