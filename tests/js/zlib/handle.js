// A zlib stream's engine is Node's `_handle`, an object whose close() ends it, and
// `_processChunk(chunk, flushFlag)` runs the engine synchronously, closing it after.
// minizlib (under tar, and so npm) drives zlib streams that way: it stubs
// `_handle.close` and `close` to keep the engine open across chunks, and turns
// Buffer.concat into a no-op to get the output pieces.
const zlib = require('zlib');

const source = Buffer.from('hello hello hello '.repeat(1000));
const gzipped = zlib.gzipSync(source);

const engine = new zlib.Gunzip();
console.log(typeof engine._handle, typeof engine._handle.close, engine._closed);

function processChunk(chunk, flushFlag) {
  const handle = engine._handle;
  const nativeClose = handle.close;
  handle.close = () => {};
  const streamClose = engine.close;
  engine.close = () => {};
  const concat = Buffer.concat;
  Buffer.concat = (list) => list;
  try {
    return engine._processChunk(chunk, flushFlag);
  } finally {
    Buffer.concat = concat;
    engine._handle = handle;
    handle.close = nativeClose;
    engine.close = streamClose;
    engine.removeAllListeners('error');
  }
}

const pieces = [];
for (let offset = 0; offset < gzipped.length; offset += 100) {
  const flush = offset + 100 >= gzipped.length ? zlib.constants.Z_FINISH : zlib.constants.Z_NO_FLUSH;
  const out = processChunk(gzipped.subarray(offset, offset + 100), flush);
  pieces.push(...(Array.isArray(out) ? out.map((piece) => Buffer.from(piece)) : [out]));
}
const result = Buffer.concat(pieces);
console.log(result.length, result.equals(source), engine._closed);

// Used as Node's zlib uses it, _processChunk closes the engine when done.
const once = new zlib.Deflate();
const deflated = once._processChunk(Buffer.from('abc'), zlib.constants.Z_FINISH);
console.log(zlib.inflateSync(deflated).toString(), once._handle, once._closed);
engine.close();
console.log(engine._handle);
