'use strict';
// node:zlib — Node's compression streams over the guest's engines (zlib-rs for the
// deflate family, the brotli crates for brotli; internalBinding('zlib')). A stream
// hands its engine the input and the free end of a `chunkSize` output buffer, pushes
// what comes out, and goes round again while the buffer fills, waiting for the reader
// when it is backed up. The engine runs on this thread; its results are taken up on a
// later turn of the event loop, where Node takes up its thread pool's.

const binding = internalBinding('zlib');
const { Buffer, kMaxLength } = require('buffer');
const { Transform, finished } = require('stream');
const { setImmediate } = require('timers');
const { deprecate } = require('util');
const { constants, codes } = require('internal/zlib/constants');
const { isAnyArrayBuffer } = require('internal/util/types');
const { validateFunction, validateInteger, validateNumber } = require('internal/validators');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_BUFFER_TOO_LARGE, ERR_BROTLI_INVALID_PARAM, ERR_ZLIB_INITIALIZATION_FAILED },
} = require('internal/errors');

const {
  Z_NO_FLUSH,
  Z_BLOCK,
  Z_PARTIAL_FLUSH,
  Z_SYNC_FLUSH,
  Z_FULL_FLUSH,
  Z_FINISH,
  Z_MIN_CHUNK,
  Z_DEFAULT_CHUNK,
  Z_MIN_WINDOWBITS,
  Z_MAX_WINDOWBITS,
  Z_DEFAULT_WINDOWBITS,
  Z_MIN_LEVEL,
  Z_MAX_LEVEL,
  Z_DEFAULT_COMPRESSION,
  Z_MIN_MEMLEVEL,
  Z_MAX_MEMLEVEL,
  Z_DEFAULT_MEMLEVEL,
  Z_DEFAULT_STRATEGY,
  Z_FIXED,
  DEFLATE,
  INFLATE,
  GZIP,
  GUNZIP,
  DEFLATERAW,
  INFLATERAW,
  UNZIP,
  BROTLI_DECODE,
  BROTLI_ENCODE,
  BROTLI_OPERATION_PROCESS,
  BROTLI_OPERATION_FLUSH,
  BROTLI_OPERATION_FINISH,
  BROTLI_OPERATION_EMIT_METADATA,
} = constants;

// The highest parameter number either brotli coder takes.
const kMaxBrotliParam = Math.max(
  ...Object.entries(constants)
    .filter(([name]) => /^BROTLI_(DECODER_)?PARAM_/.test(name))
    .map(([, value]) => value),
);

const kError = Symbol('kError');
const kFlushFlag = Symbol('kFlushFlag');

// How far each zlib flush mode flushes: the last chunk is written with the further of
// the stream's flush and its finishing flush.
const flushRank = [Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH];
const furtherFlush = (a, b) => (flushRank.indexOf(a) > flushRank.indexOf(b) ? a : b);

// `flush(kind)` writes one of these empty chunks, which carry the kind to _transform.
const flushChunks = [];
for (const kind of new Set([
  ...flushRank,
  BROTLI_OPERATION_PROCESS,
  BROTLI_OPERATION_FLUSH,
  BROTLI_OPERATION_FINISH,
  BROTLI_OPERATION_EMIT_METADATA,
])) {
  flushChunks[kind] = Buffer.alloc(0);
  flushChunks[kind][kFlushFlag] = kind;
}

/** Node's reading of a numeric option: undefined and NaN leave the default. */
function isSetNumber(value, name) {
  if (value === undefined || Number.isNaN(value)) return false;
  if (Number.isFinite(value)) return true;
  validateNumber(value, name);
  throw new ERR_OUT_OF_RANGE(name, 'a finite number', value);
}

function rangedOption(value, name, lower, upper, fallback) {
  if (!isSetNumber(value, name)) return fallback;
  if (value < lower || value > upper) throw new ERR_OUT_OF_RANGE(name, `>= ${lower} and <= ${upper}`, value);
  return value;
}

function engineError(message, code, errno) {
  return Object.assign(new Error(message), { errno, code: code ?? codes[errno] });
}

