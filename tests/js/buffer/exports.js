// The buffer module's exports as Node has them: resolveObjectURL (blob: URLs from
// URL.createObjectURL), Buffer.copyBytesFrom, the INSPECT_MAX_BYTES setting.
const buffer = require('buffer');
const { Buffer, Blob, resolveObjectURL } = buffer;

console.log(Object.keys(buffer));
console.log(Object.getOwnPropertyNames(Buffer).sort().join());

(async () => {
  const blob = new Blob(['hello ', 'blob'], { type: 'text/plain' });
  const url = URL.createObjectURL(blob);
  console.log(url.startsWith('blob:nodedata:'), url.length);
  const resolved = resolveObjectURL(url);
  console.log(resolved instanceof Blob, resolved === blob, resolved.size, resolved.type, await resolved.text());
  console.log(resolveObjectURL(`${url}x`), resolveObjectURL('blob:nodedata:nope'), resolveObjectURL('not a url'), resolveObjectURL(42));
  URL.revokeObjectURL(url);
  console.log(resolveObjectURL(url));
  console.log(URL.revokeObjectURL('https://example.com/'));
  for (const bad of [() => URL.createObjectURL('text'), () => URL.revokeObjectURL()]) {
    try {
      bad();
    } catch (err) {
      console.log(err.name, err.code, err.message);
    }
  }

  const source = new Uint16Array([1, 2, 3, 258]);
  console.log(Buffer.copyBytesFrom(source), Buffer.copyBytesFrom(source, 1), Buffer.copyBytesFrom(source, 1, 2), Buffer.copyBytesFrom(source, 9));
  const copy = Buffer.copyBytesFrom(source, 3);
  source[3] = 0;
  console.log(copy, Buffer.copyBytesFrom(new Float32Array(0)));
  for (const bad of [() => Buffer.copyBytesFrom([1, 2]), () => Buffer.copyBytesFrom(source, -1), () => Buffer.copyBytesFrom(source, 0, 1.5)]) {
    try {
      bad();
    } catch (err) {
      console.log(err.code, err.message);
    }
  }

  console.log(buffer.INSPECT_MAX_BYTES, Buffer.alloc(4, 1));
  buffer.INSPECT_MAX_BYTES = 2;
  console.log(buffer.INSPECT_MAX_BYTES, Buffer.alloc(4, 1));
  try {
    buffer.INSPECT_MAX_BYTES = -1;
  } catch (err) {
    console.log(err.code, err.message);
  }
  buffer.INSPECT_MAX_BYTES = 50;
  console.log(Buffer.allocUnsafeSlow(3).length, Buffer.allocUnsafeSlow.name, Buffer.from('abcd').subarray(1, 3).toString(), Buffer.prototype.subarray.name);
})();
