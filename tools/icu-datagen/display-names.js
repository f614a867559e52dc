'use strict';
// Prints js-lib/internal/intl/display_name_data.js: the names of Intl.DisplayNames' calendar
// and dateTimeField types, which ICU4X has no data for: CLDR's calendar names (under their
// BCP 47 ids and CLDR's own keys, as V8 takes both) and date fields in three widths, for
// `en` and each English locale whose names differ from its parent's, with that parent.
const path = require('node:path');
const { englishData, mainOf, widths } = require('./english.js');

const calendarIds = require('cldr-bcp47/bcp47/calendar.json').keyword.u.ca;
// ECMA-402's date-time fields and CLDR's keys for them.
const fields = {
  era: 'era',
  year: 'year',
  quarter: 'quarter',
  month: 'month',
  weekOfYear: 'week',
  weekday: 'weekday',
  day: 'day',
  dayPeriod: 'dayperiod',
  hour: 'hour',
  minute: 'minute',
  second: 'second',
  timeZoneName: 'zone',
};

function namesOf(locale) {
  const calendars = require(path.join(mainOf('cldr-localenames-full'), locale, 'localeDisplayNames.json')).main[locale]
    .localeDisplayNames.types.calendar;
  const dateFields = require(path.join(mainOf('cldr-dates-full'), locale, 'dateFields.json')).main[locale].dates.fields;
  const names = {};
  for (const width of widths) {
    names[width] = {};
    for (const [field, key] of Object.entries(fields)) {
      names[width][`dateTimeField:${field}`] = dateFields[width === 'long' ? key : `${key}-${width}`].displayName;
    }
  }
  // Calendar names have one width.
  for (const [id, calendar] of Object.entries(calendarIds)) {
    if (id.startsWith('_') || calendar._deprecated) continue;
    const name = calendars[id] ?? calendars[calendar._alias];
    if (name === undefined) continue;
    names.long[`calendar:${id}`] = name;
    if (calendar._alias !== undefined) names.long[`calendar:${calendar._alias}`] = name;
  }
  return names;
}

const data = englishData(mainOf('cldr-dates-full'), namesOf);
console.log(`'use strict';
// CLDR ${require('cldr-dates-full/package.json').version}'s calendar and date field names for English: printed by tools/icu-datagen/display-names.js, not edited.
// Each locale has its parent and, per width, what differs from it ('calendar:...' names in long only).

module.exports = ${JSON.stringify(data)};`);
