'use strict';
// node:fs — sync, callback and promise APIs over one table of operations. Each
// operation is described once (how its arguments become a host request, which
// syscall names its errors, how the result becomes Node's value); the three styles
// are generated from that description. The host checks every path against the
// sandbox's grants.

const binding = internalBinding('fs');
const {
  AbortError,
  uvException,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_FS_EISDIR,
    ERR_FS_FILE_TOO_LARGE,
  },
} = require('internal/errors');
const { EBADF, EISDIR, EFBIG, ENOENT } = internalBinding('errno').codes;

/** The whole-file functions' `signal` option, checked (the sync forms take none). */
function abortSignalOf(options) {
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return options.signal;
}
const {
  parseFileMode,
  validateAbortSignal,
  validateBoolean,
  validateBuffer,
  validateEncoding,
  validateFunction,
  validateInt32,
  validateInteger,
  validateObject,
  validateString,
} = require('internal/validators');
const { onCompletion } = require('internal/event_loop');
const { getOptions, isFailure, makeStats, statKind, toPathString, Stats, Dirent, KIND_DIRECTORY } = require('internal/fs/utils');
const { Dir } = require('internal/fs/dir');
const copier = require('internal/fs/cp');
const { Buffer } = require('buffer');
const pathModule = require('path');
const { shape } = require('internal/util/function_shape');

const constants = {
  __proto__: null,
  UV_FS_SYMLINK_DIR: 1,
  UV_FS_SYMLINK_JUNCTION: 2,
  O_RDONLY: 0,
  O_WRONLY: 1,
  O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0,
  UV_DIRENT_FILE: 1,
  UV_DIRENT_DIR: 2,
  UV_DIRENT_LINK: 3,
  UV_DIRENT_FIFO: 4,
  UV_DIRENT_SOCKET: 5,
  UV_DIRENT_CHAR: 6,
  UV_DIRENT_BLOCK: 7,
  EXTENSIONLESS_FORMAT_JAVASCRIPT: 0,
  EXTENSIONLESS_FORMAT_WASM: 1,
  S_IFMT: 61440,
  S_IFREG: 32768,
  S_IFDIR: 16384,
  S_IFCHR: 8192,
  S_IFBLK: 24576,
  S_IFIFO: 4096,
  S_IFLNK: 40960,
  S_IFSOCK: 49152,
  O_CREAT: 64,
  O_EXCL: 128,
  UV_FS_O_FILEMAP: 0,
  O_NOCTTY: 256,
  O_TRUNC: 512,
  O_APPEND: 1024,
  O_DIRECTORY: 65536,
  O_NOATIME: 262144,
  O_NOFOLLOW: 131072,
  O_SYNC: 1052672,
  O_DSYNC: 4096,
  O_DIRECT: 16384,
  O_NONBLOCK: 2048,
  S_IRWXU: 448,
  S_IRUSR: 256,
  S_IWUSR: 128,
  S_IXUSR: 64,
  S_IRWXG: 56,
  S_IRGRP: 32,
  S_IWGRP: 16,
  S_IXGRP: 8,
  S_IRWXO: 7,
  S_IROTH: 4,
  S_IWOTH: 2,
  S_IXOTH: 1,
  F_OK: 0,
  R_OK: 4,
  W_OK: 2,
  X_OK: 1,
  UV_FS_COPYFILE_EXCL: 1,
  COPYFILE_EXCL: 1,
  UV_FS_COPYFILE_FICLONE: 2,
  COPYFILE_FICLONE: 2,
  UV_FS_COPYFILE_FICLONE_FORCE: 4,
  COPYFILE_FICLONE_FORCE: 4,
};

// Open flags as the host takes them (see guest/src/natives/fs.rs).
const { READ, WRITE, APPEND, CREATE, TRUNCATE, EXCLUSIVE } = binding.openFlags;

const flagStrings = {
  r: READ,
  rs: READ,
  sr: READ,
  'r+': READ | WRITE,
  'rs+': READ | WRITE,
  'sr+': READ | WRITE,
  w: WRITE | CREATE | TRUNCATE,
  wx: WRITE | CREATE | TRUNCATE | EXCLUSIVE,
  xw: WRITE | CREATE | TRUNCATE | EXCLUSIVE,
  'w+': READ | WRITE | CREATE | TRUNCATE,
  'wx+': READ | WRITE | CREATE | TRUNCATE | EXCLUSIVE,
  'xw+': READ | WRITE | CREATE | TRUNCATE | EXCLUSIVE,
  a: APPEND | CREATE,
  ax: APPEND | CREATE | EXCLUSIVE,
  xa: APPEND | CREATE | EXCLUSIVE,
  as: APPEND | CREATE,
  sa: APPEND | CREATE,
  'a+': READ | APPEND | CREATE,
  'ax+': READ | APPEND | CREATE | EXCLUSIVE,
  'xa+': READ | APPEND | CREATE | EXCLUSIVE,
  'as+': READ | APPEND | CREATE,
  'sa+': READ | APPEND | CREATE,
};

function openFlags(flags, fallback) {
  if (flags === undefined || flags === null) return flagStrings[fallback];
  if (typeof flags === 'number') {
    validateInt32(flags, 'flags');
    const access = flags & 3;
    let bits = access === 0 ? READ : access === 1 ? WRITE : READ | WRITE;
    if (flags & constants.O_APPEND) bits |= APPEND;
    if (flags & constants.O_CREAT) bits |= CREATE;
    if (flags & constants.O_TRUNC) bits |= TRUNCATE;
    if (flags & constants.O_EXCL) bits |= EXCLUSIVE;
    return bits;
  }
  const bits = flagStrings[flags];
  if (bits === undefined) throw new ERR_INVALID_ARG_VALUE('flags', flags);
  return bits;
}

/** A path argument (string, Buffer or file URL) as a string, validated as Node does. */
function absolute(path) {
  return pathModule.resolve(path);
}

function encode(value, encoding) {
  if (encoding === 'buffer') return Buffer.from(value);
  return encoding ? Buffer.from(value).toString(encoding) : value;
}

