'use strict';
// node:buffer — Buffer as a Uint8Array subclass, as in Node. Encoding, decoding,
// searching and comparing run natively (guest/src/natives/buffer.rs).

const binding = internalBinding('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE, ERR_OUT_OF_RANGE, ERR_STRING_TOO_LONG, ERR_UNKNOWN_ENCODING },
} = require('internal/errors');
const { validateInteger, validateNumber, validateString } = require('internal/validators');
const { inspect: utilInspect } = require('internal/util/inspect');
const { isAnyArrayBuffer } = require('internal/util/types');
const { shape } = require('internal/util/function_shape');

const kMaxLength = 2 ** 32;
const kStringMaxLength = 2 ** 29 - 24;
let INSPECT_MAX_BYTES = 50;

const ENCODING_IDS = { utf8: 0, latin1: 1, ascii: 2, hex: 3, base64: 4, base64url: 5 };

/** Node's canonical name for an encoding label, or undefined. */
function normalizeEncoding(encoding) {
  if (encoding === undefined || encoding === null || encoding === 'utf8' || encoding === 'utf-8') return 'utf8';
  // HTTP's heads are latin1.
  if (encoding === 'latin1') return 'latin1';
  switch (String(encoding).toLowerCase()) {
    case 'utf8':
    case 'utf-8':
      return 'utf8';
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return 'utf16le';
    case 'latin1':
    case 'binary':
      return 'latin1';
    case 'base64':
      return 'base64';
    case 'base64url':
      return 'base64url';
    case 'hex':
      return 'hex';
    case 'ascii':
      return 'ascii';
    case '':
      return 'utf8';
    default:
      return undefined;
  }
}

