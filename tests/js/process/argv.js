// args: one --two 3
const path = require('path');
console.log(process.argv.length, path.basename(process.argv[1]), process.argv.slice(2));
console.log(typeof process.argv0, process.execArgv);
console.log(process.argv[0] === process.execPath);