function dataBytes(data, encoding) {
  if (typeof data === 'string') return Buffer.from(data, encoding ?? 'utf8');
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

// What process.getActiveResourcesInfo() calls a request in flight of each style, as Node names them.
const kCallbackRequest = 'FSReqCallback';
const kPromiseRequest = 'FSReqPromise';

let recursiveRmdirWarned = false;
function warnRecursiveRmdir() {
  if (recursiveRmdirWarned) return;
  recursiveRmdirWarned = true;
  process.emitWarning(
    'In future versions of Node.js, fs.rmdir(path, { recursive: true }) will be removed. Use fs.rm(path, { recursive: true }) instead',
    'DeprecationWarning',
    'DEP0147',
  );
}

let truncateDescriptorWarned = false;
function warnTruncateDescriptor() {
  if (truncateDescriptorWarned) return;
  truncateDescriptorWarned = true;
  process.emitWarning(
    'Using fs.truncate with a file descriptor is deprecated. Please use fs.ftruncate with a file descriptor instead.',
    'DeprecationWarning',
    'DEP0081',
  );
}

function validateFd(fd) {
  validateInt32(fd, 'fd', 0);
  return fd;
}

/**
 * access's and copyFile's mode: three flag bits (a fraction is cut), `fallback` when null
 * or undefined. Node checks it natively, with plain errors that carry a code.
 */
function validMode(mode, fallback) {
  if (mode === undefined || mode === null) return fallback;
  let err;
  if (typeof mode !== 'number')
    err = Object.assign(new TypeError('mode must be int32 or null/undefined'), { code: 'ERR_INVALID_ARG_TYPE' });
  else if (!(mode >= 0 && mode < 8))
    err = Object.assign(new RangeError('mode is out of range: >= 0 && <= 7'), { code: 'ERR_OUT_OF_RANGE' });
  if (err !== undefined) throw err;
  return Math.trunc(mode);
}

/** A time as Node's toUnixTimestamp reads it (a negative number is now), in milliseconds. */
function toMs(time, name) {
  // biome-ignore lint/suspicious/noDoubleEquals: Node's check, which takes numeric strings
  if (typeof time === 'string' && +time == time) return +time * 1000;
  if (Number.isFinite(time)) return time < 0 ? Date.now() : time * 1000;
  if (time instanceof Date) return time.getTime();
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

/** What fs.statfs tells of the file system holding a path (statfs(2)'s fields). */
class StatFs {
  constructor(type, bsize, blocks, bfree, bavail, files, ffree) {
    this.type = type;
    this.bsize = bsize;
    this.blocks = blocks;
    this.bfree = bfree;
    this.bavail = bavail;
    this.files = files;
    this.ffree = ffree;
  }
}

/**
 * writeFile's and appendFile's request (`defaultFlag` tells them apart). With `flush` the file
 * is written through a descriptor that is fsync'd before it closes (a descriptor given is
 * only written to, as in Node).
 */
function prepareWholeWrite(path, data, options, defaultFlag) {
  options = getOptions(options, { encoding: 'utf8', flag: defaultFlag });
  const signal = abortSignalOf(options);
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  const bytes = dataBytes(data, options.encoding);
  if (Number.isInteger(path)) return { kind: 'write', args: [validateFd(path), bytes, -1], syscall: 'write', signal };
  path = toPathString(path);
  if (flush) return { viaDescriptor: { path, flag: options.flag, mode: 0o666, flush } };
  return { kind: 'writeFile', args: [absolute(path), bytes, openFlags(options.flag, defaultFlag)], path, signal };
}

/**
 * The operations. `prepare(...args)` validates the arguments and returns
 * `{ kind, args, path, dest }` (what the host runs, and what errors name), or
 * `{ viaDescriptor: { path, flag, mode, flush } }` for a whole-file operation that the host's
 * one request cannot do: it opens the file, runs the operation on the descriptor (fsync'd when
 * `flush`) and closes it, as Node's does, through the exported functions;
 * `finish(raw, prepared)` turns the host's result into Node's. `syscall` names errors;
 * `lengths` are Node's `length` of the sync, callback and promise functions (Node's
 * promise API has no descriptor operations: FileHandle has them).
 */
const operations = {
  access: {
    syscall: 'access',
    lengths: [2, 3, 1],
    prepare(path, mode) {
      path = toPathString(path);
      return { kind: 'access', args: [absolute(path), validMode(mode, constants.F_OK)], path };
    },
  },
  appendFile: {
    syscall: 'open',
    lengths: [3, 4, 3],
    prepare: (path, data, options) => prepareWholeWrite(path, data, options, 'a'),
  },
  chmod: {
    syscall: 'chmod',
    lengths: [2, 3, 2],
    prepare(path, mode) {
      path = toPathString(path);
      return { kind: 'chmod', args: [absolute(path), parseFileMode(mode, 'mode')], path };
    },
  },
  copyFile: {
    syscall: 'copyfile',
    lengths: [3, 4, 3],
    prepare(src, dest, mode) {
      src = toPathString(src, 'src');
      dest = toPathString(dest, 'dest');
      const exclusive = (validMode(mode, 0) & constants.COPYFILE_EXCL) !== 0;
      return { kind: 'copyFile', args: [absolute(src), absolute(dest), exclusive], path: src, dest };
    },
  },
  link: {
    syscall: 'link',
    lengths: [2, 3, 2],
    prepare(existingPath, newPath) {
      existingPath = toPathString(existingPath, 'existingPath');
      newPath = toPathString(newPath, 'newPath');
      return { kind: 'link', args: [absolute(existingPath), absolute(newPath)], path: existingPath, dest: newPath };
    },
  },
  lstat: {
    syscall: 'lstat',
    lengths: [1, 1, 1],
    prepare(path, options) {
      path = toPathString(path);
      return {
        kind: 'lstat',
        args: [absolute(path)],
        path,
        bigint: Boolean(options?.bigint),
        throwIfNoEntry: options?.throwIfNoEntry ?? true,
      };
    },
    finish: (raw, { bigint }) => makeStats(raw, bigint),
  },
  mkdir: {
    syscall: 'mkdir',
    lengths: [2, 3, 2],
    prepare(path, options) {
      path = toPathString(path);
      let recursive = false;
      let mode;
      if (typeof options === 'number' || typeof options === 'string') mode = parseFileMode(options, 'mode');
      else if (typeof options === 'object' && options !== null) {
        if (options.recursive !== undefined) recursive = options.recursive;
        if (options.mode !== undefined) mode = parseFileMode(options.mode, 'options.mode');
      }
      validateBoolean(recursive, 'options.recursive');
      // The host makes directories under its own mask: a mode asked for is given to each
      // one made afterwards, under the program's mask.
      if (mode !== undefined) mode &= 0o7777 & ~process.umask();
      const target = absolute(path);
      return { kind: 'mkdir', args: [target, recursive], path, recursive, mode, target };
    },
    finish(raw, { recursive, mode, target }) {
      const first = recursive ? raw : target;
      if (mode !== undefined && first !== undefined) {
        for (let dir = target; ; dir = pathModule.dirname(dir)) {
          binding.call('chmod', dir, mode);
          if (dir === first || dir === pathModule.dirname(dir)) break;
        }
      }
      return recursive ? raw : undefined;
    },
  },
  mkdtemp: {
    syscall: 'mkdtemp',
    lengths: [2, 3, 2],
    prepare(prefix, options) {
      prefix = toPathString(prefix, 'prefix');
      return { kind: 'mkdtemp', args: [absolute(prefix)], path: `${prefix}XXXXXX`, encoding: getOptions(options, {}).encoding };
    },
    finish: (raw, { encoding }) => encode(raw, encoding),
  },
  readdir: {
    syscall: 'scandir',
    lengths: [2, 3, 2],
    prepare(path, options) {
      options = getOptions(options, {});
      path = toPathString(path);
      return { kind: 'readDir', args: [absolute(path)], path, options };
    },
    finish(raw, { path, options }) {
      const entries = sortedEntries(raw);
      if (options.recursive) return readdirRecursive(path, entries, options);
      if (options.withFileTypes) return dirents(entries, path, options.encoding);
      return entries.map(([name]) => encode(name, options.encoding));
    },
  },
  opendir: {
    syscall: 'opendir',
    lengths: [2, 3, 3],
    prepare(path, options) {
      path = toPathString(path);
      options = getOptions(options, { encoding: 'utf8', bufferSize: 32, recursive: false });
      validateInteger(options.bufferSize, 'options.bufferSize', 1, 4294967295);
      return { kind: 'readDir', args: [absolute(path)], path, options };
    },
    finish(raw, { path, options: { encoding, recursive } }) {
      const listChildren = (dir) =>
        dirents(
          listSync(dir, (failure) => uvException(failure, 'opendir')),
          dir,
          encoding,
        );
      return new Dir(path, dirents(sortedEntries(raw), path, encoding), recursive ? listChildren : undefined);
    },
    // Node's opendirSync errors name no path (the other styles' do).
    error: (raw, _prepared, sync) => (sync ? uvException(raw, 'opendir') : undefined),
  },
  readFile: {
    syscall: 'open',
    lengths: [2, 3, 2],
    prepare(path, options) {
      options = getOptions(options, { encoding: null, flag: 'r' });
      const signal = abortSignalOf(options);
      if (Number.isInteger(path)) {
        return { kind: 'readDescriptor', args: [validateFd(path)], fd: path, encoding: options.encoding, syscall: 'read', signal };
      }
      path = toPathString(path);
      // Another flag than 'r' can create the file or refuse one that exists: only open() does that.
      if (openFlags(options.flag, 'r') !== READ) return { viaDescriptor: { path, flag: options.flag, mode: 0o666 } };
      return { kind: 'readFile', args: [absolute(path)], path, encoding: options.encoding, signal };
    },
    finish(raw, { encoding }) {
      const buffer = Buffer.from(raw);
      return encoding ? buffer.toString(encoding) : buffer;
    },
    // The host refuses a file past Node's limit (2 GiB less a byte) before reading it; Node names its size.
    error(raw, { path, fd }) {
      if (raw !== EFBIG) return undefined;
      const stat = fd === undefined ? binding.call('stat', absolute(path)) : binding.call('fstat', fd);
      return isFailure(stat) ? undefined : new ERR_FS_FILE_TOO_LARGE(makeStats(stat, false).size);
    },
  },
  readlink: {
    syscall: 'readlink',
    lengths: [2, 3, 2],
    prepare(path, options) {
      path = toPathString(path);
      return { kind: 'readlink', args: [absolute(path)], path, encoding: getOptions(options, {}).encoding };
    },
    finish: (raw, { encoding }) => encode(raw, encoding),
  },
  realpath: {
    syscall: 'realpath',
    lengths: [2, 3, 2],
    prepare(path, options) {
      path = toPathString(path);
      return { kind: 'realpath', args: [absolute(path)], path, encoding: getOptions(options, {}).encoding };
    },
    finish: (raw, { encoding }) => encode(raw, encoding),
  },
  rename: {
    syscall: 'rename',
    lengths: [2, 3, 2],
    prepare(oldPath, newPath) {
      oldPath = toPathString(oldPath, 'oldPath');
      newPath = toPathString(newPath, 'newPath');
      return { kind: 'rename', args: [absolute(oldPath), absolute(newPath)], path: oldPath, dest: newPath };
    },
  },
  rm: {
    syscall: 'rm',
    lengths: [2, 3, 2],
    prepare(path, options = {}) {
      validateObject(options, 'options');
      path = toPathString(path);
      return { kind: 'rm', args: [absolute(path), Boolean(options.recursive), Boolean(options.force)], path };
    },
    // Node reports a directory without `recursive` as its own SystemError.
    error(raw, { path }) {
      if (raw !== EISDIR) return undefined;
      return new ERR_FS_EISDIR({ code: 'EISDIR', message: 'is a directory', path, syscall: 'rm', errno: 21 });
    },
  },
  rmdir: {
    syscall: 'rmdir',
    lengths: [2, 3, 2],
    prepare(path, options) {
      path = toPathString(path);
      if (options?.recursive) {
        warnRecursiveRmdir();
        // As Node: a missing path fails its lstat, anything but a folder is left to rmdir's ENOTDIR.
        const raw = binding.call('lstat', absolute(path));
        if (isFailure(raw)) return { kind: 'lstat', args: [absolute(path)], path, syscall: 'lstat' };
        if (statKind(raw) === KIND_DIRECTORY) return { kind: 'rm', args: [absolute(path), true, false], path };
      }
      return { kind: 'rmdir', args: [absolute(path)], path };
    },
  },
  stat: {
    syscall: 'stat',
    lengths: [1, 1, 1],
    prepare(path, options) {
      path = toPathString(path);
      return {
        kind: 'stat',
        args: [absolute(path)],
        path,
        bigint: Boolean(options?.bigint),
        throwIfNoEntry: options?.throwIfNoEntry ?? true,
      };
    },
    finish: (raw, { bigint }) => makeStats(raw, bigint),
  },
  statfs: {
    syscall: 'statfs',
    lengths: [1, 1, 1],
    prepare(path, options) {
      path = toPathString(path);
      return { kind: 'statfs', args: [absolute(path)], path, bigint: Boolean(options?.bigint) };
    },
    finish: (raw, { bigint }) => new StatFs(...(bigint ? raw.map(BigInt) : raw)),
  },
  symlink: {
    syscall: 'symlink',
    lengths: [3, 4, 3],
    prepare(target, path) {
      target = toPathString(target, 'target');
      path = toPathString(path);
      return { kind: 'symlink', args: [target, absolute(path)], path: target, dest: path };
    },
  },
  truncate: {
    syscall: 'open',
    lengths: [2, 3, 1],
    prepare(path, len = 0) {
      if (typeof path === 'number') {
        // A descriptor: ftruncate, deprecated as in Node.
        warnTruncateDescriptor();
        return operations.ftruncate.prepare(path, len);
      }
      path = toPathString(path);
      validateInteger(len, 'len');
      return { kind: 'truncate', args: [absolute(path), Math.max(0, len)], path };
    },
  },
  unlink: {
    syscall: 'unlink',
    lengths: [1, 2, 1],
    prepare(path) {
      path = toPathString(path);
      return { kind: 'unlink', args: [absolute(path)], path };
    },
  },
  utimes: {
    syscall: 'utime',
    lengths: [3, 4, 3],
    prepare(path, atime, mtime) {
      path = toPathString(path);
      return { kind: 'utimes', args: [absolute(path), toMs(atime, 'atime'), toMs(mtime, 'mtime')], path };
    },
  },
  writeFile: {
    syscall: 'open',
    lengths: [3, 4, 3],
    prepare: (path, data, options) => prepareWholeWrite(path, data, options, 'w'),
  },
  open: {
    syscall: 'open',
    lengths: [3, 4, 3],
    prepare(path, flags, mode) {
      path = toPathString(path);
      return { kind: 'open', args: [absolute(path), openFlags(flags, 'r'), parseFileMode(mode, 'mode', 0o666)], path };
    },
    finish: (fd) => fd,
  },
  close: {
    syscall: 'close',
    lengths: [1, 1],
    prepare: (fd) => ({ kind: 'close', args: [validateFd(fd)] }),
    // fs.close(fd) without a callback throws a failure from the background, as Node's does.
    defaultCallback(err) {
      if (err != null) throw err;
    },
  },
  fstat: {
    syscall: 'fstat',
    lengths: [1, 1],
    prepare: (fd, options) => ({ kind: 'fstat', args: [validateFd(fd)], bigint: Boolean(options?.bigint) }),
    finish: (raw, { bigint }) => makeStats(raw, bigint),
  },
  ftruncate: {
    syscall: 'ftruncate',
    lengths: [1, 1],
    prepare(fd, len = 0) {
      validateInteger(len, 'len');
      return { kind: 'ftruncate', args: [validateFd(fd), Math.max(0, len)] };
    },
  },
  fchmod: {
    syscall: 'fchmod',
    lengths: [2, 3],
    prepare: (fd, mode) => ({ kind: 'fchmod', args: [validateFd(fd), parseFileMode(mode, 'mode')] }),
  },
  futimes: {
    syscall: 'futime',
    lengths: [3, 4],
    prepare: (fd, atime, mtime) => ({ kind: 'futimes', args: [validateFd(fd), toMs(atime, 'atime'), toMs(mtime, 'mtime')] }),
  },
  fsync: {
    syscall: 'fsync',
    lengths: [1, 2],
    prepare: (fd) => ({ kind: 'fsync', args: [validateFd(fd)] }),
  },
};
operations.fdatasync = { ...operations.fsync, syscall: 'fdatasync' };

function sortedEntries(raw) {
  const entries = [];
  for (let i = 0; i < raw.length; i += 2) entries.push([raw[i], raw[i + 1]]);
  return entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A folder's sorted entries, read now; `fail(raw)` makes the error of a failed read. */
function listSync(dir, fail) {
  const raw = binding.call('readDir', absolute(dir));
  if (isFailure(raw)) throw fail(raw);
  return sortedEntries(raw);
}

function dirents(entries, dir, encoding) {
  return entries.map(([name, kind]) => new Dirent(encode(name, encoding), kind, dir));
}

/** `readdir` with `recursive`: breadth first, each folder's entries before its subfolders', as Node lists them. */
function readdirRecursive(root, entries, options) {
  const results = [];
  const queue = [[root, '', entries]];
  while (queue.length > 0) {
    const [dir, relative, list] = queue.shift();
    for (const [name, kind] of list) {
      const rel = relative ? `${relative}/${name}` : name;
      results.push(options.withFileTypes ? new Dirent(name, kind, dir) : rel);
      if (kind === KIND_DIRECTORY) {
        const child = pathModule.join(dir, name);
        queue.push([child, rel, listSync(child, (raw) => uvException(raw, 'scandir', child))]);
      }
    }
  }
  return results;
}

function fail(raw, operation, prepared, sync) {
  return operation.error?.(raw, prepared, sync) ?? uvException(raw, prepared.syscall ?? operation.syscall, prepared.path, prepared.dest);
}

function finishOf(operation) {
  return operation.finish ?? (() => undefined);
}

/** Every operation as a promise, descriptor ones included (FileHandle's); `promises` holds Node's. */
const promiseStyle = {};
const promises = {};

// A `viaDescriptor` operation, in each style: `name`'s own function, given the descriptor in
// place of the path (`rest` are the arguments after it).
function viaDescriptorSync(name, { path, flag, mode, flush }, rest) {
  const fs = module.exports;
  const fd = fs.openSync(path, flag, mode);
  try {
    const result = fs[`${name}Sync`](fd, ...rest);
    if (flush) fs.fsyncSync(fd);
    return result;
  } finally {
    fs.closeSync(fd);
  }
}

function viaDescriptor(name, { path, flag, mode, flush }, rest, callback) {
  const fs = module.exports;
  fs.open(path, flag, mode, (openErr, fd) => {
    if (openErr) return callback(openErr);
    fs[name](fd, ...rest, (err, ...results) => {
      const close = (err) => fs.close(fd, (closeErr) => (err || closeErr ? callback(err || closeErr) : callback(null, ...results)));
      if (flush && !err) fs.fsync(fd, close);
      else close(err);
    });
  });
}

async function viaDescriptorPromise(name, { path, flag, mode, flush }, rest) {
  const handle = await promises.open(path, flag, mode);
  try {
    const result = await promiseStyle[name](handle.fd, ...rest);
    if (flush) await handle.sync();
    return result;
  } finally {
    await handle.close();
  }
}

for (const [name, operation] of Object.entries(operations)) {
  const finish = finishOf(operation);
  const [syncLength, callbackLength, promiseLength] = operation.lengths;
  module.exports[`${name}Sync`] = shape(
    function sync(...args) {
      const prepared = operation.prepare(...args);
      if (prepared.viaDescriptor) return viaDescriptorSync(name, prepared.viaDescriptor, args.slice(1));
      const raw = binding.call(prepared.kind, ...prepared.args);
      if (isFailure(raw)) {
        // statSync/lstatSync's `throwIfNoEntry: false`: a missing path is undefined.
        if (prepared.throwIfNoEntry === false && raw === ENOENT) return undefined;
        throw fail(raw, operation, prepared, true);
      }
      return finish(raw, prepared);
    },
    `${name}Sync`,
    syncLength,
  );

  /**
   * Starts the operation in the background; it settles `(err, value)`, or `(err)` alone for an
   * operation without a value, as Node calls back.
   */
  const start = (prepared, settle, requestType) => {
    const { signal } = prepared;
    if (signal?.aborted) {
      process.nextTick(settle, new AbortError(undefined, { cause: signal.reason }));
      return;
    }
    onCompletion(
      binding.start(prepared.kind, ...prepared.args),
      (raw) => {
        // Aborted while the host worked: the caller is told so, whatever the host did.
        if (signal?.aborted) settle(new AbortError(undefined, { cause: signal.reason }));
        else if (isFailure(raw)) settle(fail(raw, operation, prepared));
        else if (operation.finish) settle(null, finish(raw, prepared));
        else settle(null);
      },
      requestType,
    );
  };
  module.exports[name] = shape(
    function callbackStyle(...args) {
      // Callback-less optional arguments are passed as undefined, as Node's functions see them.
      // An operation with a default callback (`close(fd[, callback])`) may be called without one.
      let callback = operation.defaultCallback && args.length < 2 ? undefined : args.pop();
      if (callback === undefined && operation.defaultCallback) callback = operation.defaultCallback;
      // The arguments are checked before the callback, as Node checks them.
      const prepared = operation.prepare(...args);
      validateFunction(callback, 'cb');
      if (prepared.viaDescriptor) viaDescriptor(name, prepared.viaDescriptor, args.slice(1), callback);
      else start(prepared, callback, kCallbackRequest);
    },
    name,
    callbackLength,
  );
  promiseStyle[name] = shape(
    function promiseStyle(...args) {
      return new Promise((resolve, reject) => {
        const prepared = operation.prepare(...args);
        if (prepared.viaDescriptor) viaDescriptorPromise(name, prepared.viaDescriptor, args.slice(1)).then(resolve, reject);
        else start(prepared, (err, value) => (err ? reject(err) : resolve(value)), kPromiseRequest);
      });
    },
    name,
    promiseLength,
  );
  if (promiseLength !== undefined) promises[name] = promiseStyle[name];
}

module.exports.existsSync = function existsSync(path) {
  try {
    path = toPathString(path);
  } catch {
    return false;
  }
  return !isFailure(binding.call('stat', absolute(path)));
};

module.exports.exists = function exists(path, callback) {
  validateFunction(callback, 'cb');
  let target;
  try {
    target = absolute(toPathString(path));
  } catch {
    process.nextTick(callback, false);
    return;
  }
  onCompletion(binding.start('stat', target), (raw) => callback(!isFailure(raw)), kCallbackRequest);
};

// Reading and writing through descriptors: the bytes cross into the caller's buffer.

function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
}

function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) throw new ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
}