function getEncoding(encoding) {
  const normalized = normalizeEncoding(encoding);
  if (normalized === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return normalized;
}

class FastBuffer extends Uint8Array {}

/**
 * Whether Buffer() was called by the program's own code: neither by Nodule's modules (a
 * bundled package makes views with `new view.constructor(...)`) nor, as the nearest
 * caller with a file path, by a package under node_modules. Node warns only the program.
 */
function calledByProgram() {
  const { prepareStackTrace, stackTraceLimit } = Error;
  // The frames as text, whatever Error.prepareStackTrace does (Error.captureStackTrace
  // would record none while it runs), from Buffer's caller on.
  Error.prepareStackTrace = undefined;
  Error.stackTraceLimit = Number.POSITIVE_INFINITY;
  const { stack } = new Error();
  Error.prepareStackTrace = prepareStackTrace;
  Error.stackTraceLimit = stackTraceLimit;
  // None at all while Error.prepareStackTrace runs (QuickJS records none then): the
  // program's code is what runs there.
  if (typeof stack !== 'string') return true;
  const lines = stack.split('\n');
  const frames = lines.slice(lines.findIndex((line) => /^ {4}at (?:new )?Buffer \(node:buffer:/.test(line)) + 1);
  if (/^ {4}at (?:.* \()?node:/.test(frames[0] ?? '')) return false;
  for (const frame of frames) {
    const file = /^ {4}at (?:.* \()?(\/[^)]*?)(?::\d+)*\)?$/.exec(frame)?.[1];
    if (file !== undefined) return !/[/\\]node_modules[/\\]/.test(file);
  }
  return false;
}

let bufferWarned = false;

function Buffer(arg, encodingOrOffset, length) {
  if (!bufferWarned && calledByProgram()) {
    bufferWarned = true;
    process.emitWarning(
      'Buffer() is deprecated due to security and usability issues. Please use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.',
      'DeprecationWarning',
      'DEP0005',
    );
  }
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}
Object.defineProperty(Buffer, Symbol.species, { get: () => FastBuffer, configurable: true });
FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
Object.setPrototypeOf(Buffer, Uint8Array);

Buffer.poolSize = 8 * 1024;

function validateSize(size) {
  if (typeof size !== 'number') throw new ERR_INVALID_ARG_TYPE('size', 'number', size);
  if (!(size >= 0 && size <= kMaxLength)) throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxLength}`, size);
}

Buffer.alloc = function alloc(size, fill, encoding) {
  validateSize(size);
  const buffer = new FastBuffer(size);
  if (fill !== undefined && fill !== 0 && size > 0) return buffer.fill(fill, encoding);
  return buffer;
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateSize(size);
  return new FastBuffer(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateSize(size);
  return new FastBuffer(size);
};

function fromString(string, encoding) {
  const normalized = getEncoding(encoding);
  if (normalized === 'utf16le') {
    const buffer = new FastBuffer(string.length * 2);
    for (let i = 0; i < string.length; i++) {
      const unit = string.charCodeAt(i);
      buffer[2 * i] = unit & 0xff;
      buffer[2 * i + 1] = unit >>> 8;
    }
    return buffer;
  }
  return new FastBuffer(binding.encodeString(string, ENCODING_IDS[normalized]));
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    // By brand, not prototype: an ArrayBuffer of another context (vm) counts.
    if (isAnyArrayBuffer(value)) {
      const byteOffset = encodingOrOffset === undefined ? 0 : +encodingOrOffset || 0;
      if (byteOffset > value.byteLength) {
        const err = new RangeError('"offset" is outside of buffer bounds');
        err.code = 'ERR_BUFFER_OUT_OF_BOUNDS';
        throw err;
      }
      const byteLength = length === undefined ? value.byteLength - byteOffset : +length || 0;
      if (byteOffset + byteLength > value.byteLength) {
        const err = new RangeError('"length" is outside of buffer bounds');
        err.code = 'ERR_BUFFER_OUT_OF_BOUNDS';
        throw err;
      }
      return new FastBuffer(value, byteOffset, byteLength);
    }
    const primitive = value.valueOf?.();
    if (primitive != null && primitive !== value && (typeof primitive === 'string' || typeof primitive === 'object')) {
      return Buffer.from(primitive, encodingOrOffset, length);
    }
    if (ArrayBuffer.isView(value)) {
      const copy = new FastBuffer(value.length);
      for (let i = 0; i < value.length; i++) copy[i] = value[i];
      return copy;
    }
    // An array-like, or an object holding an ArrayBuffer as `buffer` (a view's shape) whose
    // length is not a number: Node copies what `length` says, which may be nothing.
    if (value.length !== undefined || isAnyArrayBuffer(value.buffer)) {
      // A negative or fractional length counts as a typed array counts it.
      const n = typeof value.length === 'number' && value.length > 0 ? Math.trunc(value.length) : 0;
      const buffer = new FastBuffer(n);
      for (let i = 0; i < n; i++) buffer[i] = value[i];
      return buffer;
    }
    if (value.type === 'Buffer' && Array.isArray(value.data)) return Buffer.from(value.data);
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const converted = value[Symbol.toPrimitive]('string');
      if (typeof converted === 'string') return fromString(converted, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE('first argument', ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!ArrayBuffer.isView(view) || view instanceof DataView) throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  if (view.length === 0) return new FastBuffer(0);
  if (offset !== undefined || length !== undefined) {
    if (offset === undefined) {
      offset = 0;
    } else {
      validateInteger(offset, 'offset', 0);
      if (offset >= view.length) return new FastBuffer(0);
    }
    let end = view.length;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    }
    view = view.slice(offset, end);
  }
  return new FastBuffer(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
};

Buffer.of = function of(...items) {
  return Buffer.from(items);
};

Buffer.isBuffer = function isBuffer(value) {
  return value instanceof Buffer;
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && normalizeEncoding(encoding) !== undefined;
};

Buffer.byteLength = function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  switch (normalizeEncoding(encoding) ?? 'utf8') {
    case 'utf8':
      return binding.byteLengthUtf8(string);
    case 'utf16le':
      return string.length * 2;
    case 'base64':
    case 'base64url':
      return base64ByteLength(string);
    case 'hex':
      return string.length >>> 1;
    default:
      return string.length;
  }
};

function base64ByteLength(string) {
  let bytes = string.length;
  if (string.charCodeAt(bytes - 1) === 0x3d) bytes--;
  if (bytes > 1 && string.charCodeAt(bytes - 1) === 0x3d) bytes--;
  return (bytes * 3) >>> 2;
}

function toUint8(value, name) {
  if (value instanceof Uint8Array) return value;
  throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'Uint8Array'], value);
}

Buffer.compare = function compare(a, b) {
  toUint8(a, 'buf1');
  toUint8(b, 'buf2');
  return a === b ? 0 : binding.compare(a, b);
};

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) throw new ERR_INVALID_ARG_TYPE('list', 'Array', list);
  if (list.length === 0) return new FastBuffer(0);
  if (length !== undefined) validateOffset(length, 'length', 0, kMaxLength);
  const joined = binding.concat(list, length ?? -1);
  if (typeof joined === 'number') throw new ERR_INVALID_ARG_TYPE(`list[${joined}]`, ['Buffer', 'Uint8Array'], list[joined]);
  return new FastBuffer(joined);
};

function validateOffset(value, name, min = 0, max = Number.MAX_SAFE_INTEGER) {
  validateInteger(value, name, min, max);
}

const proto = Buffer.prototype;

Object.defineProperty(proto, 'parent', {
  enumerable: true,
  configurable: true,
  get() {
    return this instanceof Buffer ? this.buffer : undefined;
  },
});
Object.defineProperty(proto, 'offset', {
  enumerable: true,
  configurable: true,
  get() {
    return this instanceof Buffer ? this.byteOffset : undefined;
  },
});

function decodeUtf16le(buffer, start, end) {
  const length = (end - start) >> 1;
  let text = '';
  for (let i = 0; i < length; i += 4096) {
    const units = [];
    const stop = Math.min(length, i + 4096);
    for (let j = i; j < stop; j++) units.push(buffer[start + 2 * j] | (buffer[start + 2 * j + 1] << 8));
    text += String.fromCharCode.apply(null, units);
  }
  return text;
}

/** The length of the string `bytes` bytes make in `encoding`, at most (ERR_STRING_TOO_LONG). */
function decodedLength(encoding, bytes) {
  if (encoding === 'hex') return bytes * 2;
  if (encoding === 'base64' || encoding === 'base64url') return Math.ceil(bytes / 3) * 4;
  if (encoding === 'utf16le') return bytes / 2;
  return bytes;
}

/** Node's limit on a string is V8's, which it reports as buffer.constants.MAX_STRING_LENGTH. */
function checkStringLength(encoding, bytes) {
  if (decodedLength(encoding, bytes) > kStringMaxLength) throw new ERR_STRING_TOO_LONG();
}

// biome-ignore lint/suspicious/noShadowRestrictedNames: Node's name for it (`Buffer.prototype.toString.name`)
proto.toString = function toString(encoding, start, end) {
  if (arguments.length === 0) {
    checkStringLength('utf8', this.length);
    return binding.toString(this, 0, 0, this.length);
  }
  const length = this.length;
  if (start === undefined || start <= 0) start = 0;
  else if (start >= length) return '';
  else start = Math.trunc(start) || 0;
  if (end === undefined || end > length) end = length;
  else end = Math.trunc(end) || 0;
  if (end <= start) return '';
  // Only undefined means utf8 here: any other value names an encoding (null and 0 do not).
  const normalized = encoding === undefined ? 'utf8' : getEncoding(`${encoding}`);
  checkStringLength(normalized, end - start);
  if (normalized === 'utf16le') return decodeUtf16le(this, start, end);
  return binding.toString(this, ENCODING_IDS[normalized], start, end);
};

proto.toLocaleString = proto.toString;

proto.equals = function equals(other) {
  toUint8(other, 'otherBuffer');
  if (this === other) return true;
  return this.length === other.length && binding.compare(this, other) === 0;
};

proto.compare = shape(
  function compare(target, targetStart = 0, targetEnd = target?.length, sourceStart = 0, sourceEnd = this.length) {
    toUint8(target, 'target');
    validateOffset(targetStart, 'targetStart');
    validateOffset(targetEnd, 'targetEnd', 0, target.length);
    validateOffset(sourceStart, 'sourceStart');
    validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
    if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
    if (targetStart >= targetEnd) return 1;
    return binding.compare(this.subarray(sourceStart, sourceEnd), target.subarray(targetStart, targetEnd));
  },
  undefined,
  5,
);

proto.copy = shape(
  function copy(target, targetStart = 0, sourceStart = 0, sourceEnd = this.length) {
    toUint8(target, 'target');
    targetStart = Math.trunc(targetStart) || 0;
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
    sourceStart = Math.trunc(sourceStart) || 0;
    if (sourceStart < 0 || sourceStart > this.length) throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${this.length}`, sourceStart);
    sourceEnd = Math.min(Math.trunc(sourceEnd) || 0, this.length);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
    if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
    const count = Math.min(sourceEnd - sourceStart, target.length - targetStart);
    target.set(this.subarray(sourceStart, sourceStart + count), targetStart);
    return count;
  },
  undefined,
  4,
);

