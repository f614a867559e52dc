// The machine differs between runs of this test, so only shapes and invariants print.
const os = require('os');
console.log(JSON.stringify(os.EOL), os.devNull, os.endianness(), os.platform(), os.type(), os.arch() === process.arch);
console.log(typeof os.release(), os.release().length > 0, typeof os.version(), typeof os.machine(), typeof os.hostname());
const cpus = os.cpus();
console.log(Array.isArray(cpus), cpus.length > 0, cpus.length === os.availableParallelism(), Object.keys(cpus[0]), Object.keys(cpus[0].times));
console.log(os.totalmem() > 0, os.freemem() > 0, os.freemem() <= os.totalmem(), os.uptime() > 0, os.loadavg().length);
console.log(typeof os.homedir(), typeof os.tmpdir(), Object.keys(os.userInfo()), typeof os.networkInterfaces());
console.log(os.constants.signals.SIGTERM, os.constants.signals.SIGKILL, os.constants.errno.ENOENT, os.constants.priority.PRIORITY_LOW, Object.isFrozen(os.constants));
console.log(require('node:os') === os, os.getPriority());