/** A file position: an integer from -1 (the descriptor's own position) or a 64-bit bigint. */
function validatePosition(position, name) {
  if (typeof position === 'number') {
    validateInteger(position, name, -1);
  } else if (typeof position === 'bigint') {
    if (!(position >= -(2n ** 63n) && position <= 2n ** 63n - 1n)) {
      throw new ERR_OUT_OF_RANGE(name, `>= ${-(2n ** 63n)} && <= ${2n ** 63n - 1n}`, position);
    }
  } else {
    throw new ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
  }
}

/**
 * What a read of `length` bytes into `buffer` at `offset` needs, checked as Node checks it;
 * null when there is nothing to read (`length` 0).
 */
function readRequest(fd, buffer, offset, length, position) {
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) return null;
  if (buffer.byteLength === 0) throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  validatePosition(position, 'position');
  const target = new Uint8Array(buffer.buffer, buffer.byteOffset + offset, length);
  return { target, request: [fd, length, position] };
}

function copyRead(raw, target) {
  const bytes = new Uint8Array(raw);
  target.set(bytes);
  return bytes.length;
}

module.exports.readSync = function readSync(fd, buffer, offsetOrOptions, length, position) {
  validateFd(fd);
  validateBuffer(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) validateObject(offsetOrOptions, 'options', { nullable: true });
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? {});
  }
  const read = readRequest(fd, buffer, offset, length, position);
  if (read === null) return 0;
  const raw = binding.call('read', ...read.request);
  if (isFailure(raw)) throw uvException(raw, 'read');
  return copyRead(raw, read.target);
};

