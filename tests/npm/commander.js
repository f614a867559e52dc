const { Command, InvalidArgumentError } = require('commander');
const program = new Command();
program.name('tool').version('1.0.0').option('-d, --debug', 'output extra debugging').option('-p, --port <number>', 'port', (v) => {
  const n = Number.parseInt(v, 10);
  if (Number.isNaN(n)) throw new InvalidArgumentError('Not a number.');
  return n;
}, 80).argument('<file>').action((file, options) => console.log('action', file, options));
program.parse(['node', 'tool', '--debug', '-p', '8080', 'input.txt']);
console.log(program.opts(), program.args);
console.log(program.helpInformation());
