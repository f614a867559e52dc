// `--allow-child-process=` (an empty list) must refuse to start, not grant anything.
// flags: --allow-child-process=
// expect-status: 1
// expect-stderr: --allow-child-process: empty entry
require('child_process').execSync(`touch ${process.argv[2]}/pwned`);
console.log('ESCAPED the program ran');