module.exports.read = function read(fd, buffer, offsetOrOptions, length, position, callback) {
  validateFd(fd);
  let offset = offsetOrOptions;
  let params;
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      // read(fd, buffer, options, callback)
      validateObject(offsetOrOptions, 'options', { nullable: true });
      callback = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {
      // read(fd, buffer, callback) or read(fd, options, callback)
      if (!ArrayBuffer.isView(buffer)) {
        params = buffer;
        ({ buffer = Buffer.alloc(16384) } = params ?? {});
      }
      callback = offsetOrOptions;
    } else {
      // read(fd, callback)
      callback = buffer;
      buffer = Buffer.alloc(16384);
    }
    ({ offset = 0, length = buffer?.byteLength - offset, position = null } = params ?? {});
  }
  validateBuffer(buffer);
  validateFunction(callback, 'cb');
  const request = readRequest(fd, buffer, offset, length, position);
  if (request === null) {
    process.nextTick(callback, null, 0, buffer);
    return;
  }
  onCompletion(
    binding.start('read', ...request.request),
    (raw) => {
      if (isFailure(raw)) callback(uvException(raw, 'read'));
      else callback(null, copyRead(raw, request.target), buffer);
    },
    kCallbackRequest,
  );
};

/**
 * `[fd, bytes, position]` for a write: of `length` bytes of a view from `offset` (or of an
 * options object's), or of a string in an encoding.
 */
