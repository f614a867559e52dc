'use strict';
// CommonJS modules with Node's resolution: relative and absolute paths with the
// extension and directory-index rules, package.json "main" and "exports",
// node_modules lookup up the tree, built-ins with and without `node:`.

const path = require('path');
const requireBuiltin = require;
const fsBinding = internalBinding('fs');
const { isFailure, readFileUtf8, statKind, KIND_DIRECTORY } = require('internal/fs/utils');
const { maybeCacheSourceMap } = require('internal/source_map/source_map_cache');
const { compileFunction } = internalBinding('contextify');
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_REQUIRE_CYCLE_MODULE },
} = require('internal/errors');
const { validateString } = require('internal/validators');
const { takeParseLocation } = require('internal/process/execution');
const { readPackage, readPackageScope, resolvePackageExports, resolveMap } = require('internal/modules/package_resolution');

const builtinModules = requireBuiltin.publicIds.filter((id) => requireBuiltin.canBeRequiredByUsers(id)).sort();
/** Marks a Module whose file is an ES module (required through the ES module loader). */
const kIsESM = Symbol('kIsESM');
const wrapperParams = 'exports, require, module, __filename, __dirname';

function isBuiltin(id) {
  if (typeof id !== 'string') return false;
  return id.startsWith('node:') ? requireBuiltin.canBeRequiredWithScheme(id.slice(5)) : requireBuiltin.canBeRequiredByUsers(id);
}

/** Stat results for one top-level `require`: resolution asks the same paths many times. */
let statCache = null;

/** 0 file, 1 directory, -1 missing (or not readable in this sandbox). */
function stat(filename) {
  if (statCache !== null) {
    const cached = statCache.get(filename);
    if (cached !== undefined) return cached;
  }
  // The host takes absolute paths; a lookup path of '.' (a parent without a file) is the working folder.
  const result = fsBinding.call('stat', path.isAbsolute(filename) ? filename : path.resolve(filename));
  const kind = isFailure(result) ? -1 : statKind(result) === KIND_DIRECTORY ? 1 : 0;
  if (statCache !== null) statCache.set(filename, kind);
  return kind;
}

/**
 * `object[name] = value` without calling a setter a program put on Object.prototype (the
 * loader's objects inherit from it), as Node's `setOwnProperty`.
 */
function setOwnProperty(object, name, value) {
  Object.defineProperty(object, name, { value, writable: true, configurable: true, enumerable: true });
}

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  setOwnProperty(this, 'exports', {});
  this.filename = null;
  this.loaded = false;
  this.children = [];
  this.paths = [];
  Object.defineProperty(this, 'parent', { value: parent, writable: true, configurable: true, enumerable: false });
  if (parent?.children && !parent.children.includes(this)) parent.children.push(this);
}

Module._cache = { __proto__: null };
Module._pathCache = { __proto__: null };
Module._extensions = { __proto__: null };
Module.globalPaths = [];
Module.builtinModules = builtinModules;
Module.isBuiltin = isBuiltin;
Module.Module = Module;
Module.wrapper = [`(function (${wrapperParams}) { `, '\n});'];
Module.wrap = (script) => `${Module.wrapper[0]}${script}${Module.wrapper[1]}`;

Module._nodeModulePaths = function _nodeModulePaths(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (path.basename(dir) !== 'node_modules') paths.push(path.join(dir, 'node_modules'));
    if (dir === '/') break;
  }
  return paths;
};

function tryFile(requestPath) {
  return stat(requestPath) === 0 ? toRealPath(requestPath) : false;
}

/** Resolved symbolic links by path, for the whole run, as Node keeps them. */
const realpathCache = new Map();

function toRealPath(requestPath) {
  let real = realpathCache.get(requestPath);
  if (real === undefined) {
    real = fsBinding.call('realpath', requestPath);
    if (isFailure(real)) return requestPath;
    realpathCache.set(requestPath, real);
  }
  return real;
}

