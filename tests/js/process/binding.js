// The deprecated process.binding: `util`'s type checks (the same functions as util.types),
// and Node's error for the bindings Nodule does not offer.
const util = require('util');

const binding = process.binding('util');
console.log(Object.keys(binding).sort());
console.log(Object.keys(binding).every((key) => binding[key] === util.types[key]));
try {
  process.binding('no_such_binding');
} catch (err) {
  console.log(err.name, err.message);
}
