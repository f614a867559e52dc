'use strict';
// node:path: the POSIX rules (the module itself, `path.posix`) and the Windows rules
// (`path.win32`), both available on every host as in Node.

const { validateString, validateObject } = require('internal/validators');

const CHAR_DOT = 46;
const CHAR_SLASH = 47;
const CHAR_COLON = 58;
const CHAR_QUESTION_MARK = 63;
const CHAR_BACKSLASH = 92;

function isPosixSeparator(code) {
  return code === CHAR_SLASH;
}

function isWindowsSeparator(code) {
  return code === CHAR_SLASH || code === CHAR_BACKSLASH;
}

function isDriveLetter(code) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Whether `path` starts with a drive, `C:`. */
function hasDrive(path) {
  return path.length >= 2 && isDriveLetter(path.charCodeAt(0)) && path.charCodeAt(1) === CHAR_COLON;
}

/**
 * Collapses the empty, `.` and `..` segments of a path without its root, and joins what
 * is left with `sep`. `allowAboveRoot` keeps the `..` that climb above a relative path's start.
 */
function normalizeSegments(path, allowAboveRoot, isSeparator, sep) {
  const kept = [];
  let segmentStart = 0;
  for (let i = 0; i <= path.length; i++) {
    if (i < path.length && !isSeparator(path.charCodeAt(i))) continue;
    const segment = path.slice(segmentStart, i);
    segmentStart = i + 1;
    if (segment === '' || segment === '.') continue;
    if (segment !== '..') kept.push(segment);
    else if (kept.length > 0 && kept[kept.length - 1] !== '..') kept.pop();
    else if (allowAboveRoot) kept.push('..');
  }
  return kept.join(sep);
}

/**
 * Where the last segment of `path` (from `start` on, trailing separators ignored) begins and
 * ends, and where its extension begins: -1 when it has none, as for `.bashrc`, `..` or `name`.
 */
function scanLastSegment(path, start, isSeparator) {
  let segmentStart = start;
  let end = -1;
  let dot = -1;
  // What comes before the last dot: 0 nothing (`.bashrc` has no extension), else whether the
  // segment starts with a dot (1) or not (-1).
  let beforeDot = 0;
  for (let i = path.length - 1; i >= start; --i) {
    const code = path.charCodeAt(i);
    if (isSeparator(code)) {
      if (end !== -1) {
        segmentStart = i + 1;
        break;
      }
      continue;
    }
    if (end === -1) end = i + 1;
    if (code === CHAR_DOT) {
      if (dot === -1) dot = i;
      else if (beforeDot !== 1) beforeDot = 1;
    } else if (dot !== -1) {
      beforeDot = -1;
    }
  }
  const isDotDot = beforeDot === 1 && dot === end - 1 && dot === segmentStart + 1;
  const extStart = dot === -1 || end === -1 || beforeDot === 0 || isDotDot ? -1 : dot;
  return { segmentStart, end, extStart };
}

/** `basename` from `start` on (past a drive on Windows). */
function basenameFrom(path, suffix, start, isSeparator) {
  let end = -1;
  let matchedSeparator = true;
  if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
    if (suffix === path) return '';
    let suffixIndex = suffix.length - 1;
    let firstNonSeparatorEnd = -1;
    for (let i = path.length - 1; i >= start; --i) {
      const code = path.charCodeAt(i);
      if (isSeparator(code)) {
        if (!matchedSeparator) {
          start = i + 1;
          break;
        }
      } else {
        if (firstNonSeparatorEnd === -1) {
          matchedSeparator = false;
          firstNonSeparatorEnd = i + 1;
        }
        if (suffixIndex >= 0) {
          if (code === suffix.charCodeAt(suffixIndex)) {
            if (--suffixIndex === -1) end = i;
          } else {
            // Not the suffix after all: the base keeps its whole name.
            suffixIndex = -1;
            end = firstNonSeparatorEnd;
          }
        }
      }
    }
    if (start === end) end = firstNonSeparatorEnd;
    else if (end === -1) end = path.length;
    return path.slice(start, end);
  }
  for (let i = path.length - 1; i >= start; --i) {
    if (isSeparator(path.charCodeAt(i))) {
      if (!matchedSeparator) {
        start = i + 1;
        break;
      }
    } else if (end === -1) {
      matchedSeparator = false;
      end = i + 1;
    }
  }
  if (end === -1) return '';
  return path.slice(start, end);
}

