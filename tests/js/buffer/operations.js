const { Buffer } = require('buffer');
const a = Buffer.from('abcdef');
console.log(a.slice(1, 3), a.subarray(-2), a.slice(4, 2));
const shared = a.subarray(0, 2);
shared[0] = 0x7a;
console.log(a.toString(), shared.buffer === a.buffer);
console.log(Buffer.concat([Buffer.from('ab'), Buffer.from('cd'), new Uint8Array([0x65])]), Buffer.concat([Buffer.from('abc')], 5), Buffer.concat([]));
console.log(Buffer.compare(Buffer.from('a'), Buffer.from('b')), Buffer.compare(Buffer.from('b'), Buffer.from('a')), Buffer.compare(Buffer.from('ab'), Buffer.from('a')));
console.log(a.equals(Buffer.from('zbcdef')), a.compare(Buffer.from('zbc'), 0, 3, 0, 3));
const target = Buffer.alloc(6, '.');
console.log(a.copy(target, 2, 0, 10), target.toString());
console.log(Buffer.alloc(5, 'ab'), Buffer.alloc(4, 0x101), Buffer.alloc(3), Buffer.alloc(6, 'YQ==', 'base64'));
console.log(Buffer.alloc(8).fill('xyz', 1, 7), Buffer.alloc(4).fill(Buffer.from([1, 2, 3])));
const haystack = Buffer.from('this is a buffer, a buffer');
console.log(haystack.indexOf('buffer'), haystack.indexOf('buffer', 11), haystack.lastIndexOf('buffer'), haystack.indexOf('nope'));
console.log(haystack.indexOf(0x61), haystack.includes('is a'), haystack.indexOf(Buffer.from('a b')), haystack.indexOf('', 3), haystack.lastIndexOf('a', -10));
console.log(Buffer.from([1, 2, 3, 4]).swap16(), Buffer.from([1, 2, 3, 4]).swap32(), Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap64());
try {
  Buffer.from([1, 2, 3]).swap16();
} catch (err) {
  console.log(err.code, err.message);
}
console.log(JSON.stringify(Buffer.from('hi')), Buffer.from(JSON.parse(JSON.stringify(Buffer.from('hi')))));
const w = Buffer.alloc(10);
console.log(w.write('héllo'), w, w.write('zz', 8), w.write('abc', 1, 1), w.write('ffee', 2, 'hex'), w);
console.log(Buffer.isBuffer(w), Buffer.isBuffer(new Uint8Array(2)), w instanceof Uint8Array, w.constructor.name);
console.log(Buffer.alloc(60, 1), Buffer.poolSize, require('buffer').kMaxLength, require('buffer').constants.MAX_STRING_LENGTH);
console.log([Buffer.from('nested')], { b: Buffer.from('x') });
for (const [name, bytes] of Object.entries({ utf8: Buffer.from('é'), bad: Buffer.from([0xc3]) })) {
  console.log(name, require('buffer').isUtf8(bytes), require('buffer').isAscii(bytes));
}