function writeArgs(fd, data, offsetOrOptions, lengthOrEncoding, position) {
  validateFd(fd);
  if (ArrayBuffer.isView(data)) {
    let offset = offsetOrOptions;
    let length = lengthOrEncoding;
    if (offset !== null && typeof offset === 'object') {
      ({ offset = 0, length = data.byteLength - offset, position = null } = offsetOrOptions);
    }
    if (offset == null || typeof offset === 'function') offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = data.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, data.byteLength);
    const bytes = new Uint8Array(data.buffer, data.byteOffset + offset, length);
    return [fd, bytes, position ?? -1];
  }
  if (typeof data !== 'string') throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  const encoding = typeof lengthOrEncoding === 'string' ? lengthOrEncoding : 'utf8';
  validateEncoding(data, encoding);
  const bytes = Buffer.from(data, encoding);
  return [fd, bytes, typeof offsetOrOptions === 'number' ? offsetOrOptions : -1];
}

/**
 * Descriptors 1 and 2 are the process's stdout and stderr: written the way
 * process.stdout writes, so that both kinds of writes keep their order.
 */
function writeOutput([fd, bytes]) {
  internalBinding('process').write(fd, bytes);
  return bytes.byteLength;
}

function isOutput(fd) {
  return fd === 1 || fd === 2;
}

