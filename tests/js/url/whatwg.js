const inputs = [
  ['https://user:pa ss@Example.COM:443/a/../b/./c?x=1&y=%20#frag'],
  ['http://example.com:8080/path name?q=a b'],
  ['../up?z', 'http://host/a/b/c'],
  ['//other.host/p', 'https://base/'],
  ['file:///tmp/a%20b.txt'],
  ['mailto:someone@example.com'],
  ['http://[::1]:3000/'],
  ['http://xn--nxasmq6b.com/'],
  ['http://ñandú.com/'],
  ['blob:https://a.com/uuid'],
  ['not a url'],
  ['http://exa mple.com'],
  ['/relative/only'],
  ['data:text/plain,hello'],
];
for (const [input, base] of inputs) {
  try {
    const url = new URL(input, base);
    console.log(url.href, '|', url.origin, url.protocol, url.username, url.password, url.host, url.hostname, url.port, url.pathname, url.search, url.hash);
  } catch (err) {
    console.log('error', err.name, err.code, err.message, err.input, err.base);
  }
}
const u = new URL('http://a.com/p?x=1');
u.pathname = '/new path';
u.search = '?k=v w';
u.hash = 'h';
u.port = '8080';
u.hostname = 'b.org';
u.protocol = 'https';
u.username = 'me';
u.password = 'secret';
console.log(u.href, String(u), JSON.stringify({ u }));
u.port = '443';
console.log(u.href, u.port);
u.protocol = 'ftp-nope:';
u.port = 'abc';
console.log(u.href);
u.href = 'http://reset.com/';
console.log(u.href);
try {
  u.href = 'no';
} catch (err) {
  console.log(err.code, err.message);
}
console.log(URL.canParse('http://x'), URL.canParse('x'), URL.canParse('x', 'http://base'));
console.log(new URL('https://a.com/p?b=2&a=1'));
console.log(Object.keys(new URL('http://a')), typeof URL, Object.prototype.toString.call(new URL('http://a')));
