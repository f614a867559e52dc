'use strict';
// fs.cp, fs.cpSync and fs.promises.cp: copies files, directories and symbolic links with
// Node's checks and errors. The copy is written once, as a generator that yields each
// file-system step as `[operation, ...args]` and gets its result back (or its error
// thrown in); one driver runs the steps through fs's synchronous functions, the other
// through fs.promises.

const {
  codes: {
    ERR_FS_CP_EINVAL,
    ERR_FS_CP_DIR_TO_NON_DIR,
    ERR_FS_CP_NON_DIR_TO_DIR,
    ERR_FS_EISDIR,
    ERR_FS_CP_EEXIST,
    ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY,
    ERR_FS_CP_SOCKET,
    ERR_FS_CP_FIFO_PIPE,
    ERR_FS_CP_UNKNOWN,
    ERR_INCOMPATIBLE_OPTION_PAIR,
    ERR_INVALID_RETURN_VALUE,
  },
} = require('internal/errors');
const { validateBoolean, validateFunction, validateInteger, validateObject } = require('internal/validators');
const { dirname, isAbsolute, join, parse, resolve, sep } = require('path');

const EEXIST = 17;
const ENOTDIR = 20;
const EISDIR = 21;
const EINVAL = 22;

const defaults = {
  dereference: false,
  errorOnExist: false,
  filter: undefined,
  force: true,
  mode: 0,
  preserveTimestamps: false,
  recursive: false,
  verbatimSymlinks: false,
};

function validateOptions(options) {
  if (options === undefined) return { ...defaults };
  validateObject(options, 'options');
  options = { ...defaults, ...options };
  for (const name of ['dereference', 'errorOnExist', 'force', 'preserveTimestamps', 'recursive', 'verbatimSymlinks']) {
    validateBoolean(options[name], `options.${name}`);
  }
  validateInteger(options.mode, 'mode', 0, 7);
  if (options.dereference && options.verbatimSymlinks) throw new ERR_INCOMPATIBLE_OPTION_PAIR('dereference', 'verbatimSymlinks');
  if (options.filter !== undefined) validateFunction(options.filter, 'options.filter');
  return options;
}

const sameFile = (a, b) => Boolean(b.ino && b.dev && a.ino === b.ino && a.dev === b.dev);

/** Whether `dest` is `src` or lies inside it, by their resolved path segments. */
function isSubdirectory(src, dest) {
  const destParts = resolve(dest).split(sep).filter(Boolean);
  return resolve(src)
    .split(sep)
    .filter(Boolean)
    .every((part, i) => destParts[i] === part);
}

function einval(message, path) {
  return new ERR_FS_CP_EINVAL({ message, path, syscall: 'cp', errno: EINVAL, code: 'EINVAL' });
}

/** The stats of src and dest (null when dest does not exist), following links if `dereference`. */
function* statBoth(src, dest, opts) {
  const stat = opts.dereference ? 'stat' : 'lstat';
  const srcStat = yield [stat, src, { bigint: true }];
  try {
    return { srcStat, destStat: yield [stat, dest, { bigint: true }] };
  } catch (err) {
    if (err.code === 'ENOENT') return { srcStat, destStat: null };
    throw err;
  }
}

/** The filter's verdict and the checks every pair of paths passes before it is copied. */
function* checkPaths(src, dest, opts) {
  if (opts.filter !== undefined && !(yield ['filter', src, dest])) return { skipped: true };
  const { srcStat, destStat } = yield* statBoth(src, dest, opts);
  if (destStat !== null) {
    if (sameFile(srcStat, destStat)) throw einval('src and dest cannot be the same', dest);
    if (srcStat.isDirectory() && !destStat.isDirectory()) {
      throw new ERR_FS_CP_DIR_TO_NON_DIR({
        message: `cannot overwrite non-directory ${dest} with directory ${src}`,
        path: dest,
        syscall: 'cp',
        errno: EISDIR,
        code: 'EISDIR',
      });
    }
    if (!srcStat.isDirectory() && destStat.isDirectory()) {
      throw new ERR_FS_CP_NON_DIR_TO_DIR({
        message: `cannot overwrite directory ${dest} with non-directory ${src}`,
        path: dest,
        syscall: 'cp',
        errno: ENOTDIR,
        code: 'ENOTDIR',
      });
    }
  }
  if (srcStat.isDirectory() && isSubdirectory(src, dest)) throw einval(`cannot copy ${src} to a subdirectory of self ${dest}`, dest);
  return { skipped: false, srcStat, destStat };
}

/** Refuses a copy into itself reached through dest's existing ancestors (links included). */
function* checkParentPaths(src, srcStat, dest) {
  const srcParent = resolve(dirname(src));
  const destParent = resolve(dirname(dest));
  if (destParent === srcParent || destParent === parse(destParent).root) return;
  let destStat;
  try {
    destStat = yield ['stat', destParent, { bigint: true }];
  } catch (err) {
    // The walk ends where the folders end, or where the sandbox stops granting reads:
    // src itself was readable, so a folder that is not cannot be it.
    if (err.code === 'ENOENT' || err.code === 'ERR_ACCESS_DENIED') return;
    throw err;
  }
  if (sameFile(srcStat, destStat)) throw einval(`cannot copy ${src} to a subdirectory of self ${dest}`, dest);
  yield* checkParentPaths(src, srcStat, destParent);
}

