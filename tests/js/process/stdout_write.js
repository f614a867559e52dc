process.stdout.write('no newline, ');
process.stdout.write('then one\n');
process.stderr.write('to stderr\n');
const ok = process.stdout.write('with callback\n', () => console.log('write callback'));
console.log('write returned', ok);
