// Loads native code: a shared library as an addon, by require and process.dlopen.
const { refused, check, run } = require('./_hostile');

run(async () => {
  const failed = ['ERR_DLOPEN_FAILED', 'ERR_ACCESS_DENIED', 'MODULE_NOT_FOUND'];
  // A runtime without process.dlopen has nothing to attack there.
  const libraries =
    typeof process.dlopen === 'function'
      ? ['/lib/x86_64-linux-gnu/libc.so.6', '/usr/lib/x86_64-linux-gnu/libc.so.6', './readonly.txt']
      : [];
  for (const lib of libraries) {
    const err = await refused(`dlopen ${lib}`, failed, () => process.dlopen({ exports: {} }, lib));
    // Node fails too, but only after loading the library: "did not self-register".
    check(`${lib} was not loaded`, !String(err?.message).includes('self-register'), err?.message);
  }
  await refused('require a .node file', failed, () => require('./addon.node'));
  await refused('require.extensions .node', failed, () => require.extensions['.node']({ exports: {} }, '/lib/x86_64-linux-gnu/libc.so.6'));
});
