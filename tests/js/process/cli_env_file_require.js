// node-flags: --env-file=lib/settings.env --require ./lib/preload.js
// Node's --env-file and -r, as typed on the command line: the file's variables are
// set before any module runs, and the preload runs before the main module.
console.log(process.env.GREETING, JSON.stringify(process.env.QUOTED), process.env.EXPORTED);
console.log(globalThis.preloadedAt);
console.log(require.main === module, Object.keys(require.cache).length);
