'use strict';
// The built-in module loader: compiles each js-lib file once (the guest embeds them)
// and hands out its exports. Its own exports are `requireBuiltin`.
// Bundled npm packages (`internal/deps/<package>/...`) get a `require` of their own:
// relative paths resolve inside the package, bare names to built-ins.

const { ids, compile } = internalBinding('builtins');

const cache = new Map();
const known = new Set(ids);

/** Built-ins user code may require: everything outside `internal/`. */
const publicIds = ids.filter((id) => !id.startsWith('internal/'));
/** Built-ins reached only with the `node:` scheme, as in Node: without it, the name is a package's. */
const schemeOnlyIds = ['test'];

function dirname(id) {
  return id.slice(0, id.lastIndexOf('/'));
}

/** A bundled package's relative request as a built-in id (`./x`, `../y/z.js`, a folder's index). */
function resolveRelative(fromId, request) {
  const parts = dirname(fromId).split('/');
  for (const part of request.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  const id = parts.join('/').replace(/\.js$/, '');
  if (known.has(id)) return id;
  if (known.has(`${id}/index`)) return `${id}/index`;
  throw new Error(`Cannot find module '${request}' from ${fromId}`);
}

/** npm polyfills of what the runtime has built in, by the module that provides it. */
const builtinPolyfills = { 'abort-controller': 'internal/abort_controller' };

function requireForDependency(fromId) {
  // Packages require inside functions too (readable-stream's constructors require
  // './duplex' for every stream made), so each relative request is resolved once.
  const resolved = new Map();
  return function require(request) {
    if (request.startsWith('.')) {
      let id = resolved.get(request);
      if (id === undefined) {
        id = resolveRelative(fromId, request);
        resolved.set(request, id);
      }
      return requireBuiltin(id);
    }
    // Packages that polyfill a built-in (`process/`, `string_decoder/`) get the built-in.
    const id = request.replace(/^node:/, '').replace(/\/$/, '');
    return requireBuiltin(builtinPolyfills[id] ?? id);
  };
}

function requireBuiltin(id) {
  const cached = cache.get(id);
  if (cached !== undefined) return cached.exports;
  if (!known.has(id)) throw new Error(`No such built-in module: ${id}`);
  const module = { id, exports: {}, loaded: false };
  cache.set(id, module);
  const require = id.startsWith('internal/deps/') ? requireForDependency(id) : requireBuiltin;
  try {
    compile(id)(module.exports, require, module, internalBinding);
  } catch (err) {
    // A built-in whose top level threw (`domain` while a capture callback is set) loads afresh next time, as in Node.
    cache.delete(id);
    throw err;
  }
  module.loaded = true;
  return module.exports;
}

requireBuiltin.publicIds = publicIds;
requireBuiltin.canBeRequiredByUsers = (id) => publicIds.includes(id) && !schemeOnlyIds.includes(id);
requireBuiltin.canBeRequiredWithScheme = (id) => publicIds.includes(id);

module.exports = requireBuiltin;