proto.subarray = function subarray(start, end) {
  return Uint8Array.prototype.subarray.call(this, start, end);
};

proto.slice = function slice(start, end) {
  return this.subarray(start, end);
};

proto.toJSON = function toJSON() {
  return { type: 'Buffer', data: Array.from(this) };
};

proto.write = function write(string, offset, length, encoding) {
  validateString(string, 'string');
  if (offset === undefined) {
    return writeEncoded(this, string, 0, this.length, 'utf8');
  }
  if (length === undefined && typeof offset === 'string') {
    return writeEncoded(this, string, 0, this.length, offset);
  }
  validateOffset(offset, 'offset', 0, this.length);
  const remaining = this.length - offset;
  if (length === undefined) {
    length = remaining;
  } else if (typeof length === 'string') {
    encoding = length;
    length = remaining;
  } else {
    validateOffset(length, 'length', 0, this.length);
    if (length > remaining) length = remaining;
  }
  return writeEncoded(this, string, offset, length, encoding);
};

/** The errors Node's native Buffer methods throw: a code, and a message of their own. */
function codedError(Type, code, message) {
  const err = new Type(message);
  err.code = code;
  return err;
}

// The per-encoding methods Node's Buffer has beside toString and write (undocumented,
// used by parsers such as busboy): positions are not coerced, only range-checked.
for (const [name, encoding] of [
  ['ascii', 'ascii'],
  ['base64', 'base64'],
  ['base64url', 'base64url'],
  ['latin1', 'latin1'],
  ['hex', 'hex'],
  ['ucs2', 'utf16le'],
  ['utf8', 'utf8'],
]) {
  proto[`${name}Slice`] = shape(function (start = 0, end = this.length) {
    if (start > this.length || end > this.length) throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
    return end <= start ? '' : this.toString(encoding, start, end);
  }, `${name}Slice`);
  proto[`${name}Write`] = shape(
    function (string, offset = 0, length = this.length - offset) {
      if (typeof string !== 'string') throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
      if (offset > this.length) throw codedError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', '"offset" is outside of buffer bounds');
      return writeEncoded(this, string, offset, Math.min(length, this.length - offset), encoding);
    },
    `${name}Write`,
    0,
  );
}

