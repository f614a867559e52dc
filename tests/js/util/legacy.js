// util's smaller members: system error names and map, Node's errno error builders,
// _extend, parseEnv, aborted, the transferable abort helpers.
const util = require('util');

console.log(util.getSystemErrorName(-2), util.getSystemErrorName(-111), util.getSystemErrorMap().get(-13));
for (const bad of [1, 'x', -1.5]) {
  try {
    util.getSystemErrorName(bad);
  } catch (err) {
    console.log(err.code, err.message);
  }
}
const errno = util._errnoException(-2, 'open', 'extra');
console.log(errno.message, errno.code, errno.errno, errno.syscall);
const withHost = util._exceptionWithHostPort(-111, 'connect', '1.2.3.4', 80);
console.log(withHost.message, withHost.code, withHost.address, withHost.port);
console.log(util._extend({ a: 1 }, { b: 2 }), util._extend({ a: 1 }, null), util._extend({ a: 1 }, 'str'));
console.log(util.parseEnv('A=1\nB="x y"\n# comment\nC=\'q\' \nexport D=4\nE=a#b\nF="multi\nline"\nG="esc\\nline"\r\nH=\n  I = spaced  '));
const controller = util.transferableAbortController();
console.log(controller instanceof AbortController, util.transferableAbortSignal(controller.signal) === controller.signal);
util.aborted(controller.signal, {}).then(() => console.log('aborted resolved'));
controller.abort();
