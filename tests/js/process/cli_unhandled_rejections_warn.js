// node-flags: --unhandled-rejections=warn-with-error-code
// In this mode an unhandled rejection is a warning (with node's rejection id) and exit
// code 1; a rejection an 'unhandledRejection' listener takes is neither.
process.on('exit', (code) => console.log('exit', code));
Promise.reject(new Error('boom'));
setTimeout(() => {
  process.on('unhandledRejection', (reason) => console.log('listener took', reason));
  Promise.reject(42);
  setTimeout(() => console.log('still running'), 1);
}, 1);
