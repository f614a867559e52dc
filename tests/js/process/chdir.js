const fs = require('fs');
const start = process.cwd();
process.chdir('dir');
console.log(process.cwd() === `${start}/dir`, fs.readFileSync('hello.txt', 'utf8').trim());
process.chdir('..');
console.log(process.cwd() === start);
try {
  process.chdir('no-such-directory');
} catch (err) {
  console.log(err.code, err.syscall, err.message.replace(start, '<start>'));
}
