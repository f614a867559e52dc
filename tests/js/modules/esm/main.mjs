import fs, { readFileSync } from 'fs';
import { join } from 'node:path';
import def, { named } from './lib/exports.mjs';
import cjs, { a, b } from './lib/common.cjs';
import { hello } from 'pkg';
import cjsPkg from 'cjspkg';
console.log(typeof fs.readFileSync === 'function', readFileSync === fs.readFileSync, join('a', 'b'));
console.log(def, named, cjs, a, b, hello, cjsPkg);
console.log(import.meta.url.startsWith('file:///'), import.meta.filename, import.meta.dirname, import.meta.resolve('./lib/exports.mjs'));
const dyn = await import('./lib/exports.mjs');
console.log('tla', dyn.named, Object.keys(dyn));
try { await import('./missing.mjs'); } catch (e) { console.log(e.code, e.message); }
try { await import('nopkg'); } catch (e) { console.log(e.code, e.message); }
