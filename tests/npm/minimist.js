const minimist = require('minimist');
console.log(minimist(['-x', '3', '-y', '4', '-n5', '-abc', '--beep=boop', 'foo', 'bar', 'baz']));
console.log(minimist(['--no-color', '--name', 'x', '--', '--raw'], { boolean: ['color'], string: ['name'], '--': true }));
