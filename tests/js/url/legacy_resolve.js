// url.resolve and url.resolveObject: Node's legacy merge, with its quirks (relative bases
// stay relative, `..` climbs into the host of a URL without slashes, auth does not follow
// another host), url.parse's hosts (refused when they could name another) and the
// domainTo* conversions, IP addresses included.
const url = require('url');

const cases = [
  ['/foo/bar/baz', '../quux/baz'],
  ['foo/bar', '../../../baz'],
  ['foo/bar/', '../../../baz'],
  ['/foo/bar/baz/', '../../../../../../../../quux/baz'],
  ['http://example.com/b//c//d;p?q#blarg', 'https:#hash2'],
  ['http://example.com/b//c//d;p?q#blarg', 'https:/p/a/t/h?s#hash2'],
  ['http://example.com/b//c//d;p?q#blarg', 'http:/a/b/c/d'],
  ['http://a/b/c/d;p?q', '../../../g'],
  ['http://a/b/c/d;p?q', '?y'],
  ['http://a/b/c/d;p?q', 'g/./h'],
  ['http://a/b/c/d;p?q', '.'],
  ['http://a/b/c/d;p?q', '#s'],
  ['http://a/b/c/d;p?q', ''],
  ['mailto:user@example.org', 'mailto:another.host.com'],
  ['mailto:local1@domain1', 'local2@domain2'],
  ['https://user:password@example.org/', '//another.host.com/'],
  ['https://user:password@example.com', 'https://example.com/foo'],
  ['http://example.com', '//other.org'],
  ['#hash2', '#hash1'],
  ['', 'a/b'],
];
for (const [from, to] of cases) console.log(JSON.stringify([from, to]), url.resolve(from, to));

const object = url.resolveObject('http://user@a.com/x/y?q=1', '../z#h');
console.log(object.href, object.pathname, object.path, object.auth, object.hash);
console.log(url.resolveObject('', 'kept'));

for (const input of [
  'http://[127.0.0.1\x00c8763]:8000/',
  'http://fail\u2047fail.com/',
  'http://a\u00ADb.com/',
  'http://a_b.com/x',
  'http://127.0.0.1:8080/x',
  'http://999.999.999.999/',
  'http://a.1/',
  'http://0x7f.1/',
  'http://xn--/',
  'http://MAÑANA.com/',
  'http://[::1]:80/',
]) {
  try {
    console.log(url.parse(input).host);
  } catch (err) {
    console.log(err.name, err.code, err.message, JSON.stringify(err.input));
  }
}
for (const host of ['127.0.0.1', '0x7f.1', '1.2.3', '999.999.999.999', '[::1]', '::1', 'a.1', 'xn--maana-pta.com']) {
  console.log(host, JSON.stringify(url.domainToASCII(host)), JSON.stringify(url.domainToUnicode(host)));
}
try {
  new URL('nope');
} catch (err) {
  console.log(String(err), err.code, err.input);
}
