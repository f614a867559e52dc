'use strict';
// ES modules as Node resolves and loads them: specifiers are URLs (relative ones need
// their extension), bare names resolve through node_modules with the "import"
// condition, a file's format comes from its extension and the nearest package.json
// "type". CommonJS and built-ins are imported through a generated module whose
// `default` is `module.exports` and whose named exports are those a static scan of
// the CommonJS source finds (cjs-module-lexer, as Node uses). `require()` of an ES
// module evaluates its graph at once when no module in it has top-level await, as
// Node 20.19+ and 22 do (requireModule).

const { setHooks, import: importModule, evaluateSync } = internalBinding('modules');
const {
  codes: { ERR_REQUIRE_ASYNC_MODULE, ERR_REQUIRE_CYCLE_MODULE },
} = require('internal/errors');
const path = require('path');
const { fileURLToPath, pathToFileURL } = require('internal/url');
const { isFailure, readFileUtf8, statKind, KIND_DIRECTORY } = require('internal/fs/utils');
const { maybeCacheSourceMap } = require('internal/source_map/source_map_cache');
const { readPackage, readPackageScope, resolvePackageExports, resolveMap } = require('internal/modules/package_resolution');
const Module = require('internal/modules/cjs/loader');
const requireBuiltin = require;
const fsBinding = internalBinding('fs');

const importConditions = new Set(['import', 'node', 'module-sync', 'default']);

let lexer;

function moduleNotFound(message) {
  const err = new Error(message);
  err.code = 'ERR_MODULE_NOT_FOUND';
  return err;
}

/** 0 file, 1 directory, -1 missing. */
function kindOf(filename) {
  const stat = fsBinding.call('stat', filename);
  return isFailure(stat) ? -1 : statKind(stat) === KIND_DIRECTORY ? 1 : 0;
}

/**
 * A referrer as QuickJS passes it (a module URL, a script's path, the name of code made
 * by a Function constructor, or eval's `<input>`) as a file URL. Function constructor
 * code is named after the script that made it (`eval at <anonymous> (<script>), <anonymous>`):
 * its imports resolve against that script, as V8's do.
 */
