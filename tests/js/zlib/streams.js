// The stream classes: pipeline round trips (with a multi-megabyte hash check),
// flush(), params(), reset(), close(), backpressure, and stream errors.
const zlib = require('zlib');
const crypto = require('crypto');
const { pipeline, Readable, Writable, PassThrough } = require('stream');
const { pipeline: pipelinePromise } = require('stream/promises');

function collect(stream) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

// Deterministic, partly compressible data.
function makeData(size) {
  const data = Buffer.alloc(size);
  let seed = 12345;
  for (let i = 0; i < size; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    data[i] = i % 1000 < 600 ? 97 + (i % 26) : seed >>> 23;
  }
  return data;
}

function roundTrip(label, compressor, decompressor, data) {
  return new Promise((resolve) => {
    const source = Readable.from((function* () {
      for (let i = 0; i < data.length; i += 65536) yield data.subarray(i, i + 65536);
    })());
    const hash = crypto.createHash('sha256');
    let length = 0;
    const sink = new Writable({
      write(chunk, encoding, callback) {
        hash.update(chunk);
        length += chunk.length;
        callback();
      },
    });
    pipeline(source, compressor, decompressor, sink, (err) => {
      console.log(label, err ?? 'ok', length, hash.digest('hex') === crypto.createHash('sha256').update(data).digest('hex'),
        compressor.bytesWritten === data.length);
      resolve();
    });
  });
}

const steps = [];
const step = (fn) => steps.push(fn);
const data = makeData(3 * 1024 * 1024 + 17);

step(() => roundTrip('gzip', zlib.createGzip(), zlib.createGunzip(), data));
step(() => roundTrip('deflate level 1', zlib.createDeflate({ level: 1 }), zlib.createInflate(), data));
step(() => roundTrip('raw small chunks', zlib.createDeflateRaw({ chunkSize: 1024 }), zlib.createInflateRaw({ chunkSize: 100 }), data.subarray(0, 30000)));
step(() => roundTrip('unzip', new zlib.Gzip(), new zlib.Unzip(), data.subarray(0, 500000)));
step(() => roundTrip('brotli', zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } }), zlib.createBrotliDecompress(), data));

step(async () => {
  // Decompressed chunks are cut at chunkSize whatever made the input.
  const inflate = zlib.createInflate({ chunkSize: 5000 });
  const sizes = [];
  inflate.on('data', (chunk) => sizes.push(chunk.length));
  inflate.end(zlib.deflateSync(Buffer.alloc(23456, 'z')));
  await new Promise((resolve) => inflate.on('end', resolve));
  console.log('chunk sizes', sizes.join(' '));
});

step(async () => {
  // What is written before a flush can be read before the stream ends.
  const deflate = zlib.createDeflate();
  const inflate = zlib.createInflate();
  deflate.pipe(inflate);
  const seen = [];
  inflate.on('data', (chunk) => seen.push(chunk.toString()));
  deflate.write('first part, ');
  await new Promise((resolve) => deflate.flush(resolve));
  await new Promise((resolve) => setTimeout(resolve, 20));
  console.log('after flush', JSON.stringify(seen.join('')));
  deflate.write('second part');
  await new Promise((resolve) => deflate.flush(zlib.constants.Z_SYNC_FLUSH, resolve));
  await new Promise((resolve) => setTimeout(resolve, 20));
  console.log('after sync flush', JSON.stringify(seen.join('')));
  deflate.end();
  await new Promise((resolve) => inflate.on('end', resolve));
  console.log('ended', JSON.stringify(seen.join('')));
});

step(async () => {
  // A sync flush ends the output on an empty stored block.
  const gzip = zlib.createGzip();
  const out = [];
  gzip.on('data', (chunk) => out.push(chunk));
  gzip.write('abc');
  await new Promise((resolve) => gzip.flush(zlib.constants.Z_SYNC_FLUSH, resolve));
  const flushed = Buffer.concat(out);
  console.log('sync flush tail', flushed.subarray(-4).toString('hex'), flushed.subarray(0, 3).toString('hex'));
  gzip.end();
  const whole = Buffer.concat([flushed, await collect(gzip)]);
  console.log('gzip after flush', zlib.gunzipSync(whole).toString());
});

step(async () => {
  const brotli = zlib.createBrotliCompress();
  const decoder = zlib.createBrotliDecompress();
  brotli.pipe(decoder);
  const seen = [];
  decoder.on('data', (chunk) => seen.push(chunk.toString()));
  brotli.write('brotli flushes too');
  await new Promise((resolve) => brotli.flush(resolve));
  await new Promise((resolve) => setTimeout(resolve, 20));
  console.log('brotli after flush', JSON.stringify(seen.join('')));
  brotli.end(' and ends');
  await new Promise((resolve) => decoder.on('end', resolve));
  console.log('brotli ended', JSON.stringify(seen.join('')));
});

