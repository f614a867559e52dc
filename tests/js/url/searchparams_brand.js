// URLSearchParams methods and iterators check what `this` is, and the iterators are Node's.
const util = require('util');

const params = new URLSearchParams('a=1&b=2&b=3');
for (const name of ['get', 'getAll', 'has', 'append', 'set', 'delete', 'sort', 'keys', 'values', 'entries', 'toString', 'forEach']) {
  try {
    params[name].call({}, 'a', 'b');
  } catch (err) {
    console.log(name, err.name, err.code, err.message);
  }
}
try {
  params.get(Symbol('x'));
} catch (err) {
  console.log(err.name, err.message);
}
const keys = params.keys();
console.log(Object.prototype.toString.call(keys), keys[Symbol.iterator]() === keys);
console.log(util.inspect(keys));
console.log(keys.next(), util.inspect(keys));
params.append('c', '4');
console.log([...keys]);
const entries = params.entries();
console.log(util.inspect(entries, { breakLength: 1 }));
try {
  keys.next.call({});
} catch (err) {
  console.log(err.name, err.code, err.message);
}
console.log(params[Symbol.iterator] === params.entries);
