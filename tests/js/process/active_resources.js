// process.getActiveResourcesInfo() names the requests in flight and the referenced timers and
// immediates; the uncaught-exception capture callback takes errors before 'uncaughtException'.
const fs = require('fs');

console.log(process.getActiveResourcesInfo());
const timeout = setTimeout(() => {}, 1);
setTimeout(() => {}, 1).unref();
setImmediate(() => {});
console.log(process.getActiveResourcesInfo());
fs.stat(__filename, () => {
  console.log('in its callback, a request is still active', process.getActiveResourcesInfo().includes('FSReqCallback'));
  setTimeout(() => {
    throw new Error('boom');
  }, 1);
});
fs.promises.readFile(__filename);
console.log(process.getActiveResourcesInfo());
clearTimeout(timeout);
console.log(process.getActiveResourcesInfo());

console.log(process.hasUncaughtExceptionCaptureCallback());
process.setUncaughtExceptionCaptureCallback((err) => console.log('captured', err.message));
try {
  process.setUncaughtExceptionCaptureCallback(() => {});
} catch (err) {
  console.log(err.name, err.code, err.message);
}
try {
  process.setUncaughtExceptionCaptureCallback('x');
} catch (err) {
  console.log(err.code, err.message);
}
console.log(process.hasUncaughtExceptionCaptureCallback());