function writeEncoded(buffer, string, offset, length, encoding) {
  const normalized = getEncoding(encoding);
  if (normalized === 'utf16le') {
    const units = Math.min(string.length, length >> 1);
    for (let i = 0; i < units; i++) {
      const unit = string.charCodeAt(i);
      buffer[offset + 2 * i] = unit & 0xff;
      buffer[offset + 2 * i + 1] = unit >>> 8;
    }
    return units * 2;
  }
  return binding.write(buffer, string, offset, length, ENCODING_IDS[normalized]);
}

proto.fill = function fill(value, offset, end, encoding) {
  if (typeof offset === 'string') {
    encoding = offset;
    offset = 0;
    end = this.length;
  } else if (typeof end === 'string') {
    encoding = end;
    end = this.length;
  }
  offset = offset === undefined ? 0 : offset;
  end = end === undefined ? this.length : end;
  validateOffset(offset, 'offset', 0);
  validateOffset(end, 'end', 0, this.length);
  if (offset >= end) return this;
  if (typeof value === 'number') {
    Uint8Array.prototype.fill.call(this, value & 255, offset, end);
    return this;
  }
  if (typeof value === 'boolean') {
    Uint8Array.prototype.fill.call(this, Number(value), offset, end);
    return this;
  }
  let pattern;
  if (typeof value === 'string') {
    if (encoding !== undefined) getEncoding(encoding);
    pattern = Buffer.from(value, encoding);
    if (pattern.length === 0) {
      if (value.length === 0) {
        Uint8Array.prototype.fill.call(this, 0, offset, end);
        return this;
      }
      throw new ERR_INVALID_ARG_VALUE('value', value);
    }
  } else if (value instanceof Uint8Array) {
    pattern = value;
  } else {
    Uint8Array.prototype.fill.call(this, Number(value) & 255, offset, end);
    return this;
  }
  binding.fill(this, pattern, offset, end);
  return this;
};

