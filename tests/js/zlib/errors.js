// Argument and option validation, with Node's codes and messages.
const zlib = require('zlib');

function attempt(label, fn) {
  try {
    const out = fn();
    console.log(label, 'ok', out?.length);
  } catch (err) {
    console.log(label, `${err.name}: ${err.message}`, err.code);
  }
}

attempt('input number', () => zlib.deflateSync(123));
attempt('input null', () => zlib.gzipSync(null));
attempt('input object', () => zlib.inflateSync({}));
attempt('level 10', () => zlib.deflateSync('x', { level: 10 }));
attempt('level -2', () => zlib.deflateSync('x', { level: -2 }));
attempt('level string', () => zlib.deflateSync('x', { level: '1' }));
attempt('level Infinity', () => zlib.deflateSync('x', { level: Infinity }));
attempt('level NaN is the default', () => zlib.inflateSync(zlib.deflateSync('x', { level: NaN })));
attempt('level null', () => zlib.deflateSync('x', { level: null }));
attempt('windowBits 7', () => zlib.deflateSync('x', { windowBits: 7 }));
attempt('windowBits 16', () => zlib.inflateSync(zlib.deflateSync('x'), { windowBits: 16 }));
attempt('gzip windowBits 8', () => zlib.gzipSync('x', { windowBits: 8 }));
attempt('inflate windowBits 0', () => zlib.inflateSync(zlib.deflateSync('x'), { windowBits: 0 }));
attempt('inflateRaw windowBits 0', () => zlib.inflateRawSync(zlib.deflateRawSync('x'), { windowBits: 0 }));
attempt('deflate windowBits null', () => zlib.deflateSync('x', { windowBits: null }));
attempt('memLevel 0', () => zlib.deflateSync('x', { memLevel: 0 }));
attempt('memLevel 10', () => zlib.deflateSync('x', { memLevel: 10 }));
attempt('strategy 5', () => zlib.deflateSync('x', { strategy: 5 }));
attempt('chunkSize 63', () => zlib.deflateSync('x', { chunkSize: 63 }));
attempt('chunkSize string', () => zlib.deflateSync('x', { chunkSize: 'big' }));
attempt('chunkSize 64', () => zlib.deflateSync('x', { chunkSize: 64 }));
attempt('flush 6', () => zlib.deflateSync('x', { flush: 6 }));
attempt('finishFlush -1', () => zlib.deflateSync('x', { finishFlush: -1 }));
attempt('brotli flush 4', () => zlib.brotliCompressSync('x', { flush: 4 }));
attempt('brotli finishFlush 1', () => zlib.brotliCompressSync('x', { finishFlush: 1 }));
attempt('maxOutputLength 0', () => zlib.deflateSync('x', { maxOutputLength: 0 }));
attempt('maxOutputLength too big', () => zlib.deflateSync('x', { maxOutputLength: 2 ** 33 }));
attempt('dictionary string', () => zlib.deflateSync('x', { dictionary: 'abc' }));
attempt('dictionary number', () => zlib.deflateSync('x', { dictionary: 1 }));
attempt('brotli param 100', () => zlib.brotliCompressSync('x', { params: { 100: 1 } }));
attempt('brotli param name', () => zlib.brotliCompressSync('x', { params: { quality: 1 } }));
attempt('brotli param -1', () => zlib.brotliCompressSync('x', { params: { '-1': 1 } }));
attempt('brotli param twice', () => zlib.brotliCompressSync('x', { params: { 1: 4, '01': 5 } }));
attempt('brotli param value string', () => zlib.brotliCompressSync('x', { params: { 1: 'high' } }));
attempt('brotli decoder param', () => zlib.brotliDecompressSync(zlib.brotliCompressSync('x'), { params: { 1: 1 } }));
attempt('brotli bad decoder param', () => zlib.brotliDecompressSync(zlib.brotliCompressSync('x'), { params: { 5: 1 } }));
attempt('brotli disable literal modeling 2', () => zlib.brotliCompressSync('x', { params: { 4: 2 } }));
attempt('callback missing', () => zlib.deflate('x'));
attempt('callback not a function', () => zlib.deflate('x', {}, 'nope'));
attempt('crc32 number', () => zlib.crc32(1));
attempt('crc32 ArrayBuffer', () => zlib.crc32(new ArrayBuffer(4)));
attempt('crc32 value -1', () => zlib.crc32('x', -1));
attempt('crc32 value 1.5', () => zlib.crc32('x', 1.5));
attempt('crc32 value string', () => zlib.crc32('x', '1'));
attempt('crc32 value 2^32', () => zlib.crc32('x', 2 ** 32));
attempt('params level', () => zlib.createDeflate().params(11, 0, () => {}));
attempt('params strategy', () => zlib.createDeflate().params(1, -1, () => {}));
attempt('params strategy string', () => zlib.createDeflate().params(1, '0', () => {}));

console.log('crc32', zlib.crc32(''), zlib.crc32('hello'), zlib.crc32(Buffer.from('hello')), zlib.crc32('héllo'),
  zlib.crc32(new DataView(Buffer.from('hello').buffer, Buffer.from('hello').byteOffset, 5)),
  zlib.crc32(new Uint16Array([0x6568, 0x6c6c])), zlib.crc32('world', zlib.crc32('hello ')), zlib.crc32('hello world'),
  zlib.crc32(Buffer.alloc(1000, 0xff), 4294967295));
