// Reaches for the runtime's raw bindings (below Node's checks) and reads outside with them.
const { secret, refused, check, run } = require('./_hostile');

/** Whatever each way of reaching a binding gives, or undefined. */
function attempt(get) {
  try {
    return get();
  } catch {
    return undefined;
  }
}

run(async () => {
  const bindings = {
    'process.binding': attempt(() => process.binding('fs')),
    'process._linkedBinding': attempt(() => process._linkedBinding('fs')),
    'global internalBinding': attempt(() => internalBinding('fs')),
    'require internal': attempt(() => require('internal/test/binding')),
    'a stack frame': attempt(() => {
      const prepare = Error.prepareStackTrace;
      Error.prepareStackTrace = (_err, frames) => frames.map((frame) => frame.getFunction?.()).filter(Boolean);
      const functions = new Error().stack;
      Error.prepareStackTrace = prepare;
      return functions.find((fn) => fn.name === 'internalBinding');
    }),
  };
  for (const [label, binding] of Object.entries(bindings)) {
    if (binding === undefined) continue;
    // Reaching a binding is no escape by itself; reading the secret through one is.
    for (const name of ['readFileSync', 'readFileUtf8', 'call', 'open']) {
      if (typeof binding[name] !== 'function') continue;
      const denied = ['ERR_ACCESS_DENIED', 'ERR_INVALID_ARG_TYPE', 'ENOENT', undefined];
      const read = await refused(`${label}.${name}`, denied, () => binding[name]('readFile', secret));
      check(`${label}.${name} returned no secret`, !String(read?.message ?? '').includes('secret:'), read);
    }
  }
});