function tryExtensions(basePath, extensions) {
  for (const extension of extensions) {
    const filename = tryFile(basePath + extension);
    if (filename) return filename;
  }
  return false;
}

function tryPackage(requestPath, extensions, originalPath) {
  const pkg = readPackage(requestPath);
  const main = pkg?.main;
  if (!main) return tryExtensions(path.resolve(requestPath, 'index'), extensions);
  const filename = path.resolve(requestPath, main);
  const actual = tryFile(filename) || tryExtensions(filename, extensions) || tryExtensions(path.resolve(filename, 'index'), extensions);
  if (actual === false) {
    const indexed = tryExtensions(path.resolve(requestPath, 'index'), extensions);
    if (indexed) {
      process.emitWarning(
        `Invalid 'main' field in '${path.resolve(requestPath, 'package.json')}' of '${main}'. Please either fix that or report it to the module author`,
        'DeprecationWarning',
        'DEP0128',
      );
      return indexed;
    }
    const err = new Error(`Cannot find module '${filename}'. Please verify that the package.json has a valid "main" entry`);
    err.code = 'MODULE_NOT_FOUND';
    err.path = path.resolve(requestPath, 'package.json');
    err.requestPath = originalPath;
    throw err;
  }
  return actual;
}

/** "exports" and "imports" conditions a `require` matches, in Node's order of preference. */
const requireConditions = new Set(['require', 'node', 'node-addons', 'default']);

const packageNamePattern = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/;

/** A bare request resolved through the "exports" of the package it names in `nmPath`. */
function resolveExports(nmPath, request) {
  const match = packageNamePattern.exec(request);
  if (match === null) return undefined;
  const pkgDir = path.resolve(nmPath, match[1]);
  const pkg = readPackage(pkgDir);
  if (pkg?.exports === undefined || pkg.exports === null) return undefined;
  return finalizeExportsPath(resolvePackageExports(pkgDir, pkg, `.${match[2] || ''}`, requireConditions), request);
}

/** A package resolving to itself by name, from inside it. */
function resolveSelf(parentPath, request) {
  const pkg = readPackageScope(parentPath);
  if (pkg === null || pkg.exports === undefined || pkg.exports === null || typeof pkg.name !== 'string') return undefined;
  if (request !== pkg.name && !request.startsWith(`${pkg.name}/`)) return undefined;
  const subpath = `.${request.slice(pkg.name.length)}`;
  return finalizeExportsPath(resolvePackageExports(path.dirname(pkg.path), pkg, subpath, requireConditions), request);
}

/** `#name` requests, resolved through the "imports" of the enclosing package. */
function resolveImports(parentPath, request, parentName) {
  const pkg = readPackageScope(parentPath);
  if (pkg !== null && pkg.imports !== null && typeof pkg.imports === 'object') {
    const resolved = resolveMap(path.dirname(pkg.path), pkg.path, request, pkg.imports, requireConditions);
    if (resolved !== undefined && resolved !== null) return finalizeExportsPath(resolved, request);
  }
  const err = new TypeError(
    `Package import specifier "${request}" is not defined${pkg ? ` in package ${pkg.path}` : ''} imported from ${parentName}`,
  );
  err.code = 'ERR_PACKAGE_IMPORT_NOT_DEFINED';
  throw err;
}

function finalizeExportsPath(resolved, request) {
  const actual = tryFile(resolved);
  if (actual) return actual;
  const err = new Error(`Cannot find module '${resolved}'`);
  err.code = 'MODULE_NOT_FOUND';
  err.requestPath = request;
  throw err;
}