function* copy(src, dest, opts) {
  const { skipped, srcStat, destStat } = yield* checkPaths(src, dest, opts);
  if (skipped) return;
  yield* checkParentPaths(src, srcStat, dest);
  try {
    yield ['stat', dirname(dest)];
  } catch (err) {
    if (err.code !== 'ENOENT') throw err;
    yield ['mkdir', dirname(dest), { recursive: true }];
  }
  yield* copyEntry(destStat, src, dest, opts);
}

function* copyEntry(destStat, src, dest, opts) {
  const srcStat = yield [opts.dereference ? 'stat' : 'lstat', src];
  if (srcStat.isDirectory()) {
    if (!opts.recursive) {
      // Node's two copies disagree on this errno; each is kept.
      const errno = opts.synchronous ? EINVAL : EISDIR;
      throw new ERR_FS_EISDIR({ message: `${src} is a directory (not copied)`, path: src, syscall: 'cp', errno, code: 'EISDIR' });
    }
    yield* copyDirectory(srcStat, destStat, src, dest, opts);
  } else if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    yield* copyFile(srcStat, destStat, src, dest, opts);
  } else if (srcStat.isSymbolicLink()) {
    yield* copyLink(destStat, src, dest, opts);
  } else {
    const [ErrorClass, what] = srcStat.isSocket()
      ? [ERR_FS_CP_SOCKET, 'a socket file']
      : srcStat.isFIFO()
        ? [ERR_FS_CP_FIFO_PIPE, 'a FIFO pipe']
        : [ERR_FS_CP_UNKNOWN, 'an unknown file type'];
    throw new ErrorClass({ message: `cannot copy ${what}: ${dest}`, path: dest, syscall: 'cp', errno: EINVAL, code: 'EINVAL' });
  }
}

function* copyFile(srcStat, destStat, src, dest, opts) {
  if (destStat) {
    if (!opts.force) {
      if (opts.errorOnExist) {
        throw new ERR_FS_CP_EEXIST({ message: `${dest} already exists`, path: dest, syscall: 'cp', errno: EEXIST, code: 'EEXIST' });
      }
      return;
    }
    yield ['unlink', dest];
  }
  yield ['copyFile', src, dest, opts.mode];
  if (opts.preserveTimestamps) {
    // A read-only source makes a read-only copy: it must be writable to take the times.
    if ((srcStat.mode & 0o200) === 0) yield ['chmod', dest, srcStat.mode | 0o200];
    const { atime, mtime } = yield ['stat', src];
    yield ['utimes', dest, atime, mtime];
  }
  yield ['chmod', dest, srcStat.mode];
}

function* copyDirectory(srcStat, destStat, src, dest, opts) {
  if (!destStat) yield ['mkdir', dest];
  for (const name of yield ['readdir', src]) {
    const srcItem = join(src, name);
    const destItem = join(dest, name);
    const checked = yield* checkPaths(srcItem, destItem, opts);
    if (!checked.skipped) yield* copyEntry(checked.destStat, srcItem, destItem, opts);
  }
  if (!destStat) yield ['chmod', dest, srcStat.mode];
}

function* copyLink(destStat, src, dest, opts) {
  let target = yield ['readlink', src];
  if (!opts.verbatimSymlinks && !isAbsolute(target)) target = resolve(dirname(src), target);
  if (!destStat) {
    yield ['symlink', target, dest];
    return;
  }
  let destTarget;
  try {
    destTarget = yield ['readlink', dest];
  } catch (err) {
    // dest is not a link: the symlink step fails on it as Node's does.
    if (err.code === 'EINVAL') {
      yield ['symlink', target, dest];
      return;
    }
    throw err;
  }
  if (!isAbsolute(destTarget)) destTarget = resolve(dirname(dest), destTarget);
  if (isSubdirectory(target, destTarget)) throw einval(`cannot copy ${target} to a subdirectory of self ${destTarget}`, dest);
  // Replacing dest would remove what src's link points into, leaving it dangling.
  if ((yield ['stat', src]).isDirectory() && isSubdirectory(destTarget, target)) {
    throw new ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY({
      message: `cannot overwrite ${destTarget} with ${target}`,
      path: dest,
      syscall: 'cp',
      errno: EINVAL,
      code: 'EINVAL',
    });
  }
  yield ['unlink', dest];
  yield ['symlink', target, dest];
}

function copySync(fs, src, dest, opts) {
  const steps = copy(src, dest, { ...opts, synchronous: true });
  let next = steps.next();
  while (!next.done) {
    const [operation, ...args] = next.value;
    let result;
    try {
      if (operation === 'filter') {
        result = opts.filter(...args);
        if (typeof result?.then === 'function') throw new ERR_INVALID_RETURN_VALUE('boolean', 'filter', result);
      } else {
        result = fs[`${operation}Sync`](...args);
      }
    } catch (err) {
      next = steps.throw(err);
      continue;
    }
    next = steps.next(result);
  }
}

async function copyAsync(fs, src, dest, opts) {
  const steps = copy(src, dest, opts);
  let next = steps.next();
  while (!next.done) {
    const [operation, ...args] = next.value;
    let result;
    try {
      result = await (operation === 'filter' ? opts.filter(...args) : fs.promises[operation](...args));
    } catch (err) {
      next = steps.throw(err);
      continue;
    }
    next = steps.next(result);
  }
}

module.exports = { validateOptions, copySync, copyAsync };
