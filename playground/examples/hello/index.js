const os = require('node:os');

console.log('Hello from Nodule!');
console.error('(this line is on stderr)');
console.log('platform %s, %d arguments, cwd %s', os.platform(), process.argv.length, process.cwd());
