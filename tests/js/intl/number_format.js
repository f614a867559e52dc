// Intl.NumberFormat in en-US and en-GB: styles, notations, digit options, rounding, signs,
// grouping, formatToParts and resolvedOptions.
const values = [0, -0, 1, -1, 0.5, 1.005, 12.345, 1234.5678, -9876543.21, 0.000123, 1e21, 123456789012345680000, NaN, Infinity, -Infinity];
const optionSets = [
  {},
  { style: 'percent' },
  { style: 'percent', maximumFractionDigits: 2 },
  { style: 'currency', currency: 'USD' },
  { style: 'currency', currency: 'eur', currencyDisplay: 'code' },
  { style: 'currency', currency: 'GBP', currencyDisplay: 'narrowSymbol' },
  { style: 'currency', currency: 'JPY' },
  { style: 'currency', currency: 'USD', currencySign: 'accounting' },
  { style: 'currency', currency: 'USD', maximumFractionDigits: 0 },
  { notation: 'compact' },
  { notation: 'compact', compactDisplay: 'long' },
  { notation: 'scientific' },
  { notation: 'engineering', maximumFractionDigits: 1 },
  { useGrouping: false },
  { useGrouping: 'min2' },
  { useGrouping: 'always' },
  { minimumIntegerDigits: 3 },
  { minimumFractionDigits: 2 },
  { maximumFractionDigits: 0 },
  { minimumFractionDigits: 1, maximumFractionDigits: 4 },
  { maximumSignificantDigits: 3 },
  { minimumSignificantDigits: 5 },
  { maximumSignificantDigits: 2, maximumFractionDigits: 3, roundingPriority: 'morePrecision' },
  { maximumSignificantDigits: 2, maximumFractionDigits: 3, roundingPriority: 'lessPrecision' },
  { maximumFractionDigits: 1, roundingMode: 'floor' },
  { maximumFractionDigits: 1, roundingMode: 'ceil' },
  { maximumFractionDigits: 1, roundingMode: 'trunc' },
  { maximumFractionDigits: 1, roundingMode: 'halfEven' },
  { maximumFractionDigits: 2, minimumFractionDigits: 2, roundingIncrement: 5 },
  { maximumFractionDigits: 0, minimumFractionDigits: 0, roundingIncrement: 25 },
  { minimumFractionDigits: 2, trailingZeroDisplay: 'stripIfInteger' },
  { signDisplay: 'always' },
  { signDisplay: 'exceptZero' },
  { signDisplay: 'negative' },
  { signDisplay: 'never' },
];
for (const locale of ['en-US', 'en-GB', 'en']) {
  for (const options of optionSets) {
    const format = new Intl.NumberFormat(locale, options);
    console.log(locale, JSON.stringify(options), values.map((value) => format.format(value)).join(' | '));
  }
}

const parts = [
  [{}, -1234.5],
  [{ style: 'percent' }, -0.256],
  [{ style: 'currency', currency: 'EUR' }, -1234],
  [{ style: 'currency', currency: 'USD', currencySign: 'accounting' }, -5],
  [{ style: 'currency', currency: 'CHF' }, 1234.5],
  [{ notation: 'compact', compactDisplay: 'long' }, -1234],
  [{ notation: 'compact' }, 999999],
  [{ notation: 'scientific' }, -0.001234],
  [{ signDisplay: 'always' }, NaN],
  [{ style: 'percent' }, -Infinity],
];
for (const [options, value] of parts) {
  console.log(JSON.stringify(options), value, JSON.stringify(new Intl.NumberFormat('en-US', options).formatToParts(value)));
}

// Exact decimals: BigInts and strings are not rounded through a double first.
const exact = new Intl.NumberFormat('en-US', { maximumFractionDigits: 20 });
console.log(exact.format(12345678901234567890n), exact.format(-5n), exact.format('1.23456789012345678901'));
console.log(exact.format('1e3'), exact.format(' 42 '), exact.format('abc'), exact.format(true), exact.format(null));
console.log(new Intl.NumberFormat().format(1234567.891), Intl.NumberFormat('en-GB').format(0.1 + 0.2));

for (const options of [{}, { style: 'currency', currency: 'usd' }, { notation: 'compact' }, { style: 'percent' },
  { maximumSignificantDigits: 3 }, { roundingPriority: 'lessPrecision' }, { useGrouping: false }, { useGrouping: 'true' }]) {
  console.log(JSON.stringify(new Intl.NumberFormat('en-GB', options).resolvedOptions()));
}

const format = new Intl.NumberFormat('en-US');
console.log(format.format === format.format, format.format.name, format.format.length, ['1', 2, 3n].map(format.format));
console.log(Object.prototype.toString.call(format), Intl.NumberFormat.length, Intl.NumberFormat.name);
console.log(Object.getOwnPropertyNames(Intl.NumberFormat.prototype).filter((name) => !name.startsWith('formatRange')));
console.log(Intl.NumberFormat() instanceof Intl.NumberFormat);
