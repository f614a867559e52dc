// Buffer#toString refuses a string longer than buffer.constants.MAX_STRING_LENGTH
// (ERR_STRING_TOO_LONG, judged by the encoding's output), and Buffer.from takes an object
// holding an ArrayBuffer as `buffer` as an array-like.
const { constants } = require('buffer');

const big = Buffer.allocUnsafe(2 ** 28);
for (const [encoding, start] of [['hex', 0], ['hex', 2 ** 28 - 8], ['latin1', 2 ** 28 - 8]]) {
  try {
    const text = big.toString(encoding, start);
    console.log(encoding, start, 'made a string of', text.length);
  } catch (err) {
    console.log(encoding, start, err.code, err.name, err.message);
  }
}
console.log(constants.MAX_STRING_LENGTH);

console.log(Buffer.from({ buffer: new SharedArrayBuffer(4) }));
console.log(Buffer.from({ buffer: new ArrayBuffer(4), length: 2 }));
console.log(Buffer.from({ length: 3, 0: 1, 1: 2, 2: 3 }));
