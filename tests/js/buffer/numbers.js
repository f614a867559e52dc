const b = Buffer.alloc(16);
console.log(b.writeUInt8(255, 0), b.writeInt8(-2, 1), b.writeUInt16LE(0xbeef, 2), b.writeUInt16BE(0xbeef, 4));
console.log(b.writeInt32LE(-123456, 6), b.writeUInt32BE(0xdeadbeef, 10), b);
console.log(b.readUInt8(0), b.readInt8(1), b.readUInt16LE(2), b.readUInt16BE(4), b.readInt32LE(6), b.readUInt32BE(10), b.readUint32BE(10));
const f = Buffer.alloc(12);
f.writeFloatLE(1.5, 0);
f.writeDoubleBE(-Math.PI, 4);
console.log(f, f.readFloatLE(0), f.readDoubleBE(4));
const big = Buffer.alloc(16);
big.writeBigInt64LE(-(2n ** 63n), 0);
big.writeBigUInt64BE(2n ** 64n - 1n, 8);
console.log(big, big.readBigInt64LE(0), big.readBigUInt64BE(8), big.readBigUint64LE(8));
const v = Buffer.alloc(6);
v.writeUIntBE(0x123456789a, 0, 5);
console.log(v, v.readUIntBE(0, 5), v.readUIntLE(0, 3), v.readIntBE(0, 6), v.readIntLE(1, 2));
v.writeIntLE(-1000, 0, 3);
console.log(v, v.readIntLE(0, 3));
for (const attempt of [
  () => b.readUInt8(16),
  () => b.readUInt32LE(13),
  () => b.readInt8(1.5),
  () => b.readInt8('1'),
  () => b.writeUInt8(256, 0),
  () => b.writeInt16LE(40000, 0),
  () => b.writeUInt32LE(-1, 0),
  () => big.writeBigInt64LE(1, 0),
  () => v.readUIntLE(0, 7),
  () => Buffer.alloc(-1),
  () => Buffer.alloc(1).fill('', 0),
]) {
  try {
    attempt();
    console.log('no error');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
