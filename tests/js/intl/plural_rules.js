// Intl.PluralRules: cardinal and ordinal categories in English, with digit options.
const cardinal = new Intl.PluralRules('en-US');
const ordinal = new Intl.PluralRules('en-GB', { type: 'ordinal' });
const numbers = [0, 1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 1.5, -1, '1', NaN, Infinity];
console.log(numbers.map((n) => cardinal.select(n)).join(' '));
console.log(numbers.map((n) => ordinal.select(n)).join(' '));
console.log(new Intl.PluralRules('en', { minimumFractionDigits: 1 }).select(1));
console.log(new Intl.PluralRules('en', { maximumFractionDigits: 0 }).select(1.4));
console.log(new Intl.PluralRules('en', { minimumSignificantDigits: 2 }).select(1));
console.log(JSON.stringify(cardinal.resolvedOptions()));
console.log(JSON.stringify(ordinal.resolvedOptions()));
console.log(JSON.stringify(new Intl.PluralRules('en', { maximumSignificantDigits: 3, roundingPriority: 'morePrecision' }).resolvedOptions()));
console.log(Object.prototype.toString.call(cardinal), Intl.PluralRules.length);
try {
  Intl.PluralRules();
} catch (error) {
  console.log(`${error.name}: ${error.message}`);
}

// selectRange: CLDR's plural ranges from the categories of the ends ('other' where CLDR has none).
const rangeEnds = [[0, 1], [1, 2], [2, 5], [1, 1], [0.5, 1], [5, 21], [1, 1.5], [2, 1], [1, Infinity], ['1', '2']];
for (const locale of ['en', 'en-GB', 'fr', 'de', 'ru', 'ar', 'pl', 'ja', 'pt']) {
  for (const type of ['cardinal', 'ordinal']) {
    const rules = new Intl.PluralRules(locale, { type });
    console.log(locale, type, rangeEnds.map(([start, end]) => rules.selectRange(start, end)).join(' '));
  }
}
for (const ends of [[1], [undefined, 1], [], [Number.NaN, 1], [1, Number.NaN], ['x', 1]]) {
  try {
    console.log(cardinal.selectRange(...ends));
  } catch (error) {
    console.log(`${error.name}: ${error.message}`);
  }
}
console.log(Intl.PluralRules.prototype.selectRange.length, Intl.PluralRules.prototype.selectRange.name);