function parentUrl(referrer) {
  if (referrer.startsWith('file:')) return referrer;
  if (referrer.startsWith('/')) return pathToFileURL(referrer).href;
  const origin = /^eval at [^(]* \((.*)\), <anonymous>$/.exec(referrer);
  if (origin !== null) return parentUrl(origin[1]);
  return pathToFileURL(`${process.cwd()}/`).href;
}

function displayParent(parent) {
  return parent.startsWith('file:') ? fileURLToPath(parent) : parent;
}

function finalizeFile(url, parent) {
  const filename = fileURLToPath(url);
  const kind = kindOf(filename);
  if (kind === 1) {
    const err = new Error(`Directory import '${filename}' is not supported resolving ES modules imported from ${displayParent(parent)}`);
    err.code = 'ERR_UNSUPPORTED_DIR_IMPORT';
    throw err;
  }
  if (kind === -1) throw moduleNotFound(`Cannot find module '${filename}' imported from ${displayParent(parent)}`);
  const real = fsBinding.call('realpath', filename);
  return pathToFileURL(isFailure(real) ? filename : real).href;
}

/** A package's entry when it has no "exports": "main", then index.js, as Node's legacy lookup does. */
function legacyMain(pkgDir, pkg, parent) {
  const candidates = [];
  if (typeof pkg?.main === 'string') {
    const main = path.resolve(pkgDir, pkg.main);
    candidates.push(main, `${main}.js`, `${main}.json`, `${main}.node`, `${main}/index.js`, `${main}/index.json`, `${main}/index.node`);
  }
  candidates.push(path.join(pkgDir, 'index.js'), path.join(pkgDir, 'index.json'), path.join(pkgDir, 'index.node'));
  const found = candidates.find((candidate) => kindOf(candidate) === 0);
  if (found === undefined) throw moduleNotFound(`Cannot find package '${pkgDir}' imported from ${displayParent(parent)}`);
  return finalizeFile(pathToFileURL(found).href, parent);
}

const packageNamePattern = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/;

function resolvePackage(specifier, parent) {
  const match = packageNamePattern.exec(specifier);
  if (match === null) {
    const err = new TypeError(`Invalid module "${specifier}" is not a valid package name imported from ${displayParent(parent)}`);
    err.code = 'ERR_INVALID_MODULE_SPECIFIER';
    throw err;
  }
  const [, name, rest = ''] = match;
  const parentDir = path.dirname(fileURLToPath(parent));
  // A package importing itself by name.
  const scope = readPackageScope(parentDir);
  if (scope?.name === name && scope.exports !== undefined && scope.exports !== null) {
    return finalizeFile(pathToFileURL(resolvePackageExports(path.dirname(scope.path), scope, `.${rest}`, importConditions)).href, parent);
  }
  for (const dir of Module._nodeModulePaths(parentDir)) {
    const pkgDir = path.join(dir, name);
    if (kindOf(pkgDir) !== 1) continue;
    const pkg = readPackage(pkgDir);
    if (pkg?.exports !== undefined && pkg?.exports !== null) {
      return finalizeFile(pathToFileURL(resolvePackageExports(pkgDir, pkg, `.${rest}`, importConditions)).href, parent);
    }
    if (rest === '') return legacyMain(pkgDir, pkg, parent);
    return finalizeFile(pathToFileURL(path.join(pkgDir, rest)).href, parent);
  }
  throw moduleNotFound(`Cannot find package '${name}' imported from ${displayParent(parent)}`);
}

function resolve(specifier, referrer) {
  if (sourceModules.has(specifier)) return specifier;
  if (specifier.startsWith('node:')) {
    if (Module.isBuiltin(specifier)) return specifier;
    const err = new Error(`No such built-in module: ${specifier}`);
    err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
    throw err;
  }
  if (Module.isBuiltin(specifier)) return `node:${specifier}`;
  const parent = parentUrl(referrer);
  if (specifier.startsWith('./') || specifier.startsWith('../') || specifier.startsWith('/') || specifier === '.' || specifier === '..') {
    return finalizeFile(new URL(specifier, parent).href, parent);
  }
  if (specifier.startsWith('#')) {
    const scope = readPackageScope(path.dirname(fileURLToPath(parent)));
    const target = scope?.imports
      ? resolveMap(path.dirname(scope.path), scope.path, specifier, scope.imports, importConditions)
      : undefined;
    if (target === undefined || target === null) {
      const err = new TypeError(
        `Package import specifier "${specifier}" is not defined${scope ? ` in package ${scope.path}` : ''} imported from ${displayParent(parent)}`,
      );
      err.code = 'ERR_PACKAGE_IMPORT_NOT_DEFINED';
      throw err;
    }
    return finalizeFile(pathToFileURL(target).href, parent);
  }
  if (/^[a-zA-Z][a-zA-Z\d+\-.]*:/.test(specifier)) {
    if (specifier.startsWith('file:')) return finalizeFile(new URL(specifier).href, parent);
    const err = new Error(
      `Only URLs with a scheme in: file and node are supported by the default ESM loader. Received protocol '${new URL(specifier).protocol}'`,
    );
    err.code = 'ERR_UNSUPPORTED_ESM_URL_SCHEME';
    throw err;
  }
  return resolvePackage(specifier, parent);
}

/** The format Node gives a file: by extension, `.js` by the package's "type". */
function formatOf(filename) {
  if (filename.endsWith('.mjs')) return 'module';
  if (filename.endsWith('.cjs')) return 'commonjs';
  if (filename.endsWith('.json')) return 'json';
  if (filename.endsWith('.js') || path.extname(filename) === '') {
    return readPackageScope(path.dirname(filename))?.type === 'module' ? 'module' : 'commonjs';
  }
  const err = new TypeError(`Unknown file extension "${path.extname(filename)}" for ${filename}`);
  err.code = 'ERR_UNKNOWN_FILE_EXTENSION';
  throw err;
}

const identifier = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*$/u;

/** A module re-exporting `binding` (what the interop function returns) under `names`. */
function facade(getter, names) {
  const exported = [...new Set(names)].filter((name) => name !== 'default' && identifier.test(name));
  const lines = [`const exported = globalThis[Symbol.for('nodule.esm.interop')].${getter};`, 'export default exported;'];
  if (exported.length > 0) lines.push(`export const { ${exported.join(', ')} } = exported ?? {};`);
  return lines.join('\n');
}

/** Named exports Node finds in a CommonJS file, following its re-exports. */
function commonjsExportNames(filename, seen = new Set()) {
  if (seen.has(filename)) return [];
  seen.add(filename);
  const source = readFileUtf8(filename);
  if (isFailure(source) || filename.endsWith('.json')) return [];
  lexer ??= requireBuiltin('internal/deps/cjs-module-lexer/lexer');
  let parsed;
  try {
    parsed = lexer.parse(source);
  } catch {
    return [];
  }
  const names = [...parsed.exports];
  for (const reexport of parsed.reexports) {
    try {
      const target = Module._resolveFilename(reexport, { filename, paths: Module._nodeModulePaths(path.dirname(filename)) });
      if (!Module.isBuiltin(target)) names.push(...commonjsExportNames(target, seen));
    } catch {
      // Node skips re-exports it cannot resolve.
    }
  }
  return names;
}

const interop = {
  builtin: (id) => requireBuiltin(id),
  commonjs: (filename) => Module._load(filename, null, false),
};
Object.defineProperty(globalThis, Symbol.for('nodule.esm.interop'), { value: interop });

/** Modules given as source rather than files (`-e` with `--input-type=module`), by URL. */
const sourceModules = new Map();

function load(url) {
  if (sourceModules.has(url)) return sourceModules.get(url);
  if (url.startsWith('node:')) {
    const id = url.slice(5);
    return facade(`builtin(${JSON.stringify(id)})`, Object.keys(requireBuiltin(id)));
  }
  const filename = fileURLToPath(url);
  const format = formatOf(filename);
  if (format === 'module') {
    const source = readFileUtf8(filename);
    if (isFailure(source)) throw require('internal/errors').uvException(source, 'open', filename);
    maybeCacheSourceMap(filename, source);
    return source;
  }
  return facade(`commonjs(${JSON.stringify(filename)})`, format === 'json' ? [] : commonjsExportNames(filename));
}

function initializeMeta(meta, url) {
  meta.url = url;
  if (url.startsWith('file:')) {
    meta.filename = fileURLToPath(url);
    meta.dirname = path.dirname(meta.filename);
  }
  meta.resolve = (specifier) => resolve(`${specifier}`, url);
}

setHooks(resolve, load, initializeMeta);

/** Evaluates the generated module `source` with its graph now; its namespace. */
function evaluateGenerated(name, source, filename, parentFilename) {
  const result = evaluateSync(name, source);
  if (result === 1) throw new ERR_REQUIRE_ASYNC_MODULE(filename, parentFilename);
  if (result === 2) throw new ERR_REQUIRE_CYCLE_MODULE(filename, parentFilename, true);
  return result;
}

/**
 * What `require(filename)` of an ES module returns, as in Node: the module's
 * 'module.exports' export when it has one, else its namespace, with `__esModule: true`
 * added (through a module re-exporting it) when it has a default export.
 */
function requireModule(filename, parentFilename) {
  const url = JSON.stringify(pathToFileURL(filename).href);
  const { namespace } = evaluateGenerated(
    `nodule:require ${url}`,
    `import * as namespace from ${url};\nexport { namespace };`,
    filename,
    parentFilename,
  );
  if (Object.hasOwn(namespace, 'module.exports')) return namespace['module.exports'];
  if (!Object.hasOwn(namespace, 'default') || Object.hasOwn(namespace, '__esModule')) return namespace;
  return evaluateGenerated(
    `nodule:require-interop ${url}`,
    `export * from ${url};\nexport { default } from ${url};\nexport const __esModule = true;`,
    filename,
    parentFilename,
  );
}

/** Runs an ES module file as the program's entry. */
function runMain(filename) {
  return importModule(pathToFileURL(filename).href);
}

/**
 * Runs `source` as an ES module in the working folder, as node runs `-e` or standard
 * input under `--input-type=module`: named `[eval1]`, resolving from there.
 */
function runSource(source) {
  const url = `${pathToFileURL(process.cwd()).href.replace(/\/$/, '')}/[eval1]`;
  sourceModules.set(url, source);
  return importModule(url);
}

/** Imports a `--import` module, resolved from the working folder as node does. */
function importPreload(specifier) {
  return importModule(resolve(specifier, pathToFileURL(`${process.cwd()}/`).href));
}

/** Whether the program's entry file is an ES module. */
function isModuleEntry(filename) {
  try {
    return formatOf(filename) === 'module';
  } catch {
    return false;
  }
}

module.exports = { runMain, runSource, importPreload, isModuleEntry, resolve, requireModule };