function searchNeedle(value, encoding) {
  if (typeof value === 'string') return Buffer.from(value, encoding);
  if (value instanceof Uint8Array) return value;
  if (typeof value === 'number') return new FastBuffer([value & 255]);
  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], value);
}

function bidirectionalIndexOf(buffer, value, byteOffset, encoding, last) {
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = last ? buffer.length : 0;
  byteOffset = Math.trunc(byteOffset);
  if (byteOffset < 0) byteOffset += buffer.length;
  if (encoding !== undefined && typeof value === 'string') getEncoding(encoding);
  const needle = searchNeedle(value, encoding);
  if (!last && needle.length === 0 && typeof value === 'string') return Math.min(Math.max(byteOffset, 0), buffer.length);
  if (last && byteOffset < 0) return -1;
  return binding.indexOf(buffer, needle, byteOffset, last);
}

proto.indexOf = function indexOf(value, byteOffset, encoding) {
  return bidirectionalIndexOf(this, value, byteOffset, encoding, false);
};

proto.lastIndexOf = function lastIndexOf(value, byteOffset, encoding) {
  return bidirectionalIndexOf(this, value, byteOffset, encoding, true);
};

proto.includes = function includes(value, byteOffset, encoding) {
  return this.indexOf(value, byteOffset, encoding) !== -1;
};

function swap(buffer, size) {
  if (buffer.length % size !== 0) {
    const err = new RangeError(`Buffer size must be a multiple of ${size * 8}-bits`);
    err.code = 'ERR_INVALID_BUFFER_SIZE';
    throw err;
  }
  for (let i = 0; i < buffer.length; i += size) {
    for (let a = i, b = i + size - 1; a < b; a++, b--) {
      const t = buffer[a];
      buffer[a] = buffer[b];
      buffer[b] = t;
    }
  }
  return buffer;
}

proto.swap16 = function swap16() {
  return swap(this, 2);
};
proto.swap32 = function swap32() {
  return swap(this, 4);
};
proto.swap64 = function swap64() {
  return swap(this, 8);
};

// Reading and writing numbers. Offsets are checked as Node checks them, with its errors.

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type);
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) {
    const err = new RangeError('Attempt to access memory outside buffer bounds');
    err.code = 'ERR_BUFFER_OUT_OF_BOUNDS';
    return err;
  }
  return new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

