// Inflates a small deflate stream that holds 256 MiB of zeros, under a 64 MiB memory limit.
// flags: --max-memory=64
// expect-status: 0 | 137
// expect-stderr: nodule: memory limit of 64 MiB exceeded
// timeout-ms: 8000
const zlib = require('zlib');
const { refused, check, run } = require('./_hostile');

/** 256 MiB of zeros, deflated a MiB at a time: the guest never holds more than the output. */
function bomb(make) {
  const stream = make();
  const parts = [];
  stream.on('data', (part) => parts.push(part));
  const zeros = Buffer.alloc(1 << 20);
  for (let i = 0; i < 256; i++) stream.write(zeros);
  return new Promise((resolve) => stream.end(() => resolve(Buffer.concat(parts))));
}

run(async () => {
  const deflated = await bomb(() => zlib.createDeflate({ level: 9 }));
  check('the bomb is small', deflated.length < 1 << 20, deflated.length);
  // Any error is the refusal here: node's ERR_BUFFER_TOO_LARGE, an out-of-memory error.
  const anyError = [undefined, 'ERR_BUFFER_TOO_LARGE', 'ERR_OUT_OF_RANGE', 'Z_MEM_ERROR', 'Z_BUF_ERROR', 'ENOMEM'];
  await refused('inflateSync', anyError, () => zlib.inflateSync(deflated).length);
  await refused(
    'inflate',
    anyError,
    () => new Promise((resolve, reject) => zlib.inflate(deflated, (err, out) => (err ? reject(err) : resolve(out.length)))),
  );
  await refused('unzipSync', anyError, () => zlib.unzipSync(deflated).length);
});
