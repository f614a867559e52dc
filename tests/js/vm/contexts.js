// Scripts in this context and in contexts of their own: globals written back to the contextified object, separate built-ins, errors, compileFunction.
const vm = require('vm');
const ctx = vm.createContext({ a: 1, console: { log: (...a) => console.log('inner', ...a) } });
console.log(vm.runInContext('a + 1', ctx), vm.isContext(ctx), vm.isContext({}));
vm.runInContext('var b = 2; c = 3; a = 10; console.log(typeof Array, typeof require, typeof process)', ctx);
console.log(ctx.a, ctx.b, ctx.c, Object.keys(ctx));
console.log(vm.runInNewContext('x * y', { x: 6, y: 7 }));
const s = new vm.Script('n = (typeof n === "number" ? n : 0) + 1', { filename: 'counter.js' });
const c2 = vm.createContext({}); s.runInContext(c2); s.runInContext(c2); console.log(c2.n);
console.log(vm.runInThisContext('typeof require + typeof globalThis.process'));
try { new vm.Script('let = ;', { filename: 'bad.js' }) } catch (e) { console.log(e.name, e instanceof SyntaxError) }
try { vm.runInNewContext('throw new TypeError("inner")') } catch (e) { console.log(e.name, e.message, e instanceof TypeError) }
const fn = vm.compileFunction('return a + b', ['a', 'b']); console.log(fn(2, 3), fn.length);
console.log(vm.runInNewContext('[1,2] instanceof Array'), vm.runInNewContext('[1,2]') instanceof Array, Array.isArray(vm.runInNewContext('[1,2]')));
try { vm.runInContext('1', {}) } catch (e) { console.log(e.code, e.message) }
console.log(vm.runInNewContext('delete d; typeof d', { d: 1 }));
const sb = { d: 1 }; vm.runInNewContext('delete d', sb); console.log('d' in sb);
const shared = { list: [] }; vm.runInNewContext('list.push(1, 2)', shared); console.log(shared.list);
const ctx3 = vm.createContext({}); vm.runInContext('function greet(n) { return "hi " + n }', ctx3); console.log(ctx3.greet('x'), typeof ctx3.greet);
for (const bad of [() => vm.runInThisContext(5), () => new vm.Script('1', 5), () => vm.compileFunction('1', 'a')]) {
  try { bad(); } catch (e) { console.log(e.code, e.message); }
}