function checkOffset(buffer, offset, byteLength) {
  if (offset === undefined) offset = 0;
  validateNumber(offset, 'offset');
  if (buffer[offset] === undefined || buffer[offset + byteLength - 1] === undefined) {
    throw boundsError(offset, buffer.length - byteLength);
  }
  return offset;
}

const scratch = new ArrayBuffer(8);
const scratchView = new DataView(scratch);
const scratchBytes = new Uint8Array(scratch);

function readVia(size, read) {
  return function reader(offset = 0) {
    offset = checkOffset(this, offset, size);
    for (let i = 0; i < size; i++) scratchBytes[i] = this[offset + i];
    return read(scratchView);
  };
}

function writeVia(size, write, check) {
  return function writer(value, offset = 0) {
    if (check) check(value);
    offset = checkOffset(this, offset, size);
    write(scratchView, value);
    for (let i = 0; i < size; i++) this[offset + i] = scratchBytes[i];
    return offset + size;
  };
}

function checkIntRange(min, max, byteLength) {
  return (value) => {
    if (typeof value !== 'number' && typeof value !== 'bigint') throw new ERR_INVALID_ARG_TYPE('value', 'number', value);
    if (value > max || value < min) {
      let range;
      if (byteLength > 4 || typeof min === 'bigint') {
        const n = typeof min === 'bigint' ? 'n' : '';
        range =
          min === 0 || min === 0n
            ? `>= 0${n} and < 2${n} ** ${byteLength * 8}${n}`
            : `>= -(2${n} ** ${byteLength * 8 - 1}${n}) and < 2${n} ** ${byteLength * 8 - 1}${n}`;
      } else {
        range = `>= ${min} and <= ${max}`;
      }
      throw new ERR_OUT_OF_RANGE('value', range, value);
    }
  };
}

const numericAccessors = {
  UInt8: [1, (v) => v.getUint8(0), (v, x) => v.setUint8(0, x), checkIntRange(0, 0xff, 1)],
  Int8: [1, (v) => v.getInt8(0), (v, x) => v.setInt8(0, x), checkIntRange(-0x80, 0x7f, 1)],
  UInt16LE: [2, (v) => v.getUint16(0, true), (v, x) => v.setUint16(0, x, true), checkIntRange(0, 0xffff, 2)],
  UInt16BE: [2, (v) => v.getUint16(0), (v, x) => v.setUint16(0, x), checkIntRange(0, 0xffff, 2)],
  Int16LE: [2, (v) => v.getInt16(0, true), (v, x) => v.setInt16(0, x, true), checkIntRange(-0x8000, 0x7fff, 2)],
  Int16BE: [2, (v) => v.getInt16(0), (v, x) => v.setInt16(0, x), checkIntRange(-0x8000, 0x7fff, 2)],
  UInt32LE: [4, (v) => v.getUint32(0, true), (v, x) => v.setUint32(0, x, true), checkIntRange(0, 0xffffffff, 4)],
  UInt32BE: [4, (v) => v.getUint32(0), (v, x) => v.setUint32(0, x), checkIntRange(0, 0xffffffff, 4)],
  Int32LE: [4, (v) => v.getInt32(0, true), (v, x) => v.setInt32(0, x, true), checkIntRange(-0x80000000, 0x7fffffff, 4)],
  Int32BE: [4, (v) => v.getInt32(0), (v, x) => v.setInt32(0, x), checkIntRange(-0x80000000, 0x7fffffff, 4)],
  FloatLE: [4, (v) => v.getFloat32(0, true), (v, x) => v.setFloat32(0, x, true)],
  FloatBE: [4, (v) => v.getFloat32(0), (v, x) => v.setFloat32(0, x)],
  DoubleLE: [8, (v) => v.getFloat64(0, true), (v, x) => v.setFloat64(0, x, true)],
  DoubleBE: [8, (v) => v.getFloat64(0), (v, x) => v.setFloat64(0, x)],
  BigInt64LE: [8, (v) => v.getBigInt64(0, true), (v, x) => v.setBigInt64(0, x, true), checkIntRange(-(2n ** 63n), 2n ** 63n - 1n, 8)],
  BigInt64BE: [8, (v) => v.getBigInt64(0), (v, x) => v.setBigInt64(0, x), checkIntRange(-(2n ** 63n), 2n ** 63n - 1n, 8)],
  BigUInt64LE: [8, (v) => v.getBigUint64(0, true), (v, x) => v.setBigUint64(0, x, true), checkIntRange(0n, 2n ** 64n - 1n, 8)],
  BigUInt64BE: [8, (v) => v.getBigUint64(0), (v, x) => v.setBigUint64(0, x), checkIntRange(0n, 2n ** 64n - 1n, 8)],
};

