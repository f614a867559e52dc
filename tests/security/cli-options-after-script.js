// Options after the script are the program's arguments: they grant nothing.
const fs = require('fs');
const { secret, refused, check, run } = require('./_hostile');

run(async () => {
  // The runner put its own arguments after the script; a program cannot add grants to its own command line.
  check(
    'arguments are data',
    process.argv.slice(2).every((arg) => !arg.startsWith('--allow')),
    process.argv,
  );
  process.argv.push('--allow-all', '--allow-fs-read=*');
  process.execArgv.push('--allow-all');
  await refused('read after pushing flags', ['ERR_ACCESS_DENIED'], () => fs.readFileSync(secret, 'utf8'));
});
