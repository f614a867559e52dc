const inputs = ['hello world', 'héllo wörld €', '😀 emoji', '', 'a\u0000b', '\ud800 lone surrogate'];
for (const text of inputs) {
  const b = Buffer.from(text);
  console.log(JSON.stringify(text), b, b.length, Buffer.byteLength(text));
  for (const enc of ['utf8', 'hex', 'base64', 'base64url', 'latin1', 'ascii', 'utf16le', 'binary', 'ucs2']) {
    const encoded = b.toString(enc);
    console.log(' ', enc, JSON.stringify(encoded), Buffer.from(encoded, enc).equals(b), Buffer.byteLength(encoded, enc));
  }
}
console.log(Buffer.from('68656c6c6f', 'hex').toString(), Buffer.from('6865zz6c', 'hex'), Buffer.from('abc', 'hex'));
console.log(Buffer.from('aGVsbG8gd29ybGQ=', 'base64').toString(), Buffer.from('aGVs bG8\n', 'base64').toString());
console.log(Buffer.from('aGVsbG8_-w', 'base64url'), Buffer.from('aGVsbG8/+w==', 'base64'));
console.log(Buffer.from('ÿ€', 'latin1'), Buffer.from('hé', 'ascii'), Buffer.from('hi', 'utf16le'));
console.log(Buffer.from([256, -1, 1.7, '3', 'x']), Buffer.from(new Uint16Array([1, 258])), Buffer.from({ length: 2, 0: 7 }));
const ab = new ArrayBuffer(8);
const view = Buffer.from(ab, 2, 4);
view[0] = 42;
console.log(new Uint8Array(ab)[2], view.length, view.byteOffset);
console.log(Buffer.isEncoding('UTF-8'), Buffer.isEncoding('hex'), Buffer.isEncoding('nope'), Buffer.isEncoding(''));
try {
  Buffer.from('x', 'nope');
} catch (err) {
  console.log(err.name, err.code, err.message);
}
try {
  Buffer.from(5);
} catch (err) {
  console.log(err.name, err.code, err.message);
}
console.log(atob('aGVsbG8='), btoa('hello'), btoa('ÿ'));
console.log(new TextDecoder().decode(Buffer.from('€uro')), new TextEncoder().encode('€'));
console.log(Buffer.from('€uro').toString('utf8', 1, 4), Buffer.from('abc').toString(undefined, -5, 100));
