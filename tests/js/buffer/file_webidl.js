// Blob and File as WebIDL makes them: enumerable members, `lastModified` read once and
// converted as a `long long`.
const { Blob, File } = require('buffer');

console.log(Object.keys(Blob.prototype), Object.keys(File.prototype));
for (const lastModified of [null, 'text', false, 10.9, -0.5, new Number(7), { [Symbol.toPrimitive]: () => '12' }, Infinity]) {
  console.log(String(lastModified), new File([], 'f', { lastModified }).lastModified);
}
for (const lastModified of [3n, { [Symbol.toPrimitive]: () => { throw new TypeError('boom'); } }]) {
  try {
    new File([], 'f', { lastModified });
  } catch (err) {
    console.log(err.name);
  }
}
let reads = 0;
new File([], 'f', {
  get lastModified() {
    reads++;
    return 1;
  },
  get type() {
    reads++;
    return 'text/plain';
  },
});
console.log('reads', reads);