/**
 * The engine behind a stream, as Node keeps it in `_handle`: an object whose close()
 * ends it. Code reaching into Node's zlib relies on that: minizlib (under tar, and so
 * npm) stubs `_handle.close` around `_processChunk` to keep its engine open.
 */
class ZlibHandle {
  constructor(id) {
    this.id = id;
  }

  close() {
    binding.close(this.id);
  }
}

function closeEngine(self) {
  if (!self._handle) return;
  self._handle.close();
  self._handle = null;
}

/**
 * One pass of the engine over `input` into the free end of the output buffer: returns
 * [what came out (a view, or null), input bytes consumed, whether the buffer filled].
 * Throws the engine's error.
 */
function runEngine(self, input, flushFlag) {
  const space = self._chunkSize - self._outOffset;
  const result = binding.write(self._handle.id, flushFlag, input, self._outBuffer.subarray(self._outOffset));
  const [consumed, produced] = result;
  self.bytesWritten += consumed;
  if (result.length > 2) throw engineError(result[2], result[3], result[4]);
  let output = null;
  if (produced > 0) {
    output = self._outBuffer.subarray(self._outOffset, self._outOffset + produced);
    self._outOffset += produced;
  }
  const full = produced === space;
  if (full || self._outOffset >= self._chunkSize) {
    self._outBuffer = Buffer.allocUnsafe(self._chunkSize);
    self._outOffset = 0;
  }
  return [output, consumed, full];
}

function processChunkSync(self, chunk, flushFlag) {
  const outputs = [];
  let length = 0;
  let input = chunk;
  try {
    for (;;) {
      const [output, consumed, full] = runEngine(self, input, flushFlag);
      input = input.subarray(consumed);
      if (output !== null) {
        outputs.push(output);
        length += output.length;
        if (length > self._maxOutputLength) throw new ERR_BUFFER_TOO_LARGE(self._maxOutputLength);
      }
      if (!full) break;
    }
  } finally {
    closeEngine(self);
  }
  return Buffer.concat(outputs, length);
}

function processChunk(self, chunk, flushFlag, callback) {
  if (self._handle === null) {
    process.nextTick(callback);
    return;
  }
  setImmediate(continueChunk, self, chunk, flushFlag, callback);
}

function continueChunk(self, input, flushFlag, callback) {
  if (self.destroyed) {
    callback();
    return;
  }
  let output, consumed, full;
  try {
    [output, consumed, full] = runEngine(self, input, flushFlag);
  } catch (error) {
    self[kError] = error;
    self.destroy(error);
    return;
  }
  let backedUp;
  try {
    backedUp = output !== null && !self.push(output);
  } catch (error) {
    // Out of memory taking the output (under --max-memory): the stream fails with it.
    self[kError] = error;
    self.destroy(error);
    return;
  }
  if (self.destroyed) {
    callback();
    return;
  }
  const rest = input.subarray(consumed);
  if (full) {
    const next = () => processChunk(self, rest, flushFlag, callback);
    if (!backedUp) {
      next();
      return;
    }
    const read = self._read;
    self._read = (size) => {
      self._read = read;
      next();
      read.call(self, size);
    };
    return;
  }
  // Input left over with room to spare: the compressed data ended, and what follows
  // it is not read.
  if (rest.length > 0) self.push(null);
  callback();
}

