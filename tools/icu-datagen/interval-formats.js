'use strict';
// Prints js-lib/internal/intl/interval_format_data.js: the English date interval patterns of
// Intl.DateTimeFormat's formatRange (ICU4X's range formatter differs from ICU's, which node
// uses): CLDR's Gregorian intervalFormats (skeleton → the letter of the greatest field that
// differs → pattern), their fallback, and the pattern that joins a date to a time range, for
// `en` and each English locale whose data differs from its parent's, with that parent.
const path = require('node:path');
const { englishData, mainOf } = require('./english.js');

function intervalsOf(locale) {
  const file = path.join(mainOf('cldr-dates-full'), locale, 'ca-gregorian.json');
  const { intervalFormats, medium } = require(file).main[locale].dates.calendars.gregorian.dateTimeFormats;
  const { intervalFormatFallback, ...skeletons } = intervalFormats;
  // ICU's DateIntervalFormat joins a date to a time range with the medium date-time pattern.
  return { intervals: { ...skeletons, '{fallback}': intervalFormatFallback, '{dateTime}': medium } };
}

const data = englishData(mainOf('cldr-dates-full'), intervalsOf, ['intervals']);
console.log(`'use strict';
// CLDR ${require('cldr-dates-full/package.json').version}'s Gregorian date interval formats for English: printed by tools/icu-datagen/interval-formats.js, not edited.
// Each locale has its parent and what differs from it: skeletons, '{fallback}' (intervalFormatFallback)
// and '{dateTime}' (the medium dateTimeFormat).

module.exports = ${JSON.stringify(data)};`);