module.exports.writeSync = function writeSync(fd, data, offsetOrPosition, lengthOrEncoding, position) {
  const args = writeArgs(fd, data, offsetOrPosition, lengthOrEncoding, position);
  if (isOutput(fd)) return writeOutput(args);
  const raw = binding.call('write', ...args);
  if (isFailure(raw)) throw uvException(raw, 'write');
  return raw;
};

module.exports.write = shape(
  function write(fd, data, ...rest) {
    const callback = rest.pop();
    validateFunction(callback, 'cb');
    const args = writeArgs(fd, data, ...rest);
    if (isOutput(fd)) {
      const written = writeOutput(args);
      process.nextTick(callback, null, written, data);
      return;
    }
    onCompletion(
      binding.start('write', ...args),
      (raw) => {
        if (isFailure(raw)) callback(uvException(raw, 'write'));
        else callback(null, raw, data);
      },
      kCallbackRequest,
    );
  },
  'write',
  6,
);

// Vectored reads and writes: one buffer after another, ending at a short read or write.
const { read, readSync, write, writeSync } = module.exports;

function validateBuffers(fd, buffers) {
  validateFd(fd);
  if (!Array.isArray(buffers) || !buffers.every((buffer) => ArrayBuffer.isView(buffer))) {
    throw new ERR_INVALID_ARG_TYPE('buffers', 'ArrayBufferView[]', buffers);
  }
}

/**
 * `position` for the bytes after the first `done`: anything but a number (a bigint too, as in
 * Node) reads or writes at the descriptor's own position.
 */
function vectorPosition(position, done) {
  return typeof position === 'number' ? position + done : null;
}

function vectorSync(transfer, fd, buffers, position) {
  validateBuffers(fd, buffers);
  let done = 0;
  for (const buffer of buffers) {
    const count = transfer(fd, buffer, 0, buffer.byteLength, vectorPosition(position, done));
    done += count;
    if (count < buffer.byteLength) break;
  }
  return done;
}

function vector(transfer, fd, buffers, position, callback) {
  if (typeof position === 'function') {
    callback = position;
    position = null;
  }
  validateFunction(callback, 'cb');
  validateBuffers(fd, buffers);
  // Nothing to transfer still calls back later, never before the call returns.
  if (buffers.length === 0) {
    process.nextTick(callback, null, 0, buffers);
    return;
  }
  let done = 0;
  let index = 0;
  const next = () => {
    if (index === buffers.length) return callback(null, done, buffers);
    const buffer = buffers[index++];
    transfer(fd, buffer, 0, buffer.byteLength, vectorPosition(position, done), (err, count) => {
      if (err) return callback(err);
      done += count;
      if (count < buffer.byteLength) return callback(null, done, buffers);
      next();
    });
  };
  next();
}

module.exports.readvSync = function readvSync(fd, buffers, position) {
  return vectorSync(readSync, fd, buffers, position);
};
module.exports.readv = function readv(fd, buffers, position, callback) {
  vector(read, fd, buffers, position, callback);
};
module.exports.writevSync = function writevSync(fd, buffers, position) {
  return vectorSync(writeSync, fd, buffers, position);
};
module.exports.writev = function writev(fd, buffers, position, callback) {
  vector(write, fd, buffers, position, callback);
};

// Node's realpath.native is libuv's realpath; the host's resolution is that already.
const { realpath, realpathSync } = module.exports;
realpath.native = shape((...args) => realpath(...args), '', 3);
realpathSync.native = shape((...args) => realpathSync(...args), '', 2);

/**
 * What a sandbox cannot offer fails with ERR_METHOD_NOT_IMPLEMENTED, in each style's
 * way: thrown by the sync functions (and the watchers), handed to the callback, or a
 * rejection; code that falls back on failure (tar sets times with utimes when futimes
 * fails) goes on. The functions have Node's `length` for the callback, sync and
 * promise styles (none where Node has none); Node on Linux has no lchmod (the names
 * are there, undefined), but fs.promises.lchmod.
 */
