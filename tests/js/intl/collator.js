// Intl.Collator and String.prototype.localeCompare: sensitivity, numeric, caseFirst,
// ignorePunctuation, sorting, resolvedOptions.
const words = ['résumé', 'resume', 'Resume', 'RESUME', 'rèsume', 'a', 'B', 'c', 'Z', '10', '9', '2', 'e-mail', 'email', 'ä', 'z', 'ß', 'ss', ''];
for (const options of [{}, { sensitivity: 'base' }, { sensitivity: 'accent' }, { sensitivity: 'case' }, { numeric: true },
  { caseFirst: 'upper' }, { caseFirst: 'lower' }, { ignorePunctuation: true }]) {
  const collator = new Intl.Collator('en-US', options);
  console.log(JSON.stringify(options), [...words].sort(collator.compare).join(' '));
}
const pairs = [['a', 'b'], ['a', 'A'], ['a', 'á'], ['A', 'á'], ['a', 'a'], ['e-mail', 'email'], ['2', '10'], ['ß', 'ss']];
for (const options of [{}, { sensitivity: 'base' }, { sensitivity: 'accent' }, { sensitivity: 'case' }, { numeric: true }, { ignorePunctuation: true }]) {
  console.log(JSON.stringify(options), pairs.map(([a, b]) => a.localeCompare(b, 'en', options)).join(' '));
}
console.log('a'.localeCompare('B'), 'B'.localeCompare('a'), 'x'.localeCompare('x'), 'a'.localeCompare());
console.log(JSON.stringify(new Intl.Collator().resolvedOptions()));
console.log(JSON.stringify(new Intl.Collator('en-US', { sensitivity: 'base', numeric: true, caseFirst: 'upper', usage: 'search', ignorePunctuation: true }).resolvedOptions()));
console.log(JSON.stringify(new Intl.Collator('en-US-u-kn-true-kf-lower').resolvedOptions()));
const collator = new Intl.Collator();
console.log(collator.compare === collator.compare, collator.compare.length, Intl.Collator.length, String.prototype.localeCompare.length);
console.log(Object.prototype.toString.call(collator), Object.getOwnPropertyNames(Intl.Collator.prototype));
try {
  String.prototype.localeCompare.call(null, 'a');
} catch (error) {
  console.log(`${error.name}: ${error.message}`);
}
console.log('a\ud800'.localeCompare('a\udc00') !== undefined, 'b\ud800'.localeCompare('a'));
