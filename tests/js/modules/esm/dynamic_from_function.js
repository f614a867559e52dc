// import() in code made by `new Function` (and the other Function constructors)
// resolves against the script that made the function, as V8 does: prettier's CLI
// loads its modules this way.
const factory = require('./lib/maker/factory.js');

async function show(label, load) {
  try {
    console.log(label, (await load()).default);
  } catch (err) {
    console.log(label, err.code, err.message);
  }
}

(async () => {
  await show('Function', () => factory.viaFunction('./target.mjs'));
  await show('AsyncFunction', () => factory.viaAsyncFunction('./target.mjs'));
  await show('subclass', () => factory.viaSubclass('./target.mjs'));
  await show('Reflect.construct', () => factory.viaReflect('./target.mjs'));
  await show('made on call', () => factory.make('return import(specifier)')('./target.mjs'));
  await show('made here', () => new Function('s', 'return import(s)')('./lib/target.mjs'));
  await show('missing', () => factory.viaFunction('./missing.mjs'));
  setTimeout(() => show('later, from a timer', () => factory.viaFunction('./target.mjs')), 1);

  const fn = new Function('a', 'b', 'return a + b');
  console.log(fn(1, 2), fn.name, fn.length, String(fn));
  console.log(fn instanceof Function, fn.constructor === Function, Function.prototype.constructor === Function);
  console.log(Function.name, Function.length, Object.getPrototypeOf(Function) === Function.prototype);
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor;
  const GeneratorFunction = Object.getPrototypeOf(function* () {}).constructor;
  console.log(AsyncFunction.name, Object.getPrototypeOf(AsyncFunction) === Function, GeneratorFunction.name);
  console.log([...new GeneratorFunction('yield 1; yield 2')()], await new AsyncFunction('return 7')());
  class Sub extends Function {}
  const sub = new Sub('return this');
  console.log(sub instanceof Sub, sub instanceof Function, typeof sub());
  console.log(Function('return typeof this')(), Function('"use strict"; return typeof this')());
  try {
    new Function('return (');
  } catch (err) {
    console.log(err.name);
  }
})();