function ZlibBase(opts, mode, handle, { flush, finishFlush, fullFlush }) {
  const isBrotli = mode === BROTLI_ENCODE || mode === BROTLI_DECODE;
  const [lowestFlush, highestFlush] = isBrotli ? [BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_EMIT_METADATA] : [Z_NO_FLUSH, Z_BLOCK];
  let chunkSize = Z_DEFAULT_CHUNK;
  let maxOutputLength = kMaxLength;
  if (opts) {
    if (isSetNumber(opts.chunkSize, 'options.chunkSize')) {
      chunkSize = opts.chunkSize;
      if (chunkSize < Z_MIN_CHUNK) throw new ERR_OUT_OF_RANGE('options.chunkSize', `>= ${Z_MIN_CHUNK}`, chunkSize);
    }
    flush = rangedOption(opts.flush, 'options.flush', lowestFlush, highestFlush, flush);
    finishFlush = rangedOption(opts.finishFlush, 'options.finishFlush', lowestFlush, highestFlush, finishFlush);
    maxOutputLength = rangedOption(opts.maxOutputLength, 'options.maxOutputLength', 1, kMaxLength, kMaxLength);
    // The stream takes and gives bytes, whatever else the options ask for.
    if (opts.encoding || opts.objectMode || opts.writableObjectMode) {
      opts = { ...opts, encoding: null, objectMode: false, writableObjectMode: false };
    }
  }
  Transform.call(this, { autoDestroy: true, ...opts });
  this[kError] = null;
  this.bytesWritten = 0;
  this._handle = new ZlibHandle(handle);
  this._outBuffer = Buffer.allocUnsafe(chunkSize);
  this._outOffset = 0;
  this._chunkSize = chunkSize;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._defaultFullFlushFlag = fullFlush;
  this._info = opts?.info;
  this._maxOutputLength = maxOutputLength;
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  configurable: true,
  enumerable: true,
  get() {
    return this._handle === null;
  },
});

Object.defineProperty(ZlibBase.prototype, 'bytesRead', {
  configurable: true,
  enumerable: true,
  get: deprecate(
    function () {
      return this.bytesWritten;
    },
    'zlib.bytesRead is deprecated and will change its meaning in the future. Use zlib.bytesWritten instead.',
    'DEP0108',
  ),
  set: deprecate(
    function (value) {
      this.bytesWritten = value;
    },
    'Setting zlib.bytesRead is deprecated. This feature will be removed in the future.',
    'DEP0108',
  ),
});

ZlibBase.prototype.reset = function reset() {
  if (this._handle === null) throw new Error('zlib binding closed');
  binding.reset(this._handle.id);
};

ZlibBase.prototype._flush = function _flush(callback) {
  this._transform(Buffer.alloc(0), '', callback);
};

ZlibBase.prototype._final = function _final(callback) {
  callback();
};

ZlibBase.prototype.flush = function flush(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    this.write(flushChunks[kind], '', callback);
  }
};

