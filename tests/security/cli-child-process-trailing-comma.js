// `--allow-child-process=echo,` (a trailing comma's empty entry) must refuse to start.
// flags: --allow-child-process=echo,
// expect-status: 1
// expect-stderr: --allow-child-process: empty entry
require('child_process').execSync(`touch ${process.argv[2]}/pwned`);
console.log('ESCAPED the program ran');
