'use strict';
// What fs and the module loader share: reading text and stat kinds through the
// host's fs binding, and the types fs hands out (Stats, Dirent).

const { call } = internalBinding('fs');
const { decodeUtf8 } = internalBinding('encoding');
const { shape } = require('internal/util/function_shape');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');

/** A path argument (string, Buffer or file: URL) as a string, checked as Node checks it. */
function toPathString(path, name = 'path') {
  if (typeof path !== 'string') {
    if (path instanceof Uint8Array) path = require('buffer').Buffer.from(path).toString();
    else if (path !== null && typeof path === 'object' && path.href !== undefined && path.protocol !== undefined)
      path = require('internal/url').fileURLToPath(path);
    else throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], path);
  }
  if (path.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(name, path, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return path;
}

/**
 * An fs function's options, as Node reads them: a string is the encoding, an object is
 * taken over `defaults` (a copy), nothing is `defaults`; the encoding is checked.
 */
function getOptions(options, defaults) {
  if (options === undefined || options === null || typeof options === 'function') return defaults;
  if (typeof options === 'string') options = { encoding: options };
  else if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  if (options.encoding && options.encoding !== 'buffer' && !require('buffer').Buffer.isEncoding(options.encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', options.encoding, 'is invalid encoding');
  }
  // Inherited options count too: Node reads them off the object.
  const copy = { ...defaults };
  for (const key in options) copy[key] = options[key];
  return copy;
}

/** Whether a result of the fs binding is a failure: a negative errno. */
function isFailure(result) {
  return typeof result === 'number' && result < 0;
}

/** A file's text, or the negative errno of the failure. */
function readFileUtf8(path) {
  const bytes = call('readFile', path);
  return isFailure(bytes) ? bytes : decodeUtf8(bytes, false);
}

// Kinds as the fs binding numbers them.
const {
  FILE: KIND_FILE,
  DIRECTORY: KIND_DIRECTORY,
  SYMLINK: KIND_SYMLINK,
  BLOCK_DEVICE: KIND_BLOCK,
  CHAR_DEVICE: KIND_CHAR,
  FIFO: KIND_FIFO,
  SOCKET: KIND_SOCKET,
} = internalBinding('fs').kinds;

const S_IFMT = 0o170000;
const modeKinds = [
  [0o100000, KIND_FILE],
  [0o040000, KIND_DIRECTORY],
  [0o120000, KIND_SYMLINK],
  [0o060000, KIND_BLOCK],
  [0o020000, KIND_CHAR],
  [0o010000, KIND_FIFO],
  [0o140000, KIND_SOCKET],
];

function kindOfMode(mode) {
  const type = Number(mode) & S_IFMT;
  return modeKinds.find(([bits]) => bits === type)?.[1];
}

const kindChecks = {
  isFile: KIND_FILE,
  isDirectory: KIND_DIRECTORY,
  isSymbolicLink: KIND_SYMLINK,
  isBlockDevice: KIND_BLOCK,
  isCharacterDevice: KIND_CHAR,
  isFIFO: KIND_FIFO,
  isSocket: KIND_SOCKET,
};

class StatsBase {}
for (const [method, kind] of Object.entries(kindChecks)) {
  Object.defineProperty(StatsBase.prototype, method, {
    value: shape(function () {
      return kindOfMode(this.mode) === kind;
    }, method),
    writable: true,
    configurable: true,
  });
}

function dateOf(ms) {
  return new Date(Math.round(Number(ms)));
}

const timeFields = ['atime', 'mtime', 'ctime', 'birthtime'];

/** fs.Stats. Node's constructor takes the fields in this order, and code (mocks, caches) calls it. */
function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  Object.assign(this, { dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeMs, mtimeMs, ctimeMs, birthtimeMs });
  this.atime = dateOf(atimeMs);
  this.mtime = dateOf(mtimeMs);
  this.ctime = dateOf(ctimeMs);
  this.birthtime = dateOf(birthtimeMs);
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Object.setPrototypeOf(Stats, StatsBase);

class BigIntStats extends StatsBase {}

/** Where each field sits in a raw stat, by the binding's own description of the layout. */
const statIndex = Object.fromEntries(internalBinding('fs').statLayout.map((name, index) => [name, index]));

/** What a raw stat names: one of the `KIND_*` values. */
function statKind(raw) {
  return raw[statIndex.kind];
}

/** fs.Stats (or BigIntStats) from the binding's flat array. */
function makeStats(raw, bigint) {
  const field = (name) => (bigint ? BigInt(raw[statIndex[name]]) : raw[statIndex[name]]);
  const [dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks] = [
    'dev',
    'mode',
    'nlink',
    'uid',
    'gid',
    'rdev',
    'blksize',
    'ino',
    'size',
    'blocks',
  ].map(field);
  const times = timeFields.map((name) => [raw[statIndex[`${name}Seconds`]], raw[statIndex[`${name}Nanoseconds`]]]);
  if (!bigint) {
    const [atimeMs, mtimeMs, ctimeMs, birthtimeMs] = times.map(([seconds, nanoseconds]) => seconds * 1000 + nanoseconds / 1e6);
    return new Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeMs, mtimeMs, ctimeMs, birthtimeMs);
  }
  const stats = Object.assign(new BigIntStats(), { dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks });
  timeFields.forEach((name, i) => {
    const ns = BigInt(times[i][0]) * 1000000000n + BigInt(times[i][1]);
    stats[`${name}Ms`] = ns / 1000000n;
    stats[`${name}Ns`] = ns;
  });
  for (const name of timeFields) stats[name] = dateOf(stats[`${name}Ms`]);
  return stats;
}

const kType = Symbol('type');

class Dirent {
  constructor(name, kind, parentPath) {
    this.name = name;
    this.parentPath = parentPath;
    this.path = parentPath;
    this[kType] = kind;
  }
}
for (const [method, kind] of Object.entries(kindChecks)) {
  Object.defineProperty(Dirent.prototype, method, {
    value: shape(function () {
      return this[kType] === kind;
    }, method),
    writable: true,
    configurable: true,
  });
}

module.exports = {
  getOptions,
  isFailure,
  toPathString,
  readFileUtf8,
  makeStats,
  statKind,
  Stats,
  BigIntStats,
  Dirent,
  KIND_FILE,
  KIND_DIRECTORY,
  KIND_SYMLINK,
};