ZlibBase.prototype.close = function close(callback) {
  if (callback) finished(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function _destroy(error, callback) {
  closeEngine(this);
  callback(error);
};

ZlibBase.prototype._transform = function _transform(chunk, _encoding, callback) {
  let flushFlag = typeof chunk[kFlushFlag] === 'number' ? chunk[kFlushFlag] : this._defaultFlushFlag;
  if (this.writableEnded && this.writableLength === chunk.byteLength) {
    flushFlag = furtherFlush(flushFlag, this._finishFlushFlag);
  }
  processChunk(this, chunk, flushFlag, callback);
};

ZlibBase.prototype._processChunk = function _processChunk(chunk, flushFlag, callback) {
  if (typeof callback === 'function') return processChunk(this, chunk, flushFlag, callback);
  return processChunkSync(this, chunk, flushFlag);
};

const zlibFlushes = { flush: Z_NO_FLUSH, finishFlush: Z_FINISH, fullFlush: Z_FULL_FLUSH };
const brotliFlushes = { flush: BROTLI_OPERATION_PROCESS, finishFlush: BROTLI_OPERATION_FINISH, fullFlush: BROTLI_OPERATION_FLUSH };

function Zlib(opts, mode) {
  let windowBits = Z_DEFAULT_WINDOWBITS;
  let level = Z_DEFAULT_COMPRESSION;
  let memLevel = Z_DEFAULT_MEMLEVEL;
  let strategy = Z_DEFAULT_STRATEGY;
  let dictionary;
  if (opts) {
    // For decompression, 0 (or none) means the window size the zlib header names.
    if ((opts.windowBits == null || opts.windowBits === 0) && (mode === INFLATE || mode === GUNZIP || mode === UNZIP)) {
      windowBits = 0;
    } else {
      // A gzip header cannot name an 8-bit window.
      const lowest = Z_MIN_WINDOWBITS + (mode === GZIP ? 1 : 0);
      windowBits = rangedOption(opts.windowBits, 'options.windowBits', lowest, Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS);
    }
    level = rangedOption(opts.level, 'options.level', Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION);
    memLevel = rangedOption(opts.memLevel, 'options.memLevel', Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_MEMLEVEL);
    strategy = rangedOption(opts.strategy, 'options.strategy', Z_DEFAULT_STRATEGY, Z_FIXED, Z_DEFAULT_STRATEGY);
    dictionary = opts.dictionary;
    if (dictionary !== undefined && !ArrayBuffer.isView(dictionary)) {
      if (!isAnyArrayBuffer(dictionary)) {
        throw new ERR_INVALID_ARG_TYPE('options.dictionary', ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], dictionary);
      }
      dictionary = Buffer.from(dictionary);
    }
  }
  const handle = binding.create(mode, windowBits, level, memLevel, strategy, dictionary);
  ZlibBase.call(this, opts, mode, handle, zlibFlushes);
  this._level = level;
  this._strategy = strategy;
}
Object.setPrototypeOf(Zlib.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zlib, ZlibBase);

Zlib.prototype.params = function params(level, strategy, callback) {
  rangedOption(level, 'level', Z_MIN_LEVEL, Z_MAX_LEVEL);
  rangedOption(strategy, 'strategy', Z_DEFAULT_STRATEGY, Z_FIXED);
  if (this._level === level && this._strategy === strategy) {
    process.nextTick(callback);
    return;
  }
  // What was written so far is compressed at the old level first.
  this.flush(Z_SYNC_FLUSH, () => {
    if (this._handle === null) throw new Error('zlib binding closed');
    binding.params(this._handle.id, level);
    if (this.destroyed) return;
    this._level = level;
    this._strategy = strategy;
    if (callback) callback();
  });
};

function Brotli(opts, mode) {
  // Indexed by parameter number; 0xFFFFFFFF (-1 as Node stores it) leaves one unset.
  const params = new Uint32Array(kMaxBrotliParam + 1).fill(-1);
  if (opts?.params) {
    for (const key of Object.keys(opts.params)) {
      const param = +key;
      if (Number.isNaN(param) || param < 0 || param > kMaxBrotliParam || params[param] !== 0xffffffff) {
        throw new ERR_BROTLI_INVALID_PARAM(key);
      }
      const value = opts.params[key];
      if (typeof value !== 'number' && typeof value !== 'boolean') {
        throw new ERR_INVALID_ARG_TYPE('options.params[key]', 'number', value);
      }
      params[param] = value;
    }
  }
  const handle = binding.createBrotli(mode, Array.from(params));
  if (handle < 0) throw new ERR_ZLIB_INITIALIZATION_FAILED();
  ZlibBase.call(this, opts, mode, handle, brotliFlushes);
}
// As in Node, brotli streams inherit Zlib's params(), which changes nothing for them.
Object.setPrototypeOf(Brotli.prototype, Zlib.prototype);
Object.setPrototypeOf(Brotli, Zlib);

/** A public engine class: callable without `new`, as Node's are. */
function engineClass(name, Base, mode) {
  const Class = {
    [name]: function (opts) {
      if (!(this instanceof Class)) return new Class(opts);
      Base.call(this, opts, mode);
    },
  }[name];
  Object.setPrototypeOf(Class.prototype, Base.prototype);
  Object.setPrototypeOf(Class, Base);
  return Class;
}

const Deflate = engineClass('Deflate', Zlib, DEFLATE);
const Inflate = engineClass('Inflate', Zlib, INFLATE);
const Gzip = engineClass('Gzip', Zlib, GZIP);
const Gunzip = engineClass('Gunzip', Zlib, GUNZIP);
const DeflateRaw = engineClass('DeflateRaw', Zlib, DEFLATERAW);
const InflateRaw = engineClass('InflateRaw', Zlib, INFLATERAW);
const Unzip = engineClass('Unzip', Zlib, UNZIP);
const BrotliCompress = engineClass('BrotliCompress', Brotli, BROTLI_ENCODE);
const BrotliDecompress = engineClass('BrotliDecompress', Brotli, BROTLI_DECODE);

function collectOutput(engine, input, callback) {
  validateFunction(callback, 'callback');
  // The stream takes Uint8Arrays: other views are read through one over their bytes.
  if (ArrayBuffer.isView(input) && !(input instanceof Uint8Array)) {
    input = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  } else if (isAnyArrayBuffer(input)) {
    input = Buffer.from(input);
  }
  const outputs = [];
  let length = 0;
  engine.on('data', (chunk) => {
    outputs.push(chunk);
    length += chunk.length;
    if (length > engine._maxOutputLength) {
      engine.close();
      engine.removeAllListeners('end');
      callback(new ERR_BUFFER_TOO_LARGE(engine._maxOutputLength));
    }
  });
  engine.on('error', (error) => {
    engine.removeAllListeners('end');
    callback(error);
  });
  engine.on('end', () => {
    let buffer;
    try {
      buffer = Buffer.concat(outputs, length);
    } catch (error) {
      // More than the memory limit lets the program hold at once: the callback gets the error.
      outputs.length = 0;
      engine.close();
      callback(error);
      return;
    }
    engine.close();
    callback(null, engine._info ? { buffer, engine } : buffer);
  });
  engine.end(input);
}

function convertSync(engine, input) {
  if (typeof input === 'string') {
    input = Buffer.from(input);
  } else if (ArrayBuffer.isView(input)) {
    input = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  } else if (isAnyArrayBuffer(input)) {
    input = Buffer.from(input);
  } else {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], input);
  }
  const buffer = processChunkSync(engine, input, engine._finishFlushFlag);
  return engine._info ? { buffer, engine } : buffer;
}

