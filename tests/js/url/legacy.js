const url = require('url');
const samples = [
  'http://user:pass@host.com:8080/p/a/t/h?query=string#hash',
  'https://EXAMPLE.com/A%20B?x=1&x=2',
  '/just/a/path?with=query',
  '//host/path',
  'mailto:user@example.com',
  'javascript:alert(1)',
  'http://[::1]:8000/x',
  'file:///etc/hosts',
  'http://a.com\\b\\c?d\\e',
  'HTTP://A.COM',
  'git+ssh://git@github.com:org/repo.git',
  'http://x.com/a b<c>',
];
for (const sample of samples) {
  const parsed = url.parse(sample);
  console.log(JSON.stringify(parsed));
}
console.log(url.parse('http://a.com/?a=1&b=2', true).query, url.parse('//host/p', false, true).host);
console.log(url.format({ protocol: 'https', hostname: 'example.com', pathname: '/some/path', query: { page: 1, format: 'json' } }));
console.log(url.format(url.parse('http://a.com:80/x?y#z')), url.format(new URL('https://u:p@a.com/b?c#d'), { auth: false, fragment: false, search: false }));
console.log(url.resolve('/one/two/three', 'four'), url.resolve('http://example.com/', '/one'), url.resolve('http://example.com/one', '/two'), url.resolve('http://a.com/b/c', '../d'));
console.log(url.fileURLToPath('file:///tmp/a%20b'), url.pathToFileURL('/tmp/a b#c?d%e').href, url.pathToFileURL('/tmp/dir/').href);
for (const bad of ['http://x/y', 'file://host/x', 'file:///a%2Fb', 42]) {
  try {
    url.fileURLToPath(bad);
  } catch (err) {
    console.log(err.code, err.message);
  }
}
console.log(url.urlToHttpOptions(new URL('https://u:p@[::1]:8080/p?q#h')), url.domainToASCII('español.com'), url.domainToUnicode('xn--espaol-zwa.com'));
