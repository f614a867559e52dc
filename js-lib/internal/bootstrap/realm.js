'use strict';
// The built-in module loader: compiles each js-lib file once (the guest embeds them)
// and hands out its exports. Its own exports are `requireBuiltin`.

const { ids, compile } = internalBinding('builtins');

const cache = new Map();

/** Built-ins user code may require: everything outside `internal/`. */
const publicIds = ids.filter((id) => !id.startsWith('internal/'));

function requireBuiltin(id) {
  const cached = cache.get(id);
  if (cached !== undefined) return cached.exports;
  if (!ids.includes(id)) throw new Error(`No such built-in module: ${id}`);
  const module = { id, exports: {}, loaded: false };
  cache.set(id, module);
  compile(id)(module.exports, requireBuiltin, module, internalBinding);
  module.loaded = true;
  return module.exports;
}

requireBuiltin.publicIds = publicIds;
requireBuiltin.canBeRequiredByUsers = (id) => publicIds.includes(id);

module.exports = requireBuiltin;
