const parse = require('yargs-parser');
console.log(parse(['--foo=bar', '-abc', '--num', '42', '--no-flag', 'positional', '--list', 'a', '--list', 'b']));
console.log(parse('--camel-case value -x 1 -x 2', { array: ['x'], number: ['x'] }));
