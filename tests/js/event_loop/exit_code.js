process.exitCode = 3;
process.on('exit', (code) => console.log('exit code', code, process.exitCode));
setTimeout(() => console.log('the loop still runs'), 1);
