import chalk, { Chalk } from 'chalk';
const colored = new Chalk({ level: 1 });
console.log(JSON.stringify(colored.red('red')), JSON.stringify(colored.bold.underline.blue('styled')), JSON.stringify(colored.bgGreen.black('bg')));
console.log(JSON.stringify(chalk.red('plain without a terminal')), chalk.level, typeof chalk.hex);