step(async () => {
  const deflate = zlib.createDeflate({ level: 1 });
  const output = collect(deflate);
  deflate.write(makeData(100000));
  await new Promise((resolve) => deflate.params(9, zlib.constants.Z_DEFAULT_STRATEGY, resolve));
  console.log('params', deflate._level, deflate._strategy);
  deflate.write(makeData(50000));
  await new Promise((resolve) => deflate.params(9, zlib.constants.Z_DEFAULT_STRATEGY, resolve));
  deflate.end('tail');
  const inflated = zlib.inflateSync(await output);
  console.log('params round trip', inflated.length, inflated.subarray(-4).toString());
});

step(async () => {
  // After a reset the engine takes a new stream.
  const inflate = zlib.createInflate();
  const output = collect(inflate);
  await new Promise((resolve) => inflate.write(zlib.deflateSync('one '), resolve));
  inflate.reset();
  inflate.end(zlib.deflateSync('two'));
  console.log('reset inflate', (await output).toString());
});

step(async () => {
  const gzip = zlib.createGzip();
  console.log('before close', gzip._closed, gzip.destroyed);
  await new Promise((resolve) => gzip.close(resolve));
  console.log('after close', gzip._closed, gzip.destroyed);
  gzip.close();
  const ended = zlib.createGzip();
  ended.resume();
  ended.end('x');
  await new Promise((resolve) => ended.on('end', resolve));
  await new Promise((resolve) => ended.flush(resolve));
  console.log('flush after end', ended.writableFinished);
});

step(async () => {
  const inflate = zlib.createInflate();
  const events = [];
  inflate.on('data', () => events.push('data'));
  inflate.on('close', () => events.push('close'));
  inflate.on('error', (err) => events.push(`error ${err.code} ${err.errno} ${err.message}`));
  inflate.end(Buffer.from('not zlib data at all'));
  await new Promise((resolve) => setTimeout(resolve, 50));
  console.log('stream error', events, inflate.destroyed, inflate._closed);

  const gunzip = zlib.createGunzip();
  gunzip.on('error', (err) => console.log('truncated stream', err.code, err.message));
  gunzip.resume();
  gunzip.end(zlib.gzipSync('some text').subarray(0, 15));
  await new Promise((resolve) => gunzip.on('close', resolve));

  try {
    await pipelinePromise(Readable.from([Buffer.from('xyz')]), zlib.createBrotliDecompress(), new PassThrough().resume());
  } catch (err) {
    console.log('pipeline error', err.code, err.message);
  }
});

step(async () => {
  // Unzip tells gzip from zlib even when the header comes a byte at a time.
  for (const packed of [zlib.gzipSync('gzip bytes'), zlib.deflateSync('zlib bytes')]) {
    const unzip = zlib.createUnzip();
    const output = collect(unzip);
    for (const byte of packed) unzip.write(Buffer.from([byte]));
    unzip.end();
    console.log('unzip byte by byte', (await output).toString());
  }
  const members = Buffer.concat([zlib.gzipSync('one '), zlib.gzipSync('two '), zlib.gzipSync('three')]);
  const gunzip = zlib.createGunzip();
  const output = collect(gunzip);
  for (let i = 0; i < members.length; i += 7) gunzip.write(members.subarray(i, i + 7));
  gunzip.end();
  console.log('multi-member stream', (await output).toString());
  const inflate = zlib.createInflate();
  const rest = collect(inflate);
  inflate.end(Buffer.concat([zlib.deflateSync('only this'), Buffer.from('ignored')]));
  console.log('data after the end', (await rest).toString(), inflate.bytesWritten);
});

step(async () => {
  // A backed-up reader holds the engine until it reads again.
  const inflate = zlib.createInflate({ chunkSize: 1024, highWaterMark: 1024 });
  inflate.end(zlib.deflateSync(Buffer.alloc(256 * 1024, 7)));
  await new Promise((resolve) => setTimeout(resolve, 50));
  const buffered = inflate.readableLength;
  const output = await collect(inflate);
  console.log('backpressure', buffered <= 4096, output.length, output.every((b) => b === 7));
});

step(async () => {
  const encoded = zlib.createGzip({ encoding: 'utf8', objectMode: true });
  const chunks = await new Promise((resolve) => {
    const got = [];
    encoded.on('data', (chunk) => got.push(Buffer.isBuffer(chunk)));
    encoded.on('end', () => resolve(got));
    encoded.end('text');
  });
  console.log('bytes out whatever the options', chunks);
  console.log('write after end', await new Promise((resolve) => {
    const gzip = zlib.createGzip();
    gzip.on('error', (err) => resolve(err.code));
    gzip.end();
    gzip.write('late');
  }));
});

(async () => {
  for (const fn of steps) await fn();
})();