const unavailable = {
  watch: [3, undefined, 1],
  watchFile: [3],
  unwatchFile: [2],
  chown: [4, 3, 3],
  lchown: [4, 3, 3],
  fchown: [4, 3],
  lchmod: [undefined, undefined, 2],
  lutimes: [4, 3, 3],
};
const watchers = new Set(['watch', 'watchFile', 'unwatchFile']);
/** Node's argument checks of the refused functions, done before the refusal as Node does them. */
const kMaxUserId = 2 ** 32 - 1;
function validateOwner(uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
}
const unavailableChecks = {
  watch(filename, options) {
    getOptions(options, {});
    toPathString(filename);
  },
  watchFile(filename) {
    toPathString(filename);
  },
  unwatchFile(filename) {
    toPathString(filename);
  },
  chown(path, uid, gid) {
    toPathString(path);
    validateOwner(uid, gid);
  },
  fchown(fd, uid, gid) {
    validateFd(fd);
    validateOwner(uid, gid);
  },
  lchmod(path, mode) {
    toPathString(path);
    parseFileMode(mode, 'mode');
  },
  lutimes(path, atime, mtime) {
    toPathString(path);
    toMs(atime, 'atime');
    toMs(mtime, 'mtime');
  },
};
unavailableChecks.lchown = unavailableChecks.chown;
for (const [name, [callbackLength, syncLength, promiseLength]] of Object.entries(unavailable)) {
  const refusal = (display) => new ERR_METHOD_NOT_IMPLEMENTED(`${display}()`);
  const check = unavailableChecks[name] ?? (() => {});
  const refuse = (display, length) =>
    shape(
      function unavailable(...args) {
        check(...args);
        throw refusal(display);
      },
      display.replace(/^.*\./, ''),
      length,
    );
  if (callbackLength === undefined) module.exports[name] = undefined;
  else if (watchers.has(name)) module.exports[name] = refuse(`fs.${name}`, callbackLength);
  else {
    module.exports[name] = shape(
      function unavailable(...args) {
        const callback = args.pop();
        check(...args);
        validateFunction(callback, 'cb');
        process.nextTick(callback, refusal(`fs.${name}`));
      },
      name,
      callbackLength,
    );
  }
  if (syncLength !== undefined || name === 'lchmod')
    module.exports[`${name}Sync`] = syncLength === undefined ? undefined : refuse(`fs.${name}Sync`, syncLength);
  if (promiseLength !== undefined) {
    const refused = refuse(`fsPromises.${name}`, promiseLength);
    promises[name] = shape(async (...args) => refused(...args), name, promiseLength);
  }
}

const streams = require('internal/fs/streams');
const { kRef, kUnref } = streams;

/** fs.promises' view of an open file: the operations on its descriptor as promises. */
class FileHandle extends require('events') {
  #fd;
  /**
   * Who uses the descriptor: the handle, and each stream made over it. close() gives up the
   * handle's use and emits 'close' at once (the streams close then); the descriptor closes
   * when the last use ends, and close()'s promise settles with it, as in Node.
   */
  #uses = 1;
  #closing;
  #closed;

  constructor(fd) {
    super();
    this.#fd = fd;
  }

  [kRef]() {
    this.#uses++;
  }

