'use strict';
// Prints js-lib/internal/intl/date_format_data.js: what Intl.DateTimeFormat's component options
// need in English to pick and fill a pattern as ICU's DateTimePatternGenerator does (ICU4X's
// field sets cannot express many of the combinations node formats): CLDR's Gregorian
// availableFormats, appendItems, date-time glue, field names, and the names of months,
// weekdays (format and stand-alone), eras and day periods, for `en` and each English locale whose data differs
// from its parent's; and `en`'s day period rules (every English locale uses them).
const path = require('node:path');
const { englishData, mainOf } = require('./english.js');

const fieldKeys = ['era', 'year', 'month', 'weekday', 'day', 'dayperiod', 'hour', 'minute', 'second', 'zone'];

function dataOf(locale) {
  const gregorian = require(path.join(mainOf('cldr-dates-full'), locale, 'ca-gregorian.json')).main[locale].dates.calendars.gregorian;
  const fields = require(path.join(mainOf('cldr-dates-full'), locale, 'dateFields.json')).main[locale].dates.fields;
  const { availableFormats, appendItems } = gregorian.dateTimeFormats;
  // The -alt- variants and the week patterns (-count-) are no component option's.
  const formats = Object.fromEntries(Object.entries(availableFormats).filter(([skeleton]) => !skeleton.includes('-')));
  // ICU's English data (node's) has root's pattern of an hour and a zone on a 24-hour clock,
  // "HH'h' v", where CLDR's JSON has "HH v".
  if (formats.Hv === 'HH v') formats.Hv = "HH'h' v";
  return {
    formats,
    appendItems,
    // ICU's generator also tries the date and time styles' patterns.
    styles: Object.fromEntries(
      ['full', 'long', 'medium', 'short'].flatMap((length) => [
        [`date-${length}`, gregorian.dateFormats[length]],
        [`time-${length}`, gregorian.timeFormats[length]],
      ]),
    ),
    // ICU 72+ joins a long or full date to a time with the "at" patterns.
    dateTime: gregorian['dateTimeFormats-atTime'].standard,
    fieldNames: Object.fromEntries(fieldKeys.map((key) => [key, fields[key].displayName])),
    names: {
      months: gregorian.months.format,
      standAloneMonths: gregorian.months['stand-alone'],
      days: gregorian.days.format,
      standAloneDays: gregorian.days['stand-alone'],
      eras: gregorian.eras,
      dayPeriods: gregorian.dayPeriods.format,
    },
  };
}

const data = englishData(mainOf('cldr-dates-full'), dataOf, ['formats', 'styles', 'appendItems', 'dateTime', 'fieldNames', 'names']);
const rules = require('cldr-core/supplemental/dayPeriods.json').supplemental.dayPeriodRuleSet.en;
console.log(`'use strict';
// CLDR ${require('cldr-dates-full/package.json').version}'s Gregorian date formats for English: printed by tools/icu-datagen/date-formats.js, not edited.
// Each locale has its parent and what differs from it: formats (availableFormats), styles (the
// date and time styles' patterns), appendItems,
// dateTime (the date-time glue per length), fieldNames and names (months, days, eras, dayPeriods).

module.exports = ${JSON.stringify({ locales: data, dayPeriodRules: rules })};`);
