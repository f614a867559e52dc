// CommonJS requiring packages that ship only ES modules (chalk 5, p-limit 6 with its ESM-only yocto-queue,
// nanoid 5), as node 20.19+ and 22 allow: require() returns the module namespace.
const chalkModule = require('chalk');
const pLimitModule = require('p-limit');
const { customAlphabet } = require('nanoid');

console.log(Object.keys(chalkModule), chalkModule.__esModule);
const { default: chalk, Chalk } = chalkModule;
const colored = new Chalk({ level: 1 });
console.log(JSON.stringify(colored.green.bold('required')), JSON.stringify(chalk.red('plain')), typeof chalk.hex);

console.log(Object.keys(pLimitModule), pLimitModule.__esModule);
const limit = pLimitModule.default(2);
let running = 0;
let peak = 0;
const task = (i) =>
  limit(async () => {
    running++;
    peak = Math.max(peak, running);
    await new Promise((resolve) => setTimeout(resolve, 5));
    running--;
    return i * 3;
  });

const id = customAlphabet('a', 8);
console.log(id(), id(4));

Promise.all([1, 2, 3, 4].map(task)).then((results) => console.log(results, 'peak', peak));
// The same module instance as import() gives.
import('chalk').then((ns) => console.log('import() shares the namespace', ns.default === chalk));
