// node-flags: --unhandled-rejections=strict
// Strict mode: an unhandled rejection is an uncaught exception even with an
// 'unhandledRejection' listener, which then still hears of it.
process.on('unhandledRejection', (reason) => console.log('listener heard', reason.message));
process.on('uncaughtException', (err, origin) => console.log('uncaught', err.message, origin));
Promise.reject(new Error('strictly'));
setTimeout(() => console.log('timer ran'), 1);
