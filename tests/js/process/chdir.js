const path = require('path');
const start = process.cwd();
process.chdir('..');
console.log(process.cwd() === path.dirname(start));
process.chdir(start);
console.log(process.cwd() === start);
try {
  process.chdir('no-such-directory');
} catch (err) {
  console.log(err.code, err.syscall, err.message.replace(start, '<start>'));
}