  [kUnref]() {
    if (--this.#uses > 0) return;
    const fd = this.#fd;
    this.#fd = -1;
    promiseStyle.close(fd).then(this.#closed.resolve, this.#closed.reject);
  }

  get fd() {
    return this.#fd;
  }

  /** The descriptor, for an operation done as `syscall`; a closed handle fails with EBADF, as in Node. */
  #open(syscall) {
    if (this.#fd === -1) throw uvException(EBADF, syscall);
    return this.#fd;
  }

  async read(bufferOrOptions, offset, length, position) {
    const fd = this.#open('read');
    let buffer = bufferOrOptions;
    if (!ArrayBuffer.isView(buffer)) {
      // read(options)
      if (bufferOrOptions !== undefined) validateObject(bufferOrOptions, 'options', { nullable: true });
      ({ buffer = Buffer.alloc(16384), offset = 0, length = buffer.byteLength - offset, position = null } = bufferOrOptions ?? {});
      validateBuffer(buffer);
    }
    if (offset !== null && typeof offset === 'object') {
      // read(buffer, options)
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    length ??= buffer.byteLength - offset;
    // Any position but a safe integer (or a bigint) reads at the descriptor's own.
    if (typeof position !== 'bigint' && !Number.isSafeInteger(position)) position = -1;
    const request = readRequest(fd, buffer, offset, length, position);
    if (request === null) return { __proto__: null, bytesRead: 0, buffer };
    const raw = await new Promise((resolve) => onCompletion(binding.start('read', ...request.request), resolve, kPromiseRequest));
    if (isFailure(raw)) throw uvException(raw, 'read');
    return { __proto__: null, bytesRead: copyRead(raw, request.target), buffer };
  }

  async write(data, offsetOrOptions, length, position) {
    const fd = this.#open('write');
    if (data?.byteLength === 0) return { __proto__: null, bytesWritten: 0, buffer: data };
    const args = writeArgs(fd, data, offsetOrOptions, length, position);
    const raw = await new Promise((resolve) => onCompletion(binding.start('write', ...args), resolve, kPromiseRequest));
    if (isFailure(raw)) throw uvException(raw, 'write');
    return { __proto__: null, bytesWritten: raw, buffer: data };
  }

  async readv(buffers, position) {
    const bytesRead = await new Promise((resolve, reject) => {
      vector(read, this.#open('read'), buffers, position ?? null, (err, count) => (err ? reject(err) : resolve(count)));
    });
    return { __proto__: null, bytesRead, buffers };
  }

  async writev(buffers, position) {
    const bytesWritten = await new Promise((resolve, reject) => {
      vector(write, this.#open('write'), buffers, position ?? null, (err, count) => (err ? reject(err) : resolve(count)));
    });
    return { __proto__: null, bytesWritten, buffers };
  }

  async readFile(options) {
    return promiseStyle.readFile(this.#open('fstat'), options);
  }

  async writeFile(data, options) {
    if (isChunkSource(data)) return writeChunks(this, data, getOptions(options, { encoding: 'utf8' }));
    return promiseStyle.writeFile(this.#open('write'), data, options);
  }

  async appendFile(data, options) {
    return this.writeFile(data, options);
  }

  async stat(options) {
    return promiseStyle.fstat(this.#open('fstat'), options);
  }

  async chmod(mode) {
    return promiseStyle.fchmod(this.#open('fchmod'), mode);
  }

  async utimes(atime, mtime) {
    return promiseStyle.futimes(this.#open('futime'), atime, mtime);
  }

  async truncate(len = 0) {
    return promiseStyle.ftruncate(this.#open('ftruncate'), len);
  }

  async sync() {
    return promiseStyle.fsync(this.#open('fsync'));
  }

  async datasync() {
    return promiseStyle.fdatasync(this.#open('fdatasync'));
  }

  createReadStream(options) {
    return new streams.ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options) {
    return new streams.WriteStream(undefined, { ...options, fd: this });
  }

  /** The file's lines, through readline: an async iterable (a line may end in \r\n). */
  readLines(options) {
    const { Interface } = require('internal/readline/interface');
    return new Interface({ input: this.createReadStream(options), crlfDelay: Number.POSITIVE_INFINITY });
  }

  close() {
    if (this.#fd === -1) return Promise.resolve();
    if (this.#closing === undefined) {
      this.#closed = Promise.withResolvers();
      this.#closing = this.#closed.promise.finally(() => {
        this.#closing = undefined;
      });
      this[kUnref]();
      this.emit('close');
    }
    return this.#closing;
  }

  async [Symbol.asyncDispose]() {
    await this.close();
  }
}

streams.setFileHandle(FileHandle);

// The promise API's whole-file functions take a FileHandle where they take a path.
for (const name of ['readFile', 'writeFile', 'appendFile']) {
  const byPath = promises[name];
  promises[name] = shape(
    function wholeFile(path, ...rest) {
      if (path instanceof FileHandle) return path[name](...rest);
      if (name !== 'readFile' && isChunkSource(rest[0])) return writeChunksToPath(path, name === 'appendFile' ? 'a' : 'w', ...rest);
      return byPath(path, ...rest);
    },
    name,
    byPath.length,
  );
}

/** fs.promises' writeFile data given as chunks: an iterable, async iterable or stream, not a string or bytes. */
function isChunkSource(data) {
  return (
    data !== null &&
    typeof data === 'object' &&
    !ArrayBuffer.isView(data) &&
    (typeof data[Symbol.iterator] === 'function' || typeof data[Symbol.asyncIterator] === 'function')
  );
}

function throwIfAborted(signal) {
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

/** Writes each chunk (strings in `encoding`) at the handle's position, checking `signal` between writes. */
async function writeChunks(handle, chunks, { encoding, signal }) {
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  throwIfAborted(signal);
  for await (const chunk of chunks) {
    throwIfAborted(signal);
    const bytes = ArrayBuffer.isView(chunk) ? chunk : Buffer.from(chunk, encoding ?? 'utf8');
    for (let offset = 0; offset < bytes.byteLength; ) {
      offset += (await handle.write(bytes, offset, bytes.byteLength - offset)).bytesWritten;
      throwIfAborted(signal);
    }
  }
}

async function writeChunksToPath(path, defaultFlag, chunks, options) {
  options = getOptions(options, { encoding: 'utf8', flag: defaultFlag, mode: 0o666, flush: false });
  validateBoolean(options.flush ?? false, 'options.flush');
  // An aborted write does not even open (and so truncate) the file.
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  throwIfAborted(options.signal);
  const handle = await promises.open(path, options.flag, options.mode);
  try {
    await writeChunks(handle, chunks, options);
    if (options.flush) await handle.sync();
  } finally {
    await handle.close();
  }
}

// util.promisify resolves these to an object of their named results, as Node's.
{
  const { kCustomPromisifyArgs } = require('internal/util/promisify_args');
  for (const [name, results] of [
    ['read', ['bytesRead', 'buffer']],
    ['write', ['bytesWritten', 'buffer']],
    ['readv', ['bytesRead', 'buffers']],
    ['writev', ['bytesWritten', 'buffers']],
  ]) {
    Object.defineProperty(module.exports[name], kCustomPromisifyArgs, { value: results, enumerable: false });
  }
}

const openDescriptor = promises.open;
promises.open = async function open(path, flags, mode) {
  return new FileHandle(await openDescriptor(path, flags, mode));
};

function cpArguments(src, dest, options) {
  options = copier.validateOptions(options);
  return [toPathString(src, 'src'), toPathString(dest, 'dest'), options];
}

module.exports.cpSync = function cpSync(src, dest, options) {
  copier.copySync(module.exports, ...cpArguments(src, dest, options));
};
module.exports.cp = function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'cb');
  copier.copyAsync(module.exports, ...cpArguments(src, dest, options)).then(() => callback(null), callback);
};
promises.cp = async function cp(src, dest, options) {
  return copier.copyAsync(module.exports, ...cpArguments(src, dest, options));
};

module.exports.createReadStream = function createReadStream(path, options) {
  return new streams.ReadStream(path, options);
};
module.exports.createWriteStream = function createWriteStream(path, options) {
  return new streams.WriteStream(path, options);
};
module.exports.ReadStream = streams.ReadStream;
module.exports.WriteStream = streams.WriteStream;

/** A Blob of the file's bytes (read now; Node reads them when the Blob is). */
module.exports.openAsBlob = function openAsBlob(path, options = {}) {
  validateObject(options, 'options');
  const type = options.type || '';
  validateString(type, 'options.type');
  path = toPathString(path);
  return promiseStyle.readFile(path).then((bytes) => new (require('internal/blob').Blob)([bytes], { type }));
};

// Node's older names for the stream classes.
module.exports.FileReadStream = streams.ReadStream;
module.exports.FileWriteStream = streams.WriteStream;

/** A time as seconds since the epoch, from seconds, a numeric string or a Date (Node's fs._toUnixTimestamp). */
module.exports._toUnixTimestamp = function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && time !== '' && Number.isFinite(+time)) return +time;
  if (Number.isFinite(time)) return time < 0 ? Date.now() / 1000 : time;
  if (time instanceof Date) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
};

promises.constants = constants;
module.exports.promises = promises;
module.exports.constants = constants;
module.exports.Stats = Stats;
module.exports.Dirent = Dirent;
module.exports.Dir = Dir;
module.exports.F_OK = constants.F_OK;
module.exports.R_OK = constants.R_OK;
module.exports.W_OK = constants.W_OK;
module.exports.X_OK = constants.X_OK;
