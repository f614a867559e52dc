// node:test is reached only with the scheme: `test` without it is a package's name.
const Module = require('node:module');
console.log(Module.isBuiltin('node:test'), Module.isBuiltin('test'), Module.builtinModules.includes('test'));
const test = require('node:test');
console.log(typeof test, test === test.test);
for (const name of ['describe', 'it', 'suite', 'before', 'after', 'beforeEach', 'afterEach', 'skip', 'todo', 'only']) {
  console.log(name, typeof test[name]);
}
console.log(typeof test.mock.fn, typeof test.it.skip, typeof test.describe.only);
try {
  require('test');
} catch (err) {
  console.log(err.code);
}
