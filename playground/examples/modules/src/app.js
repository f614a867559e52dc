const { add, square } = require('./lib/math');
const config = require('../config.json');
const greet = require('./lib/greet.js');

console.log(greet(config.name));
console.log('add(2, 3) =', add(2, 3), '; square(7) =', square(7));
console.log('main module:', require.main === module, path());

import('./lib/format.mjs').then(({ default: format, shout }) => {
  console.log(format({ a: 1, b: [2, 3] }));
  console.log(shout('esm from commonjs'));
});

function path() {
  return require('node:path').relative(process.cwd(), __filename);
}
