// Loaded with --require before cli_env_file_require.js.
globalThis.preloadedAt = 'before the main module';
console.log('preload: GREETING is', process.env.GREETING);
