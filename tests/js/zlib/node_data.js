// Decompresses data made by node v20 (and one gzip file made by the gzip tool): the
// output must be the same whatever deflate implementation made it.
const zlib = require('zlib');

const text = 'Nodule decompresses what node compressed. '.repeat(20);
const dictionary = Buffer.from('what node compressed. Nodule decompresses');
const made = {
  deflate: 'eJzzy08pzUlVSElNzs8tKEotLk4tVijPSCxRyMtPSVWAC6boKfiNqhxVOaoSh0oARXQ8ZA==',
  gzip: 'H4sIAAAAAAACA/PLTynNSVVISU3Ozy0oSi0uTi1WKM9ILFHIy09JVYALpugp+I2qHFU5qhKHSgApVQEdSAMAAA==',
  raw: '88tPKc1JVUhJTc7PLShKLS5OLVYoz0gsUcjLT0lVgAum6Cn4jaocDaXRFIIjdwAA',
  brotli: 'G0cD+B0JdgyyjqEnhBdOTQbC5rbL3lzqtiKv4NOZJiEHgz7S+cSgIz8fMTZL',
  brotliText: 'G0cDAMTyluqF9CkK3dxtAs48Ux91VpWFxXxDoJrnPspU4vd6sUwBYmNgAw==',
  multi: 'H4sIAAAAAAAAA0vLLCouUchNzU1KLdJRAADe/wpiDgAAAB+LCAAAAAAAAAMrTk3Oz0tRyE3NTUot0lEAAOCSBuUPAAAAH4sIAAAAAAAAAyvJyCxK0QMAI3UvRAYAAAA=',
  dict: 'eLtEPQ+ywyKkUE6s5lGVoypHVYJVAgBFdDxk',
  rawdict: 'wyKkUE6s5lGVoypHVYJVAgA=',
  gzipTool: 'H4sICKVdDV4CA2ZveC50eHQAC8lIVSgszUzOVkgqyi/PU0jLr1DIKs0tKFbIL0stUigBSuckVlUqpOSn63EBAGrMUOstAAAA',
  small: 'GBkEwcENACEMA7BVMgGjsANqI/G40oqAWP/snn4/wmkZtSlReHMcrHTCMmpTojf09PsRTsuoTYnCm+NgpROWUZsSvaGn349wWkZtShTeHAcrnbCM2pToDf0nCA5qAAiBGABaqQKk4IGwTXjcUkIh2L8Zxf2IYFeuTZvGG+1gKoiuXJs2o6Aq7kcEu3Jt2jTeaAdTQXTl2rQZBVVxPyLYlWvTpvFGO5gKoivXps0oqPoJgoMaAEIgBoBWqgApeCC0CY9bllAI9m+G9xOonrG2bBlvtIOZFHrG2rLFgpq8n0D1jLVly3ijHcyk0DPWli0W1OT9BKpnrC1bxhvtYCaFnrG2bLGgJn+C4OAGgBCGAdgqmYBR2AG1kXhcaUVArH/2/QinZdSmROHNcbDSCcuoTYne0NPvRzgtozYlCm+Og5VOWEZtSvSGnn4/wmkZtSlReHMcrHTCMmpTojf09PsTBAc3AIQwDMBWyQSMcjugNhIPSisCYv2zJ+G0jNqUKLzRD1Y6YRm1KdEbvvQ7Cadl1KZE4Y1+sNIJy6hNid7wpd9JOC2jNiUKb/SDlU5YRm1K9IYv/c6fIDi4ASCEYQC2SiZgFHZAbSQeV1oREOufTTgtozYlCm+Og5VOWEZtSvSGnn4/wmkZtSlReHMcrHTCMmpTojf09PsRTsuoTYnCm+NgpROWUZsSvaGn349/QXBwAzAMwgBwFU+QUbpDBJbyKAHhVFm/d3BaRjUlCnfNg51OWEY1JfrAk/69hNMyqilRuGse7HTCMqop0Qd+RXQ8ZA==',
};
const bytes = (name) => Buffer.from(made[name], 'base64');
const same = (out) => (out.toString() === text ? 'same' : JSON.stringify(out.toString().slice(0, 60)));