// biome-ignore lint/correctness/noUnusedFunctionParameters: Node's signature (`Module._findPath.length` is 3); isMain only selects preserveSymlinksMain, which has no equivalent here
Module._findPath = function _findPath(request, paths, isMain) {
  const absoluteRequest = path.isAbsolute(request);
  if (absoluteRequest) paths = [''];
  else if (!paths || paths.length === 0) return false;
  const cacheKey = `${request}\x00${paths.join('\x00')}`;
  const cached = Module._pathCache[cacheKey];
  if (cached) return cached;
  const trailingSlash =
    request.length > 0 &&
    (request.endsWith('/') || request.endsWith('/.') || request.endsWith('/..') || request === '.' || request === '..');
  const extensions = Object.keys(Module._extensions);
  for (const dir of paths) {
    if (dir && stat(dir) < 1) continue;
    if (!absoluteRequest && !request.startsWith('.') && dir) {
      const exported = resolveExports(dir, request);
      if (exported) {
        Module._pathCache[cacheKey] = exported;
        return exported;
      }
    }
    const basePath = path.resolve(dir, request);
    let filename;
    const kind = stat(basePath);
    if (!trailingSlash) {
      if (kind === 0) filename = toRealPath(basePath);
      if (!filename) filename = tryExtensions(basePath, extensions);
    }
    if (!filename && kind === 1) filename = tryPackage(basePath, extensions, request);
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

Module._resolveLookupPaths = function _resolveLookupPaths(request, parent) {
  if (isBuiltin(request) && !request.startsWith('node:')) return null;
  if (request[0] !== '.' || (request.length > 1 && request[1] !== '.' && request[1] !== '/')) {
    const parentPaths = parent?.paths ?? Module._nodeModulePaths(process.cwd());
    return parentPaths.concat(Module.globalPaths);
  }
  if (!parent?.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

function requireStackOf(parent) {
  const stack = [];
  for (let cursor = parent; cursor; cursor = cursor.parent) stack.push(cursor.filename || cursor.id);
  return stack;
}

Module._resolveFilename = function _resolveFilename(request, parent, isMain, options) {
  if (request.startsWith('node:') || isBuiltin(request)) {
    if (isBuiltin(request)) return request;
    const err = new Error(`No such built-in module: ${request}`);
    err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
    throw err;
  }
  let paths;
  if (typeof options === 'object' && options !== null && Array.isArray(options.paths)) {
    const isRelative = request.startsWith('./') || request.startsWith('../');
    if (isRelative) {
      paths = options.paths;
    } else {
      const fakeParent = new Module('', null);
      paths = [];
      for (const lookup of options.paths) {
        fakeParent.paths = Module._nodeModulePaths(lookup);
        for (const candidate of Module._resolveLookupPaths(request, fakeParent)) {
          if (!paths.includes(candidate)) paths.push(candidate);
        }
      }
    }
  } else if (options?.paths === undefined) {
    paths = Module._resolveLookupPaths(request, parent);
  } else {
    throw new ERR_INVALID_ARG_VALUE('options.paths', options.paths);
  }
  const parentPath = parent?.filename ? path.dirname(parent.filename) : process.cwd();
  if (request[0] === '#') return resolveImports(parentPath, request, parent?.filename ?? parentPath);
  const selfResolved = resolveSelf(parentPath, request);
  if (selfResolved) return selfResolved;
  const filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;
  const requireStack = requireStackOf(parent);
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += `\nRequire stack:\n- ${requireStack.join('\n- ')}`;
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};

Module._load = function _load(request, parent, isMain) {
  const outermost = statCache === null;
  if (outermost) statCache = new Map();
  try {
    if (request.startsWith('node:')) {
      const id = request.slice(5);
      if (!requireBuiltin.canBeRequiredWithScheme(id)) {
        const err = new Error(`No such built-in module: ${request}`);
        err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
        throw err;
      }
      return requireBuiltin(id);
    }
    const filename = Module._resolveFilename(request, parent, isMain);
    const cached = Module._cache[filename];
    if (cached !== undefined) {
      if (parent?.children && !parent.children.includes(cached)) parent.children.push(cached);
      if (cached.loaded) return cached.exports;
      if (cached[kIsESM]) throw new ERR_REQUIRE_CYCLE_MODULE(filename, cached.parent?.filename ?? '', false);
      return exportsForCircularRequire(cached);
    }
    if (isBuiltin(filename)) return requireBuiltin(filename);
    const module = new Module(filename, parent);
    if (isMain) {
      process.mainModule = module;
      module.id = '.';
    }
    Module._cache[filename] = module;
    let threw = true;
    try {
      module.load(filename);
      if (Object.getPrototypeOf(module.exports ?? {}) === circularRequireWarning) Object.setPrototypeOf(module.exports, Object.prototype);
      threw = false;
    } finally {
      if (threw) {
        delete Module._cache[filename];
        if (parent?.children) {
          const index = parent.children.indexOf(module);
          if (index !== -1) parent.children.splice(index, 1);
        }
      }
    }
    return module.exports;
  } finally {
    if (outermost) statCache = null;
  }
};

/**
 * The prototype a module's exports get while a require cycle sees them half-built:
 * reading a property they do not have yet warns, as Node does.
 */
const circularRequireWarning = new Proxy(
  {},
  {
    get(_target, property) {
      if (property in Object.prototype || property === '__esModule' || typeof property === 'symbol')
        return Reflect.get(Object.prototype, property);
      process.emitWarning(`Accessing non-existent property '${String(property)}' of module exports inside circular dependency`);
      return undefined;
    },
    getOwnPropertyDescriptor(target, property) {
      if (Object.hasOwn(target, property) || property === '__esModule') return Object.getOwnPropertyDescriptor(target, property);
      process.emitWarning(`Accessing non-existent property '${String(property)}' of module exports inside circular dependency`);
      return undefined;
    },
  },
);

function exportsForCircularRequire(module) {
  const { exports } = module;
  if (exports !== null && typeof exports === 'object' && Object.getPrototypeOf(exports) === Object.prototype && !exports.__esModule) {
    Object.setPrototypeOf(exports, circularRequireWarning);
  }
  return exports;
}

Module.prototype.load = function load(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  const extension = findLongestRegisteredExtension(filename);
  if (extension === '.mjs') loadESM(this, filename);
  else Module._extensions[extension](this, filename);
  this.loaded = true;
};

/** An ES module required from CommonJS: its exports are what the ES module loader makes of its namespace. */
function loadESM(module, filename) {
  module[kIsESM] = true;
  module.exports = requireBuiltin('internal/modules/esm/loader').requireModule(filename, module.parent?.filename ?? '');
}

function findLongestRegisteredExtension(filename) {
  const name = path.basename(filename);
  let index = 0;
  for (;;) {
    index = name.indexOf('.', index + 1);
    if (index <= 0) return name.endsWith('.mjs') ? '.mjs' : '.js';
    const extension = name.slice(index);
    if (Module._extensions[extension] !== undefined) return extension;
  }
}

Module.prototype.require = function require(id) {
  validateString(id, 'id');
  if (id === '') throw new ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  return Module._load(id, this, false);
};

function readSource(filename) {
  const source = readFileUtf8(filename);
  if (isFailure(source)) throw require('internal/errors').uvException(source, 'open', filename);
  return source;
}

Module.prototype._compile = function _compile(content, filename, _format) {
  // A hashbang line is a comment to Node; keep its length so columns stay right.
  if (content.startsWith('#!')) content = `//${content.slice(2)}`;
  maybeCacheSourceMap(filename, content);
  let wrapper;
  try {
    wrapper = compileFunction(wrapperParams, content, filename);
  } catch (err) {
    takeParseLocation(err);
    throw err;
  }
  // Top-level frames read `at Object.<anonymous> (file:line:col)`, as in Node.
  Object.defineProperty(wrapper, 'name', { value: 'Object.<anonymous>' });
  const dirname = path.dirname(filename);
  const require = makeRequireFunction(this);
  return wrapper.call(this.exports, this.exports, require, this, filename, dirname);
};

Module._extensions['.js'] = function loadJs(module, filename) {
  const content = readSource(filename);
  if (filename.endsWith('.js')) {
    const pkg = readPackageScope(path.dirname(filename));
    if (pkg?.type === 'module') {
      loadESM(module, filename);
      return;
    }
  }
  module._compile(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content, filename);
};

Module._extensions['.json'] = function loadJson(module, filename) {
  const content = readSource(filename);
  try {
    module.exports = JSON.parse(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content);
  } catch (err) {
    err.message = `${filename}: ${err.message}`;
    throw err;
  }
};

Module._extensions['.node'] = function loadNative(_module, filename) {
  const err = new Error(`Cannot load native addon ${filename}: native addons cannot run in the WebAssembly sandbox`);
  err.code = 'ERR_DLOPEN_FAILED';
  throw err;
};

function makeRequireFunction(mod) {
  const require = function require(path) {
    return mod.require(path);
  };
  function resolve(request, options) {
    validateString(request, 'request');
    return Module._resolveFilename(request, mod, false, options);
  }
  resolve.paths = function paths(request) {
    validateString(request, 'request');
    return Module._resolveLookupPaths(request, mod);
  };
  require.resolve = resolve;
  // Defined, not assigned, as the module's exports are (the others are assigned in Node too).
  setOwnProperty(require, 'main', process.mainModule);
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

Module.createRequire = function createRequire(filename) {
  let filepath;
  if ((typeof URL === 'function' && filename instanceof URL) || (typeof filename === 'string' && filename.startsWith('file:'))) {
    filepath = decodeURIComponent(new URL(filename).pathname);
  } else if (typeof filename !== 'string') {
    throw new ERR_INVALID_ARG_VALUE('filename', filename, 'must be a file URL object, file URL string, or absolute path string');
  } else {
    filepath = filename;
  }
  if (!path.isAbsolute(filepath)) {
    throw new ERR_INVALID_ARG_VALUE('filename', filename, 'must be a file URL object, file URL string, or absolute path string');
  }
  const trailingSlash = filepath.endsWith('/');
  const proxyPath = trailingSlash ? path.join(filepath, 'noop.js') : filepath;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequireFunction(m);
};

/** Runs the program's main file. */
Module.runMain = function runMain(mainPath = process.argv[1]) {
  Module._load(mainPath, null, true);
};

/**
 * The folders bare specifiers fall back to, as Node builds them: NODE_PATH's entries,
 * then ~/.node_modules, ~/.node_libraries and <prefix>/lib/node. The environment is the
 * program's (`--allow-env` decides whether NODE_PATH and HOME are seen), and the folders
 * are read under its grants like any other.
 */
Module._initPaths = function _initPaths() {
  const home = process.env.HOME;
  const paths = [path.resolve(process.execPath, '..', '..', 'lib', 'node')];
  if (home) paths.unshift(path.resolve(home, '.node_modules'), path.resolve(home, '.node_libraries'));
  const nodePath = process.env.NODE_PATH;
  Module.globalPaths = nodePath ? nodePath.split(path.delimiter).filter(Boolean).concat(paths) : paths;
};

/** Node's internal stat of the loader, which packages reach for: 0 file, 1 folder, negative errno otherwise. */
Module._stat = function _stat(filename) {
  filename = path.toNamespacedPath(filename);
  const result = fsBinding.call('stat', path.isAbsolute(filename) ? filename : path.resolve(filename));
  if (isFailure(result)) return result;
  return statKind(result) === KIND_DIRECTORY ? 1 : 0;
};
Module.syncBuiltinESMExports = function syncBuiltinESMExports() {};
Module.findSourceMap = function findSourceMap(sourceURL) {
  return require('internal/source_map/source_map_cache').findSourceMap(sourceURL);
};
Object.defineProperty(Module, 'SourceMap', {
  get() {
    return require('internal/source_map/source_map').SourceMap;
  },
  enumerable: true,
  configurable: true,
});

module.exports = Module;
