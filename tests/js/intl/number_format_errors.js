// Intl.NumberFormat's option errors: the class and V8's message for each.
const attempts = [
  () => new Intl.NumberFormat('en', { style: 'bogus' }),
  () => new Intl.NumberFormat('en', { style: 'currency' }),
  () => new Intl.NumberFormat('en', { style: 'currency', currency: 'xx' }),
  () => new Intl.NumberFormat('en', { style: 'unit' }),
  () => new Intl.NumberFormat('en', { style: 'unit', unit: 'furlong' }),
  () => new Intl.NumberFormat('en', { maximumFractionDigits: 101 }),
  () => new Intl.NumberFormat('en', { minimumFractionDigits: 3, maximumFractionDigits: 1 }),
  () => new Intl.NumberFormat('en', { minimumSignificantDigits: 0 }),
  () => new Intl.NumberFormat('en', { maximumSignificantDigits: 22 }),
  () => new Intl.NumberFormat('en', { minimumIntegerDigits: 22 }),
  () => new Intl.NumberFormat('en', { roundingIncrement: 3 }),
  () => new Intl.NumberFormat('en', { roundingIncrement: 5, maximumFractionDigits: 2 }),
  () => new Intl.NumberFormat('en', { roundingMode: 'up' }),
  () => new Intl.NumberFormat('en', { useGrouping: 'bogus' }),
  () => new Intl.NumberFormat('en', { notation: 'bogus' }),
  () => new Intl.NumberFormat('en', null),
  () => new Intl.NumberFormat('en_US'),
  () => new Intl.NumberFormat(''),
  () => new Intl.NumberFormat([5]),
  () => Intl.NumberFormat.prototype.formatToParts.call({}, 1),
  () => new Intl.NumberFormat().format(Symbol('x')),
];
for (const attempt of attempts) {
  try {
    attempt();
    console.log('no error');
  } catch (error) {
    console.log(`${error.name}: ${error.message}`);
  }
}
for (const options of [{ maximumFractionDigits: 21 }, { minimumFractionDigits: 21 }, { maximumFractionDigits: 20 }]) {
  try {
    console.log(new Intl.NumberFormat('en', options).resolvedOptions().maximumFractionDigits);
  } catch (error) {
    console.log(`${error.name}: ${error.message}`);
  }
}
