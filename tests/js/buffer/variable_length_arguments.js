// The variable-length integer readers and writers require an offset and an integer byteLength;
// toString takes only undefined as utf8; isUtf8 refuses a detached buffer; byteLength takes any
// realm's ArrayBuffer.
const vm = require('vm');
const { isUtf8, isAscii } = require('buffer');

const buffer = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]);
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}
for (const name of ['readUIntLE', 'readUIntBE', 'readIntLE', 'readIntBE']) {
  attempt(`${name}()`, () => buffer[name](undefined, 2));
  attempt(`${name}('')`, () => buffer[name]('', 2));
  attempt(`${name}(0, 1.01)`, () => buffer[name](0, 1.01));
  attempt(`${name}(0, 3)`, () => buffer[name](0, 3));
}
for (const name of ['writeUIntLE', 'writeUIntBE', 'writeIntLE', 'writeIntBE']) {
  attempt(`${name}(1)`, () => buffer[name](1, undefined, 2));
  attempt(`${name}(1, 0, 2)`, () => buffer[name](1, 0, 2));
}
attempt('readUInt8()', () => buffer.readUInt8());
attempt('toString(null)', () => buffer.toString(null, 1, 2));
attempt('toString(0)', () => buffer.toString(0, 1, 2));
attempt('toString(undefined)', () => buffer.toString(undefined, 0, 2));
attempt('byteLength of another realm', () => Buffer.byteLength(vm.runInNewContext('new ArrayBuffer(3)')));
const detached = new ArrayBuffer(4);
structuredClone(detached, { transfer: [detached] });
attempt('isUtf8 detached', () => isUtf8(detached));
attempt('isAscii detached', () => isAscii(detached));