for (const [name, [size, read, write, check]] of Object.entries(numericAccessors)) {
  const isBig = name.startsWith('Big');
  // V8's own error for mixing a number into BigInt arithmetic, which is where Node fails.
  const bigCheck = isBig
    ? (value) => {
        check(value);
        if (typeof value !== 'bigint') throw new TypeError('Cannot mix BigInt and other types, use explicit conversions');
      }
    : check;
  proto[`read${name}`] = shape(readVia(size, read), `read${name}`);
  proto[`write${name}`] = shape(writeVia(size, write, bigCheck), `write${name}`);
  if (name.includes('UInt')) {
    const alias = name.replace('UInt', 'Uint');
    proto[`read${alias}`] = proto[`read${name}`];
    proto[`write${alias}`] = proto[`write${name}`];
  }
}

function validateByteLength(byteLength) {
  validateNumber(byteLength, 'byteLength');
  if (!Number.isInteger(byteLength) || byteLength < 1 || byteLength > 6) throw boundsError(byteLength, 6, 'byteLength');
}

/** The variable-length readers and writers take no default offset, as Node's. */
function requireOffset(offset) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
}

proto.readUIntLE = function readUIntLE(offset, byteLength) {
  requireOffset(offset);
  validateByteLength(byteLength);
  offset = checkOffset(this, offset, byteLength);
  let value = 0;
  for (let i = byteLength - 1; i >= 0; i--) value = value * 256 + this[offset + i];
  return value;
};

proto.readUIntBE = function readUIntBE(offset, byteLength) {
  requireOffset(offset);
  validateByteLength(byteLength);
  offset = checkOffset(this, offset, byteLength);
  let value = 0;
  for (let i = 0; i < byteLength; i++) value = value * 256 + this[offset + i];
  return value;
};

proto.readIntLE = function readIntLE(offset, byteLength) {
  const value = this.readUIntLE(offset, byteLength);
  const limit = 2 ** (8 * byteLength - 1);
  return value >= limit ? value - limit * 2 : value;
};

proto.readIntBE = function readIntBE(offset, byteLength) {
  const value = this.readUIntBE(offset, byteLength);
  const limit = 2 ** (8 * byteLength - 1);
  return value >= limit ? value - limit * 2 : value;
};

function writeUIntBytes(buffer, value, offset, byteLength, littleEndian) {
  requireOffset(offset);
  offset = checkOffset(buffer, offset, byteLength);
  let remaining = value < 0 ? value + 2 ** (8 * byteLength) : value;
  for (let i = 0; i < byteLength; i++) {
    const byte = remaining % 256;
    buffer[littleEndian ? offset + i : offset + byteLength - 1 - i] = byte;
    remaining = (remaining - byte) / 256;
  }
  return offset + byteLength;
}

function checkWriteInt(value, byteLength, signed) {
  validateByteLength(byteLength);
  const bits = 8 * byteLength;
  const min = signed ? -(2 ** (bits - 1)) : 0;
  const max = signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
  checkIntRange(min, max, byteLength)(value);
}

