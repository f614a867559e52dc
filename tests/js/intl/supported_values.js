// Intl.supportedValuesOf: the time zones (each one DateTimeFormat takes), currencies and units
// V8 lists; a key it does not know is a RangeError.
for (const key of ['timeZone', 'currency', 'unit']) {
  const values = Intl.supportedValuesOf(key);
  console.log(key, values.length, values.join(' '));
}
const zones = Intl.supportedValuesOf('timeZone');
console.log(zones.every((timeZone) => new Intl.DateTimeFormat('en', { timeZone }).resolvedOptions().timeZone === timeZone));
console.log(Intl.supportedValuesOf('calendar').includes('gregory'), Intl.supportedValuesOf('numberingSystem').includes('latn'));
console.log(Intl.supportedValuesOf !== Intl.supportedValuesOf('unit'), Intl.supportedValuesOf('unit') !== Intl.supportedValuesOf('unit'));
console.log(Intl.supportedValuesOf.length, Intl.supportedValuesOf.name, Object.getOwnPropertyNames(Intl).slice(0, 2));
for (const key of ['x', undefined, 'timezone', 'calendars', { toString: () => 'currency' }]) {
  try {
    console.log(Intl.supportedValuesOf(key).length);
  } catch (error) {
    console.log(`${error.name}: ${error.message}`);
  }
}
