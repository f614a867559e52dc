'use strict';
// package.json lookups and the "exports"/"imports" maps, shared by the CommonJS and
// ES module loaders (each passes the conditions it matches).

const path = require('path');
const { readFileUtf8 } = require('internal/fs/utils');

const packageCache = new Map();

/** The parsed package.json in `dir`, or null. */
function readPackage(dir) {
  const jsonPath = path.join(dir, 'package.json');
  if (packageCache.has(jsonPath)) return packageCache.get(jsonPath);
  const source = readFileUtf8(jsonPath);
  let result = null;
  if (typeof source === 'string') {
    try {
      const parsed = JSON.parse(source);
      // Only the file's own fields: a getter a program put on Object.prototype is not one.
      const field = (key) => (parsed !== null && typeof parsed === 'object' && Object.hasOwn(parsed, key) ? parsed[key] : undefined);
      result = {
        __proto__: null,
        path: jsonPath,
        name: field('name'),
        main: field('main'),
        exports: field('exports'),
        imports: field('imports'),
        type: field('type'),
      };
    } catch (err) {
      err.path = jsonPath;
      err.message = `Error parsing ${jsonPath}: ${err.message}`;
      throw err;
    }
  }
  packageCache.set(jsonPath, result);
  return result;
}

/** The nearest package.json at or above `dir`, stopping at node_modules. */
function readPackageScope(dir) {
  let current = dir;
  for (;;) {
    if (path.basename(current) === 'node_modules') return null;
    const pkg = readPackage(current);
    if (pkg !== null) return pkg;
    const parent = path.dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}

function packagePathNotExported(subpath, pkgPath) {
  const err = new Error(
    subpath === '.' ? `No "exports" main defined in ${pkgPath}` : `Package subpath '${subpath}' is not defined by "exports" in ${pkgPath}`,
  );
  err.code = 'ERR_PACKAGE_PATH_NOT_EXPORTED';
  return err;
}

function invalidPackageTarget(target, subpath, pkgPath) {
  const err = new Error(`Invalid "exports" target ${JSON.stringify(target)} defined for '${subpath}' in the package config ${pkgPath}`);
  err.code = 'ERR_INVALID_PACKAGE_TARGET';
  return err;
}

/** Resolves one "exports"/"imports" target; `undefined` when no condition matched, `null` when excluded. */
function resolvePackageTarget(pkgDir, pkgPath, subpath, target, patternMatch, conditions) {
  if (typeof target === 'string') {
    if (!target.startsWith('./')) throw invalidPackageTarget(target, subpath, pkgPath);
    const resolved = path.resolve(pkgDir, patternMatch === undefined ? target : target.replaceAll('*', patternMatch));
    if (!resolved.startsWith(pkgDir)) throw invalidPackageTarget(target, subpath, pkgPath);
    return resolved;
  }
  if (Array.isArray(target)) {
    let lastError;
    for (const candidate of target) {
      try {
        const resolved = resolvePackageTarget(pkgDir, pkgPath, subpath, candidate, patternMatch, conditions);
        if (resolved !== undefined && resolved !== null) return resolved;
      } catch (err) {
        lastError = err;
      }
    }
    if (lastError) throw lastError;
    return null;
  }
  if (target !== null && typeof target === 'object') {
    for (const key of Object.keys(target)) {
      if (key === 'default' || conditions.has(key)) {
        const resolved = resolvePackageTarget(pkgDir, pkgPath, subpath, target[key], patternMatch, conditions);
        if (resolved !== undefined) return resolved;
      }
    }
    return undefined;
  }
  if (target === null) return null;
  throw invalidPackageTarget(target, subpath, pkgPath);
}

/** Looks `subpath` up in an "exports" or "imports" map, exact keys first, then `*` patterns (longest prefix wins). */
function resolveMap(pkgDir, pkgPath, subpath, map, conditions) {
  if (Object.hasOwn(map, subpath) && !subpath.includes('*')) {
    return resolvePackageTarget(pkgDir, pkgPath, subpath, map[subpath], undefined, conditions);
  }
  let bestKey = '';
  let bestMatch;
  for (const key of Object.keys(map)) {
    const star = key.indexOf('*');
    if (star === -1 || !subpath.startsWith(key.slice(0, star))) continue;
    const trailer = key.slice(star + 1);
    if (
      subpath.length >= key.length &&
      subpath.endsWith(trailer) &&
      patternKeyCompare(bestKey, key) === 1 &&
      key.lastIndexOf('*') === star
    ) {
      bestKey = key;
      bestMatch = subpath.slice(star, subpath.length - trailer.length);
    }
  }
  if (bestKey) return resolvePackageTarget(pkgDir, pkgPath, subpath, map[bestKey], bestMatch, conditions);
  return undefined;
}

function patternKeyCompare(a, b) {
  const aStar = a.indexOf('*');
  const bStar = b.indexOf('*');
  const baseLenA = aStar === -1 ? a.length : aStar + 1;
  const baseLenB = bStar === -1 ? b.length : bStar + 1;
  if (baseLenA > baseLenB) return -1;
  if (baseLenB > baseLenA) return 1;
  if (aStar === -1) return 1;
  if (bStar === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

function resolvePackageExports(pkgDir, pkg, subpath, conditions) {
  let exports = pkg.exports;
  const keys = exports !== null && typeof exports === 'object' && !Array.isArray(exports) ? Object.keys(exports) : [];
  if (typeof exports === 'string' || Array.isArray(exports) || (keys.length > 0 && !keys[0].startsWith('.'))) {
    exports = { '.': exports };
  }
  const resolved = resolveMap(pkgDir, pkg.path, subpath, exports, conditions);
  if (resolved === undefined || resolved === null) throw packagePathNotExported(subpath, pkg.path);
  return resolved;
}

module.exports = { readPackage, readPackageScope, resolvePackageExports, resolveMap };