proto.writeUIntLE = function writeUIntLE(value, offset, byteLength) {
  checkWriteInt(value, byteLength, false);
  return writeUIntBytes(this, value, offset, byteLength, true);
};
proto.writeUIntBE = function writeUIntBE(value, offset, byteLength) {
  checkWriteInt(value, byteLength, false);
  return writeUIntBytes(this, value, offset, byteLength, false);
};
proto.writeIntLE = function writeIntLE(value, offset, byteLength) {
  checkWriteInt(value, byteLength, true);
  return writeUIntBytes(this, value, offset, byteLength, true);
};
proto.writeIntBE = function writeIntBE(value, offset, byteLength) {
  checkWriteInt(value, byteLength, true);
  return writeUIntBytes(this, value, offset, byteLength, false);
};
for (const name of ['readUIntLE', 'readUIntBE', 'writeUIntLE', 'writeUIntBE']) proto[name.replace('UInt', 'Uint')] = proto[name];

proto[utilInspect.custom] = function inspect(_recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const actualMax = Math.min(max, this.length);
  const remaining = this.length - max;
  let str = binding
    .toString(this, ENCODING_IDS.hex, 0, actualMax)
    .replace(/(.{2})/g, '$1 ')
    .trim();
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    const extras = [];
    for (const key of Object.keys(this)) {
      if (/^\d+$/.test(key)) continue;
      extras.push(`${key}: ${utilInspect(this[key], { ...ctx, breakLength: Infinity, compact: true })}`);
    }
    if (extras.length > 0) str += `${str ? ', ' : ''}${extras.join(', ')}`;
  }
  return `<${this.constructor.name} ${str}>`;
};
proto.inspect = proto[utilInspect.custom];

function atob(input) {
  if (arguments.length === 0) throw new (require('internal/errors').codes.ERR_MISSING_ARGS)('input');
  const text = `${input}`.replace(/[\t\n\f\r ]/g, '');
  if (text.length % 4 === 1 || /[^A-Za-z0-9+/=]/.test(text) || /=[^=]/.test(text) || /={3,}$/.test(text)) {
    throw new DOMException('Invalid character', 'InvalidCharacterError');
  }
  return Buffer.from(text, 'base64').toString('latin1');
}

function btoa(input) {
  if (arguments.length === 0) throw new (require('internal/errors').codes.ERR_MISSING_ARGS)('input');
  const text = `${input}`;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0xff) throw new DOMException('Invalid character', 'InvalidCharacterError');
  }
  return Buffer.from(text, 'latin1').toString('base64');
}

/** The bytes isUtf8/isAscii validate: those of a view or of a whole (Shared)ArrayBuffer. */
function bytesToValidate(input) {
  if (!ArrayBuffer.isView(input) && !isAnyArrayBuffer(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
  }
  const buffer = input.buffer ?? input;
  if (input.detached) throw new ERR_INVALID_STATE('Cannot validate on a detached buffer');
  // A view of a detached buffer has no bytes left.
  if (buffer.detached) return new Uint8Array(0);
  return new Uint8Array(buffer, input.byteOffset ?? 0, input.byteLength);
}

function isUtf8(input) {
  return binding.isUtf8(bytesToValidate(input));
}

function isAscii(input) {
  return binding.isAscii(bytesToValidate(input));
}

function SlowBuffer(size) {
  return Buffer.allocUnsafe(size);
}

const { Blob, File, resolveObjectURL } = require('internal/blob');

// In Node's order.
module.exports = {
  Buffer,
  SlowBuffer,
  transcode(source, fromEncoding, toEncoding) {
    return Buffer.from(Buffer.from(source).toString(fromEncoding), toEncoding);
  },
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants: { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength },
  INSPECT_MAX_BYTES: undefined,
  Blob,
  resolveObjectURL,
  File,
};

Object.defineProperty(module.exports, 'INSPECT_MAX_BYTES', {
  enumerable: true,
  configurable: true,
  get() {
    return INSPECT_MAX_BYTES;
  },
  set(value) {
    validateNumber(value, 'INSPECT_MAX_BYTES', 0);
    INSPECT_MAX_BYTES = value;
  },
});
