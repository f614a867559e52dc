import { named } from './lib.mjs';
console.log(named);
throw new TypeError('thrown from an ES module');
