import { named } from './lib/exports.mjs';
console.log(named);
throw new TypeError('thrown from an ES module');