function convenience(Class) {
  return [
    function asyncBufferWrapper(input, opts, callback) {
      if (typeof opts === 'function') {
        callback = opts;
        opts = {};
      }
      return collectOutput(new Class(opts), input, callback);
    },
    function syncBufferWrapper(input, opts) {
      return convertSync(new Class(opts), input);
    },
  ];
}

function crc32(data, value = 0) {
  if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
  }
  validateInteger(value, 'value', 0, 2 ** 32 - 1);
  return binding.crc32(typeof data === 'string' ? Buffer.from(data) : data, value);
}

const [deflate, deflateSync] = convenience(Deflate);
const [gzip, gzipSync] = convenience(Gzip);
const [deflateRaw, deflateRawSync] = convenience(DeflateRaw);
const [unzip, unzipSync] = convenience(Unzip);
const [inflate, inflateSync] = convenience(Inflate);
const [gunzip, gunzipSync] = convenience(Gunzip);
const [inflateRaw, inflateRawSync] = convenience(InflateRaw);
const [brotliCompress, brotliCompressSync] = convenience(BrotliCompress);
const [brotliDecompress, brotliDecompressSync] = convenience(BrotliDecompress);

module.exports = {
  crc32,
  Deflate,
  Inflate,
  Gzip,
  Gunzip,
  DeflateRaw,
  InflateRaw,
  Unzip,
  BrotliCompress,
  BrotliDecompress,
  deflate,
  deflateSync,
  gzip,
  gzipSync,
  deflateRaw,
  deflateRawSync,
  unzip,
  unzipSync,
  inflate,
  inflateSync,
  gunzip,
  gunzipSync,
  inflateRaw,
  inflateRawSync,
  brotliCompress,
  brotliCompressSync,
  brotliDecompress,
  brotliDecompressSync,
};

for (const Class of [Deflate, Inflate, DeflateRaw, InflateRaw, Gzip, Gunzip, Unzip, BrotliCompress, BrotliDecompress]) {
  Object.defineProperty(module.exports, `create${Class.name}`, {
    value: (options) => new Class(options),
    enumerable: true,
    configurable: true,
  });
}

Object.defineProperties(module.exports, {
  constants: { value: constants, enumerable: true, configurable: false, writable: false },
  codes: { value: codes, enumerable: true, writable: false },
});

// The zlib constants also live on the module itself, as they did before
// `zlib.constants`.
for (const name of Object.keys(constants)) {
  if (!name.startsWith('BROTLI')) Object.defineProperty(module.exports, name, { value: constants[name], writable: false });
}
