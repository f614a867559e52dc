// Writes to both streams and exits with the status given as its argument.
console.log('out', process.argv.slice(2).join(' '));
console.error('err line');
process.exitCode = Number(process.argv[2] ?? 0);
