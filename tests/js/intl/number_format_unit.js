// Intl.NumberFormat's unit style: every sanctioned unit and X-per-Y compounds (CLDR's own, and
// made of a per-unit pattern or the "per" pattern) in the three widths, with parts.
const units = Intl.supportedValuesOf('unit');
const compounds = ['kilometer-per-hour', 'mile-per-hour', 'meter-per-second', 'kilobyte-per-second', 'liter-per-kilometer'];
compounds.push('mile-per-gallon', 'gram-per-liter', 'foot-per-second', 'megabit-per-second', 'celsius-per-minute');
compounds.push('byte-per-byte', 'minute-per-hour', 'inch-per-year', 'kilogram-per-meter', 'day-per-week', 'gallon-per-mile', 'liter-per-second');
for (const locale of ['en-US', 'en-GB']) {
  for (const unitDisplay of ['short', 'long', 'narrow']) {
    for (const unit of [...units, ...compounds]) {
      const format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay });
      console.log(locale, unitDisplay, unit, [1, -2.5, 0, 1234.5678].map((value) => format.format(value)).join(' | '));
    }
  }
}
const parts = (options, value) => console.log(JSON.stringify(new Intl.NumberFormat('en', { style: 'unit', ...options }).formatToParts(value)));
parts({ unit: 'kilometer-per-hour' }, 50);
parts({ unit: 'kilometer-per-hour', unitDisplay: 'long' }, 1234.5);
parts({ unit: 'percent' }, 5);
parts({ unit: 'celsius', unitDisplay: 'narrow' }, -3);
parts({ unit: 'byte', notation: 'compact' }, 1500);
parts({ unit: 'byte', notation: 'compact', unitDisplay: 'long' }, 1000);
parts({ unit: 'liter-per-kilometer', unitDisplay: 'long' }, 1);
parts({ unit: 'hour', minimumFractionDigits: 1, unitDisplay: 'long' }, 1);
parts({ unit: 'day', unitDisplay: 'long', signDisplay: 'always' }, 1);
parts({ unit: 'megabyte', maximumSignificantDigits: 2 }, 12345n);
parts({ unit: 'second', unitDisplay: 'long' }, NaN);
parts({ unit: 'mile', unitDisplay: 'long' }, -Infinity);
console.log(new Intl.NumberFormat('en-AU', { style: 'unit', unit: 'liter', unitDisplay: 'long' }).format(2));
console.log(new Intl.NumberFormat('en-CA', { style: 'unit', unit: 'gallon' }).format(2));
console.log((12).toLocaleString('en-GB', { style: 'unit', unit: 'kilometer', unitDisplay: 'long' }));
console.log(JSON.stringify(new Intl.NumberFormat('en-GB', { style: 'unit', unit: 'hour' }).resolvedOptions()));
console.log(JSON.stringify(new Intl.NumberFormat('en', { style: 'unit', unit: 'foot-per-second', unitDisplay: 'narrow' }).resolvedOptions()));
