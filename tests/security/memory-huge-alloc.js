// Asks for single huge allocations at once under a 64 MiB limit: each must be a catchable error.
// flags: --max-memory=64
const { refused, run } = require('./_hostile');

run(async () => {
  // Codes vary by engine and call (RangeError, out-of-memory InternalError): any error is a refusal.
  const anyError = [undefined, 'ERR_OUT_OF_RANGE', 'ERR_INVALID_ARG_VALUE', 'ERR_BUFFER_TOO_LARGE', 'ERR_STRING_TOO_LONG'];
  await refused('Buffer.alloc 1 GiB', anyError, () => Buffer.alloc(1 << 30).length);
  await refused('Buffer.allocUnsafe 2 GiB', anyError, () => Buffer.allocUnsafe(2 ** 31 - 1).length);
  await refused('ArrayBuffer 1 GiB', anyError, () => new ArrayBuffer(1 << 30).byteLength);
  await refused('Float64Array 200M', anyError, () => new Float64Array(200_000_000).length);
  await refused('Array 1G', anyError, () => new Array(1 << 30).fill(0).length);
  await refused('string repeat 512M', anyError, () => 'x'.repeat(1 << 29).length);
  await refused('Buffer.concat', anyError, () => Buffer.concat([Buffer.alloc(40 << 20), Buffer.alloc(40 << 20)]).length);
});