/** `parse` once the root, `path.slice(0, rootEnd)`, is known. */
function parseAfterRoot(path, rootEnd, isSeparator) {
  const root = path.slice(0, rootEnd);
  const ret = { root, dir: '', base: '', ext: '', name: '' };
  const { segmentStart, end, extStart } = scanLastSegment(path, rootEnd, isSeparator);
  if (end !== -1) {
    ret.base = path.slice(segmentStart, end);
    ret.name = extStart === -1 ? ret.base : path.slice(segmentStart, extStart);
    if (extStart !== -1) ret.ext = path.slice(extStart, end);
  }
  // A dir that is the root keeps its separator (`C:\`); any other loses it.
  ret.dir = segmentStart > 0 && segmentStart !== rootEnd ? path.slice(0, segmentStart - 1) : root;
  return ret;
}

function formatWith(sep, pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  const { ext } = pathObject;
  const base = pathObject.base || `${pathObject.name || ''}${ext ? `${ext[0] === '.' ? '' : '.'}${ext}` : ''}`;
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

const posix = {
  resolve(...args) {
    let resolvedPath = '';
    let resolvedAbsolute = false;
    for (let i = args.length - 1; i >= -1 && !resolvedAbsolute; i--) {
      const path = i >= 0 ? args[i] : process.cwd();
      validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
      resolvedPath = `${path}/${resolvedPath}`;
      resolvedAbsolute = path.charCodeAt(0) === CHAR_SLASH;
    }
    resolvedPath = normalizeSegments(resolvedPath, !resolvedAbsolute, isPosixSeparator, '/');
    if (resolvedAbsolute) return `/${resolvedPath}`;
    return resolvedPath.length > 0 ? resolvedPath : '.';
  },

  normalize(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const isAbsolute = path.charCodeAt(0) === CHAR_SLASH;
    const trailingSeparator = path.charCodeAt(path.length - 1) === CHAR_SLASH;
    path = normalizeSegments(path, !isAbsolute, isPosixSeparator, '/');
    if (path.length === 0) {
      if (isAbsolute) return '/';
      return trailingSeparator ? './' : '.';
    }
    if (trailingSeparator) path += '/';
    return isAbsolute ? `/${path}` : path;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path.charCodeAt(0) === CHAR_SLASH;
  },

  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    for (let i = 0; i < args.length; ++i) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) joined = joined === undefined ? arg : `${joined}/${arg}`;
    }
    if (joined === undefined) return '.';
    return posix.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';
    const fromStart = 1;
    const fromEnd = from.length;
    const fromLen = fromEnd - fromStart;
    const toStart = 1;
    const toLen = to.length - toStart;
    const length = Math.min(fromLen, toLen);
    let lastCommonSep = -1;
    let i = 0;
    for (; i < length; i++) {
      const fromCode = from.charCodeAt(fromStart + i);
      if (fromCode !== to.charCodeAt(toStart + i)) break;
      else if (fromCode === CHAR_SLASH) lastCommonSep = i;
    }
    if (i === length) {
      if (toLen > length) {
        if (to.charCodeAt(toStart + i) === CHAR_SLASH) return to.slice(toStart + i + 1);
        if (i === 0) return to.slice(toStart + i);
      } else if (fromLen > length) {
        if (from.charCodeAt(fromStart + i) === CHAR_SLASH) lastCommonSep = i;
        else if (i === 0) lastCommonSep = 0;
      }
    }
    let out = '';
    for (i = fromStart + lastCommonSep + 1; i <= fromEnd; ++i) {
      if (i === fromEnd || from.charCodeAt(i) === CHAR_SLASH) out += out.length === 0 ? '..' : '/..';
    }
    return `${out}${to.slice(toStart + lastCommonSep)}`;
  },

  toNamespacedPath(path) {
    return path;
  },

  dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const hasRoot = path.charCodeAt(0) === CHAR_SLASH;
    let end = -1;
    let matchedSlash = true;
    for (let i = path.length - 1; i >= 1; --i) {
      if (path.charCodeAt(i) === CHAR_SLASH) {
        if (!matchedSlash) {
          end = i;
          break;
        }
      } else {
        matchedSlash = false;
      }
    }
    if (end === -1) return hasRoot ? '/' : '.';
    if (hasRoot && end === 1) return '//';
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    return basenameFrom(path, suffix, 0, isPosixSeparator);
  },

  extname(path) {
    validateString(path, 'path');
    const { end, extStart } = scanLastSegment(path, 0, isPosixSeparator);
    return extStart === -1 ? '' : path.slice(extStart, end);
  },

  format(pathObject) {
    return formatWith('/', pathObject);
  },

  parse(path) {
    validateString(path, 'path');
    if (path.length === 0) return { root: '', dir: '', base: '', ext: '', name: '' };
    const ret = parseAfterRoot(path, path.charCodeAt(0) === CHAR_SLASH ? 1 : 0, isPosixSeparator);
    // Node v20 does not see `..` right after the root as such: parse('/..') has name `.` and ext `.`.
    if (/^\/\.\.\/*$/.test(path)) {
      ret.name = '.';
      ret.ext = '.';
    }
    return ret;
  },

  sep: '/',
  delimiter: ':',
};

// Windows device names, which name a device wherever they appear (`CON:`, `NUL`).
const reservedNames = new Set(['CON', 'PRN', 'AUX', 'NUL']);
for (const digit of ['1', '2', '3', '4', '5', '6', '7', '8', '9', '\u00b9', '\u00b2', '\u00b3']) {
  reservedNames.add(`COM${digit}`);
  reservedNames.add(`LPT${digit}`);
}

/**
 * The root of a Windows path as resolve() and normalize() read it:
 * `device` is a drive (`C:`), a UNC share (`\\server\share`) or a device namespace (`\\.`, `\\?`),
 * `rootEnd` where the rest begins, `absolute` whether the path starts at a root rather than
 * a drive's current directory, `bareShare` whether the path is nothing but a UNC share.
 */
function windowsRoot(path) {
  const root = { device: '', rootEnd: 0, absolute: false, bareShare: false };
  const length = path.length;
  if (length === 0) return root;
  if (isWindowsSeparator(path.charCodeAt(0))) {
    root.absolute = true;
    root.rootEnd = 1;
    const share = uncShare(path);
    if (share === null) return root;
    if (share.server === '.' || share.server === '?') {
      root.device = `\\\\${share.server}`;
      root.rootEnd = 4;
    } else {
      root.device = `\\\\${share.server}\\${share.share}`;
      root.rootEnd = share.end;
      root.bareShare = share.end === length;
    }
  } else if (hasDrive(path)) {
    root.device = path.slice(0, 2);
    root.rootEnd = 2;
    if (length > 2 && isWindowsSeparator(path.charCodeAt(2))) {
      root.absolute = true;
      root.rootEnd = 3;
    }
  }
  return root;
}

/**
 * The server and share names of a path starting `\\server\share` (any separators, any number
 * of them between the two names), and where the share name ends; null for any other path.
 */
function uncShare(path) {
  const length = path.length;
  if (length < 2 || !isWindowsSeparator(path.charCodeAt(0)) || !isWindowsSeparator(path.charCodeAt(1))) return null;
  let i = 2;
  while (i < length && !isWindowsSeparator(path.charCodeAt(i))) i++;
  if (i === 2 || i === length) return null;
  const server = path.slice(2, i);
  while (i < length && isWindowsSeparator(path.charCodeAt(i))) i++;
  if (i === length) return null;
  const shareStart = i;
  while (i < length && !isWindowsSeparator(path.charCodeAt(i))) i++;
  return { server, share: path.slice(shareStart, i), end: i };
}

/**
 * How long the root of a Windows path is as dirname() and parse() read it, separators kept
 * as written: a drive with its separator, a UNC share with one separator after it, or one separator.
 */
function windowsRootLength(path) {
  if (path.length === 0) return 0;
  if (isWindowsSeparator(path.charCodeAt(0))) {
    const share = uncShare(path);
    if (share === null) return 1;
    return share.end === path.length ? share.end : share.end + 1;
  }
  if (hasDrive(path)) return path.length > 2 && isWindowsSeparator(path.charCodeAt(2)) ? 3 : 2;
  return 0;
}

/** Whether a segment of `path` ends in a colon, so that it could be read as a drive or a stream. */
function hasSegmentEndingInColon(path) {
  for (let i = path.indexOf(':'); i !== -1; i = path.indexOf(':', i + 1)) {
    if (i === path.length - 1 || isWindowsSeparator(path.charCodeAt(i + 1))) return true;
  }
  return false;
}

/** Normalizes what follows a root, ending it with `\` when `path` ends with a separator. */
function normalizeWindowsTail(path, rootEnd, absolute) {
  let tail = normalizeSegments(path.slice(rootEnd), !absolute, isWindowsSeparator, '\\');
  if (tail.length === 0 && !absolute) tail = '.';
  if (tail.length > 0 && isWindowsSeparator(path.charCodeAt(path.length - 1))) tail += '\\';
  return tail;
}

/** Where `s` is compared in relative(): past leading backslashes and before trailing ones. */
function comparedRange(s) {
  let start = 0;
  while (start < s.length && s.charCodeAt(start) === CHAR_BACKSLASH) start++;
  let end = s.length;
  while (end - 1 > start && s.charCodeAt(end - 1) === CHAR_BACKSLASH) end--;
  return [start, end];
}

/** win32.relative() between resolved paths, segment by segment. */
function relativeBySegments(fromResolved, toResolved) {
  const fromParts = resolvedSegments(fromResolved);
  const toParts = resolvedSegments(toResolved);
  const length = Math.min(fromParts.length, toParts.length);
  let common = 0;
  while (common < length && fromParts[common].toLowerCase() === toParts[common].toLowerCase()) common++;
  if (common === 0) return toResolved;
  return [...fromParts.slice(common).map(() => '..'), ...toParts.slice(common)].join('\\');
}

/** The `\`-separated segments of a resolved path, without the empty one a root's trailing `\` makes. */
function resolvedSegments(path) {
  const segments = path.split('\\');
  if (segments[segments.length - 1] === '') segments.pop();
  return segments;
}

/**
 * Windows keeps a current directory per drive, which Node reads from the `=C:` variable the
 * shell sets, else takes from process.cwd(); one naming another drive (`D:\x`) gives way to
 * the drive's root.
 */
function driveCurrentDirectory(drive) {
  const cwd = process.env[`=${drive}`] || process.cwd();
  if (cwd.slice(0, 2).toLowerCase() !== drive.toLowerCase() && cwd.charCodeAt(2) === CHAR_BACKSLASH) return `${drive}\\`;
  return cwd;
}

const win32 = {
  resolve(...args) {
    let resolvedDevice = '';
    let resolvedTail = '';
    let resolvedAbsolute = false;
    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else if (resolvedDevice.length === 0) {
        path = process.cwd();
      } else {
        path = driveCurrentDirectory(resolvedDevice);
      }
      const { device, rootEnd, absolute } = windowsRoot(path);
      if (device.length > 0) {
        // A path on another drive or share says nothing about the one being resolved.
        if (resolvedDevice.length > 0 && device.toLowerCase() !== resolvedDevice.toLowerCase()) continue;
        if (resolvedDevice.length === 0) resolvedDevice = device;
      }
      if (resolvedAbsolute) {
        if (resolvedDevice.length > 0) break;
      } else {
        resolvedTail = `${path.slice(rootEnd)}\\${resolvedTail}`;
        resolvedAbsolute = absolute;
        if (absolute && resolvedDevice.length > 0) break;
      }
    }
    const tail = normalizeSegments(resolvedTail, !resolvedAbsolute, isWindowsSeparator, '\\');
    if (resolvedAbsolute) return `${resolvedDevice}\\${tail}`;
    return `${resolvedDevice}${tail}` || '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const length = path.length;
    if (length === 0) return '.';
    if (length === 1) return isWindowsSeparator(path.charCodeAt(0)) ? '\\' : path;
    if (!isWindowsSeparator(path.charCodeAt(0))) {
      // A relative path naming a device (`CON:x`) is kept from reading as one by a leading `.\`.
      // Without a colon Node v20 compares all but the last character, so `CONx` counts too.
      const colon = path.indexOf(':');
      if (reservedNames.has(path.slice(0, colon).toUpperCase())) {
        return `.\\${path.slice(0, colon + 1)}${normalizeWindowsTail(path, colon + 1, false)}`;
      }
    }
    const { device, rootEnd, absolute, bareShare } = windowsRoot(path);
    if (bareShare) return `${device}\\`;
    const tail = normalizeWindowsTail(path, rootEnd, absolute);
    if (device.length === 0 && !absolute) {
      // Nor may a relative path come out starting with a drive or keep a segment ending in a colon.
      return hasDrive(tail) || hasSegmentEndingInColon(path) ? `.\\${tail}` : tail;
    }
    return absolute ? `${device}\\${tail}` : `${device}${tail}`;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    if (path.length === 0) return false;
    return isWindowsSeparator(path.charCodeAt(0)) || (hasDrive(path) && path.length > 2 && isWindowsSeparator(path.charCodeAt(2)));
  },

  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    let firstPart;
    for (let i = 0; i < args.length; ++i) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length === 0) continue;
      if (joined === undefined) joined = firstPart = arg;
      else joined += `\\${arg}`;
    }
    if (joined === undefined) return '.';
    // normalize() reads a leading `\\name` as a UNC root: keep that only when the first part
    // asked for it with exactly two separators and a name, as in join('//server', 'share').
    const asksForUnc =
      firstPart.length > 2 &&
      isWindowsSeparator(firstPart.charCodeAt(0)) &&
      isWindowsSeparator(firstPart.charCodeAt(1)) &&
      !isWindowsSeparator(firstPart.charCodeAt(2));
    if (!asksForUnc) {
      let separators = 0;
      while (separators < joined.length && isWindowsSeparator(joined.charCodeAt(separators))) separators++;
      if (separators >= 2) joined = `\\${joined.slice(separators)}`;
    }
    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    const fromResolved = win32.resolve(from);
    const toResolved = win32.resolve(to);
    if (fromResolved === toResolved) return '';
    // Windows paths are compared without regard to case; the result keeps `to`'s own case.
    from = fromResolved.toLowerCase();
    to = toResolved.toLowerCase();
    if (from === to) return '';
    // Lowercasing that changes a length (`İ`) would misplace the character offsets below.
    if (from.length !== fromResolved.length || to.length !== toResolved.length) return relativeBySegments(fromResolved, toResolved);
    const [fromStart, fromEnd] = comparedRange(from);
    let [toStart, toEnd] = comparedRange(to);
    const fromLen = fromEnd - fromStart;
    const toLen = toEnd - toStart;
    const length = Math.min(fromLen, toLen);
    let lastCommonSep = -1;
    let i = 0;
    for (; i < length; i++) {
      const code = from.charCodeAt(fromStart + i);
      if (code !== to.charCodeAt(toStart + i)) break;
      if (code === CHAR_BACKSLASH) lastCommonSep = i;
    }
    if (i !== length) {
      // Nothing in common, not even the root: only `to` itself leads there.
      if (lastCommonSep === -1) return toResolved;
    } else {
      if (toLen > length) {
        // `from` is an ancestor of `to`, or `to` continues a two-character root (`C:`).
        if (to.charCodeAt(toStart + i) === CHAR_BACKSLASH) return toResolved.slice(toStart + i + 1);
        if (i === 2) return toResolved.slice(toStart + i);
      }
      if (fromLen > length) {
        if (from.charCodeAt(fromStart + i) === CHAR_BACKSLASH) lastCommonSep = i;
        else if (i === 2) lastCommonSep = 3;
      }
      if (lastCommonSep === -1) lastCommonSep = 0;
    }
    let out = '';
    for (i = fromStart + lastCommonSep + 1; i <= fromEnd; ++i) {
      if (i === fromEnd || from.charCodeAt(i) === CHAR_BACKSLASH) out += out.length === 0 ? '..' : '\\..';
    }
    toStart += lastCommonSep;
    if (out.length > 0) return `${out}${toResolved.slice(toStart, toEnd)}`;
    if (toResolved.charCodeAt(toStart) === CHAR_BACKSLASH) ++toStart;
    return toResolved.slice(toStart, toEnd);
  },

  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolved = win32.resolve(path);
    if (resolved.length <= 2) return path;
    if (resolved.charCodeAt(0) === CHAR_BACKSLASH && resolved.charCodeAt(1) === CHAR_BACKSLASH) {
      // A UNC share becomes `\\?\UNC\server\share`; a device namespace path already is one.
      const code = resolved.charCodeAt(2);
      if (code !== CHAR_QUESTION_MARK && code !== CHAR_DOT) return `\\\\?\\UNC\\${resolved.slice(2)}`;
    } else if (hasDrive(resolved) && resolved.charCodeAt(2) === CHAR_BACKSLASH) {
      return `\\\\?\\${resolved}`;
    }
    return resolved;
  },

  dirname(path) {
    validateString(path, 'path');
    const length = path.length;
    if (length === 0) return '.';
    const rootEnd = windowsRootLength(path);
    let end = -1;
    let matchedSeparator = true;
    for (let i = length - 1; i >= rootEnd; --i) {
      if (isWindowsSeparator(path.charCodeAt(i))) {
        if (!matchedSeparator) {
          end = i;
          break;
        }
      } else {
        matchedSeparator = false;
      }
    }
    if (end === -1) {
      if (rootEnd === 0) return '.';
      end = rootEnd;
    }
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    // A drive's colon is no part of the name (`C:` has none, `C:x` is `x`).
    return basenameFrom(path, suffix, hasDrive(path) ? 2 : 0, isWindowsSeparator);
  },

  extname(path) {
    validateString(path, 'path');
    const { end, extStart } = scanLastSegment(path, hasDrive(path) ? 2 : 0, isWindowsSeparator);
    return extStart === -1 ? '' : path.slice(extStart, end);
  },

  format(pathObject) {
    return formatWith('\\', pathObject);
  },

  parse(path) {
    validateString(path, 'path');
    if (path.length === 0) return { root: '', dir: '', base: '', ext: '', name: '' };
    const rootEnd = windowsRootLength(path);
    if (rootEnd === path.length) return { root: path, dir: path, base: '', ext: '', name: '' };
    return parseAfterRoot(path, rootEnd, isWindowsSeparator);
  },

  sep: '\\',
  delimiter: ';',
};

posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;
// The name toNamespacedPath() had before it was documented, still there in Node.
posix._makeLong = posix.toNamespacedPath;
win32._makeLong = win32.toNamespacedPath;

module.exports = posix;
