process.on('exit', (code) => {
  console.log('exit with', code);
  process.exitCode = 9;
});
try {
  process.exitCode = 'not a number';
} catch (err) {
  console.log(err.code);
}
process.exit(5);
