// A program that puts accessors on Object.prototype (as hardening code and some tests
// do) does not see the module loader call them: a module's `exports` and `require.main`
// are the loader's own properties, not assignments through the prototype chain.
const called = [];
for (const name of ['exports', 'main', 'cache', 'extensions', 'resolve']) {
  Object.defineProperty(Object.prototype, name, {
    __proto__: null,
    get() {
      called.push(`get ${name}`);
    },
    set() {
      called.push(`set ${name}`);
    },
    configurable: true,
    enumerable: false,
  });
}
const answer = require('./lib/answer.js');
console.log('answer', answer);
console.log('require.main is this module', require.main === module);
console.log('own', Object.hasOwn(module, 'exports'), Object.hasOwn(require, 'main'), typeof require.resolve);
console.log('accessors called', called);
