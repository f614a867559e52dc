// The callback forms and their promisified versions. Node's thread pool may finish
// concurrent calls in any order, so the cases run one after another.
const zlib = require('zlib');
const util = require('util');

const text = 'Callback round trips. '.repeat(40);

const steps = [
  (next) => zlib.deflate(text, (err, packed) => {
    console.log('deflate', err, Buffer.isBuffer(packed));
    zlib.inflate(packed, (err2, out) => {
      console.log('inflate', err2, out.toString() === text);
      next();
    });
  }),
  (next) => zlib.gzip(Buffer.from(text), { level: 1 }, (err, packed) => {
    zlib.unzip(packed, (err2, out) => {
      console.log('gzip/unzip', err, err2, out.toString() === text);
      next();
    });
  }),
  (next) => zlib.deflateRaw(new Uint16Array(new Uint8Array(Buffer.from(text)).buffer), (err, packed) => {
    zlib.inflateRaw(packed.buffer.slice(packed.byteOffset, packed.byteOffset + packed.length), (err2, out) => {
      console.log('raw via Uint16Array and ArrayBuffer', err, err2, out.toString() === text);
      next();
    });
  }),
  (next) => zlib.brotliCompress(text, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 3 } }, (err, packed) => {
    zlib.brotliDecompress(new DataView(packed.buffer, packed.byteOffset, packed.length), (err2, out) => {
      console.log('brotli via DataView', err, err2, out.toString() === text);
      next();
    });
  }),
  (next) => zlib.inflate(Buffer.from('not compressed'), (err, out) => {
    console.log('inflate error', err.message, err.code, err.errno, out);
    next();
  }),
  (next) => zlib.gunzip(zlib.gzipSync(text).subarray(0, 20), (err) => {
    console.log('truncated', err.message, err.code, err.errno);
    next();
  }),
  (next) => zlib.brotliDecompress(Buffer.from('junk junk junk junk'), (err) => {
    console.log('brotli error', err.message, err.code, err.errno);
    next();
  }),
  (next) => zlib.inflate(zlib.deflateSync(Buffer.alloc(100000)), { maxOutputLength: 1000 }, (err, out) => {
    console.log('maxOutputLength', err.name, err.message, err.code, out);
    next();
  }),
  (next) => zlib.deflate(text, { info: true }, (err, result) => {
    console.log('info', err, Object.keys(result), result.engine.constructor.name, result.engine.bytesWritten);
    next();
  }),
  (next) => zlib.deflate('', (err, packed) => zlib.inflate(packed, (err2, out) => {
    console.log('empty', err, err2, out.length);
    next();
  })),
  async (next) => {
    const gzip = util.promisify(zlib.gzip);
    const gunzip = util.promisify(zlib.gunzip);
    const brotliCompress = util.promisify(zlib.brotliCompress);
    const brotliDecompress = util.promisify(zlib.brotliDecompress);
    console.log('promisified gzip', (await gunzip(await gzip(text))).toString() === text);
    console.log('promisified brotli', (await brotliDecompress(await brotliCompress(text))).toString() === text);
    try {
      await gunzip(Buffer.from('plain'));
    } catch (err) {
      console.log('promisified error', err.message, err.code);
    }
    const inflate = util.promisify(zlib.inflate);
    const deflate = util.promisify(zlib.deflate);
    console.log('concurrent', await Promise.all(['a', 'b', 'c'].map(async (s) => (await inflate(await deflate(s.repeat(1000)))).toString()[0])));
    next();
  },
];
const next = () => steps.shift()?.(next);
next();

try {
  zlib.deflate(123, () => console.log('never'));
} catch (err) {
  console.log('bad input', err.code);
}
console.log('sync part done');