console.log('inflate', same(zlib.inflateSync(bytes('deflate'))));
console.log('unzip deflate', same(zlib.unzipSync(bytes('deflate'))));
console.log('gunzip', same(zlib.gunzipSync(bytes('gzip'))));
console.log('unzip gzip', same(zlib.unzipSync(bytes('gzip'))));
console.log('inflateRaw', same(zlib.inflateRawSync(bytes('raw'))));
console.log('brotli', same(zlib.brotliDecompressSync(bytes('brotli'))));
console.log('brotli text mode', same(zlib.brotliDecompressSync(bytes('brotliText'))));
console.log('small window, huffman only', same(zlib.inflateSync(bytes('small'))));
console.log('small window, windowBits 9', same(zlib.inflateSync(bytes('small'), { windowBits: 9 })));
console.log('multi-member gunzip', zlib.gunzipSync(bytes('multi')).toString());
console.log('multi-member unzip', zlib.unzipSync(bytes('multi')).toString());
console.log('multi-member then padding', zlib.gunzipSync(Buffer.concat([bytes('multi'), Buffer.alloc(8)])).toString());
console.log('gzip tool file', JSON.stringify(zlib.gunzipSync(bytes('gzipTool')).toString()));
console.log('dictionary', same(zlib.inflateSync(bytes('dict'), { dictionary })));
console.log('dictionary via unzip', same(zlib.unzipSync(bytes('dict'), { dictionary })));
console.log('raw dictionary', same(zlib.inflateRawSync(bytes('rawdict'), { dictionary })));
console.log('dictionary as ArrayBuffer', same(zlib.inflateSync(bytes('dict'), { dictionary: new Uint8Array(dictionary).buffer })));

function attempt(label, fn) {
  try {
    const out = fn();
    console.log(label, 'ok', out.length);
  } catch (err) {
    console.log(label, `${err.name}: ${err.message}`, err.code, err.errno);
  }
}
attempt('missing dictionary', () => zlib.inflateSync(bytes('dict')));
attempt('bad dictionary', () => zlib.inflateSync(bytes('dict'), { dictionary: Buffer.from('nope') }));
try {
  zlib.inflateRawSync(bytes('rawdict'));
} catch (err) {
  // Only the code: zlib-rs loses this message in its fast decoding loop.
  console.log('raw without its dictionary', err.code, err.errno);
}
attempt('window too small', () => zlib.inflateSync(bytes('deflate'), { windowBits: 8 }));
attempt('gzip as zlib', () => zlib.inflateSync(bytes('gzip')));
attempt('zlib as gzip', () => zlib.gunzipSync(bytes('deflate')));
attempt('brotli as gzip', () => zlib.gunzipSync(bytes('brotli')));
attempt('gzip as brotli', () => zlib.brotliDecompressSync(bytes('gzip')));
attempt('truncated gzip', () => zlib.gunzipSync(bytes('gzip').subarray(0, 30)));
attempt('truncated brotli', () => zlib.brotliDecompressSync(bytes('brotli').subarray(0, 20)));
attempt('corrupt checksum', () => {
  const broken = bytes('deflate');
  broken[broken.length - 1] ^= 1;
  return zlib.inflateSync(broken);
});
attempt('corrupt gzip crc', () => {
  const broken = bytes('gzip');
  broken[broken.length - 6] ^= 1;
  return zlib.gunzipSync(broken);
});
attempt('garbage after member', () => zlib.gunzipSync(Buffer.concat([bytes('gzip'), Buffer.from('xyz')])));
attempt('gzip magic after member', () => zlib.gunzipSync(Buffer.concat([bytes('gzip'), Buffer.from([0x1f, 0x8b, 0xff, 0xff])])));
attempt('trailing data after zlib stream', () => zlib.inflateSync(Buffer.concat([bytes('deflate'), Buffer.from('tail')])));
attempt('maxOutputLength', () => zlib.inflateSync(bytes('deflate'), { maxOutputLength: 100 }));
attempt('maxOutputLength exactly', () => zlib.inflateSync(bytes('deflate'), { maxOutputLength: text.length }));
