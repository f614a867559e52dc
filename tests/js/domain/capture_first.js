// Loading domain after a capture callback is set fails, and works once it is cleared.
process.setUncaughtExceptionCaptureCallback(() => {});
try {
  require('domain');
} catch (err) {
  console.log(err.code, err.message);
}
process.setUncaughtExceptionCaptureCallback(null);
console.log(typeof require('domain').create);
