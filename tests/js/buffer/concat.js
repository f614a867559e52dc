// Buffer.concat: lengths given or not, cut or zero-filled, every item checked whatever the
// length, as Node checks them, and views of another realm accepted.
// Each result: its length, first bytes, a checksum of them all, and whether it is a Buffer.
const show = (f) => {
  try {
    const b = f();
    const checksum = b.reduce((sum, byte, i) => (sum + byte * (i + 1)) % 65521, 0);
    console.log(b.length, JSON.stringify([...b].slice(0, 12)), checksum, b instanceof Buffer);
  } catch (e) {
    console.log(e.code, e.message);
  }
};
const a = Buffer.from('hello');
const c = new Uint8Array([1, 2, 3]);
show(() => Buffer.concat([a, c]));
show(() => Buffer.concat([a, c], 3));
show(() => Buffer.concat([a, c], 12));
show(() => Buffer.concat([a, c], 0));
show(() => Buffer.concat([a, 'x']));
show(() => Buffer.concat([a, 'x'], 3));
show(() => Buffer.concat([a, 'x'], 6));
show(() => Buffer.concat([new Uint8ClampedArray(2), a]));
show(() => Buffer.concat([new Int8Array(2), a]));
show(() => Buffer.concat([new Uint16Array(2), a]));
show(() => Buffer.concat(['x'], 0));
show(() => Buffer.concat([], 5));
show(() => Buffer.concat([a.subarray(1, 3), a], -1));
show(() => Buffer.concat([new DataView(new ArrayBuffer(2))]));
show(() => Buffer.concat('not a list'));
const big = Array.from({ length: 1000 }, (_, i) => Buffer.alloc(3, i));
show(() => Buffer.concat(big));
show(() => Buffer.concat(big, 2999));
