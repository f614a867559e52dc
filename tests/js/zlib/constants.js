// The module's shape: exports, constants, codes, the legacy top-level constants and
// the class hierarchy.
const zlib = require('zlib');
const { Transform } = require('stream');

console.log(Object.keys(zlib).join(' '));
console.log(Object.getOwnPropertyNames(zlib).filter((name) => !Object.keys(zlib).includes(name)).join(' '));
console.log(zlib.constants);
console.log(zlib.codes, Object.isFrozen(zlib.codes));
for (const name of ['constants', 'codes', 'createGzip', 'gzip', 'gzipSync', 'crc32', 'Z_BEST_COMPRESSION', 'Gzip']) {
  const { value, ...descriptor } = Object.getOwnPropertyDescriptor(zlib, name);
  console.log(name, typeof value, descriptor);
}
console.log(zlib.Z_SYNC_FLUSH, zlib.Z_DEFAULT_CHUNK, zlib.Z_MAX_CHUNK, zlib.ZLIB_VERNUM, zlib.BROTLI_OPERATION_FLUSH, zlib.UNZIP);
console.log(zlib.createGzip.name, zlib.gzip.name, zlib.gzipSync.name, zlib.Gzip.name, zlib.Gzip.length);

const classes = ['Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip', 'BrotliCompress', 'BrotliDecompress'];
for (const name of classes) {
  const made = zlib[`create${name}`]();
  const called = zlib[name]();
  const chain = [];
  for (let proto = Object.getPrototypeOf(made); proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    chain.push(proto.constructor.name);
  }
  console.log(name, made instanceof zlib[name], called instanceof zlib[name], made instanceof Transform, chain.slice(0, 4).join(' > '),
    typeof made.params, made._chunkSize, made._defaultFlushFlag, made._finishFlushFlag, made._defaultFullFlushFlag, made.bytesWritten,
    made._closed, made.writableObjectMode, made.readableObjectMode);
  made.close();
  called.close();
}
const base = Object.getPrototypeOf(Object.getPrototypeOf(zlib.Deflate.prototype));
console.log(Object.getOwnPropertyNames(base).sort().join(' '));
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(zlib.Deflate.prototype)).sort().join(' '));

// A subclass the old way still works.
const util = require('util');
function Legacy(opts) {
  zlib.Gzip.call(this, opts);
}
util.inherits(Legacy, zlib.Gzip);
const legacy = new Legacy({ level: 1 });
const chunks = [];
legacy.on('data', (chunk) => chunks.push(chunk));
legacy.on('end', () => console.log('legacy subclass', zlib.gunzipSync(Buffer.concat(chunks)).toString()));
legacy.end('inherited');

process.on('warning', (warning) => console.log('warning', warning.name, warning.code));
const gzip = zlib.createGzip();
gzip.end('x');
gzip.resume();
gzip.on('end', () => console.log('bytesRead', gzip.bytesRead, gzip.bytesWritten));
