// The *Sync functions: round trips over every input type and option, and the lengths
// that do not depend on the deflate implementation (stored blocks, framing).
const zlib = require('zlib');

const text = 'Sync round trips of some text that repeats. '.repeat(50);
const pairs = [
  ['deflateSync', 'inflateSync'], ['gzipSync', 'gunzipSync'], ['deflateRawSync', 'inflateRawSync'],
  ['gzipSync', 'unzipSync'], ['deflateSync', 'unzipSync'], ['brotliCompressSync', 'brotliDecompressSync'],
];
for (const [compress, decompress] of pairs) {
  const packed = zlib[compress](text);
  console.log(compress, decompress, Buffer.isBuffer(packed), packed.length < text.length, zlib[decompress](packed).toString() === text);
}

const inputs = {
  string: text,
  Buffer: Buffer.from(text),
  Uint8Array: new Uint8Array(Buffer.from(text)),
  ArrayBuffer: new Uint8Array(Buffer.from(text)).buffer,
  DataView: new DataView(new Uint8Array(Buffer.from(text)).buffer),
  'offset view': Buffer.from(`xx${text}yy`).subarray(2, 2 + text.length),
  Uint16Array: new Uint16Array(new Uint8Array(Buffer.from(text)).buffer),
};
for (const [name, input] of Object.entries(inputs)) {
  console.log('input', name, zlib.gunzipSync(zlib.gzipSync(input)).toString() === text, zlib.inflateSync(zlib.deflateSync(input)).toString() === text);
}
console.log('empty', zlib.inflateSync(zlib.deflateSync('')).length, zlib.gunzipSync(zlib.gzipSync(Buffer.alloc(0))).length,
  zlib.brotliDecompressSync(zlib.brotliCompressSync('')).length);

for (let level = -1; level <= 9; level++) {
  const packed = zlib.deflateSync(text, { level });
  console.log('level', level, zlib.inflateSync(packed).toString() === text);
}
// Stored blocks: the same bytes from any zlib.
console.log('stored', zlib.deflateSync('hello', { level: 0 }).toString('base64'), zlib.deflateRawSync('hello', { level: 0 }).toString('base64'),
  zlib.gzipSync('hello', { level: 0 }).length, zlib.deflateSync(Buffer.alloc(100000), { level: 0 }).length);
for (const strategy of [0, 1, 2, 3, 4]) {
  console.log('strategy', strategy, zlib.inflateSync(zlib.deflateSync(text, { strategy })).toString() === text);
}
for (const windowBits of [8, 9, 12, 15]) {
  const raw = zlib.deflateRawSync(text, { windowBits });
  const wrapped = zlib.deflateSync(text, { windowBits });
  console.log('windowBits', windowBits, zlib.inflateRawSync(raw).toString() === text, zlib.inflateSync(wrapped).toString() === text,
    zlib.inflateSync(wrapped, { windowBits: Math.max(windowBits, 9) }).toString() === text, wrapped[0].toString(16));
}
for (const memLevel of [1, 5, 9]) {
  console.log('memLevel', memLevel, zlib.inflateSync(zlib.deflateSync(text, { memLevel })).toString() === text);
}
const dictionary = Buffer.from('some text that repeats. Sync round trips');
const withDict = zlib.deflateSync(text, { dictionary });
console.log('dictionary', zlib.inflateSync(withDict, { dictionary }).toString() === text, withDict.readUInt8(1) & 0x20);
console.log('raw dictionary', zlib.inflateRawSync(zlib.deflateRawSync(text, { dictionary }), { dictionary }).toString() === text);
console.log('gzip ignores a dictionary', zlib.gunzipSync(zlib.gzipSync(text, { dictionary })).toString() === text);
console.log('gzip header', zlib.gzipSync('x').subarray(0, 10).toString('hex'), zlib.gzipSync('x', { level: 9 })[8], zlib.gzipSync('x', { level: 1 })[8]);

const { constants } = zlib;
const brotliOptions = [
  { [constants.BROTLI_PARAM_QUALITY]: 0 }, { [constants.BROTLI_PARAM_QUALITY]: 5 },
  { [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: text.length },
  { [constants.BROTLI_PARAM_LGWIN]: 10, [constants.BROTLI_PARAM_LGBLOCK]: 16 },
  { [constants.BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING]: true },
  { [constants.BROTLI_PARAM_NPOSTFIX]: 1, [constants.BROTLI_PARAM_NDIRECT]: 12 },
];
for (const params of brotliOptions) {
  console.log('brotli', JSON.stringify(params), zlib.brotliDecompressSync(zlib.brotliCompressSync(text, { params })).toString() === text);
}
console.log('brotli large window', zlib.brotliDecompressSync(
  zlib.brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_LARGE_WINDOW]: 1, [constants.BROTLI_PARAM_LGWIN]: 26 } }),
  { params: { [constants.BROTLI_DECODER_PARAM_LARGE_WINDOW]: 1 } }).toString() === text);

const info = zlib.deflateSync(text, { info: true });
console.log('info', Object.keys(info), info.engine.constructor.name, info.engine.bytesWritten, info.engine._closed, zlib.inflateSync(info.buffer).toString() === text);
const big = Buffer.alloc(300000, 'abcdefghij');
console.log('big', zlib.inflateSync(zlib.deflateSync(big, { chunkSize: 64 }), { chunkSize: 64 }).equals(big),
  zlib.gunzipSync(zlib.gzipSync(big)).equals(big), zlib.brotliDecompressSync(zlib.brotliCompressSync(big)).equals(big));
const engine = zlib.createDeflate();
const viaProcessChunk = engine._processChunk(Buffer.from(text), zlib.constants.Z_FINISH);
console.log('_processChunk', zlib.inflateSync(viaProcessChunk).toString() === text, engine.bytesWritten, engine._closed);
const full = zlib.deflateSync(text, { finishFlush: zlib.constants.Z_SYNC_FLUSH });
console.log('finishFlush sync', full.subarray(-4).toString('hex'),
  zlib.inflateSync(full, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString() === text);
