const { StringDecoder } = require('string_decoder');
const euro = Buffer.from('€');
const d = new StringDecoder('utf8');
console.log(JSON.stringify(d.write(euro.subarray(0, 1))), JSON.stringify(d.write(euro.subarray(1, 2))), JSON.stringify(d.write(euro.subarray(2))));
console.log(JSON.stringify(d.write(Buffer.from([0xe2, 0x82]))), JSON.stringify(d.end()));
const emoji = Buffer.from('😀x');
const parts = [];
const d2 = new StringDecoder();
for (const byte of emoji) parts.push(d2.write(Buffer.from([byte])));
console.log(JSON.stringify(parts), JSON.stringify(d2.end()));
const u16 = new StringDecoder('utf16le');
const bytes = Buffer.from('h😀', 'utf16le');
console.log(JSON.stringify(u16.write(bytes.subarray(0, 3))), JSON.stringify(u16.write(bytes.subarray(3, 5))), JSON.stringify(u16.end(bytes.subarray(5))));
const b64 = new StringDecoder('base64');
console.log(b64.write(Buffer.from('ab')), b64.write(Buffer.from('cd')), b64.end());
const hex = new StringDecoder('hex');
console.log(hex.write(Buffer.from([1, 255])), hex.end(Buffer.from([16])), new StringDecoder('latin1').write(Buffer.from([0xe9])));
console.log(new StringDecoder('ucs2').encoding, new StringDecoder('binary').encoding, new StringDecoder('UTF-8').encoding);
try {
  new StringDecoder('nope');
} catch (err) {
  console.log(err.code, err.message);
}
