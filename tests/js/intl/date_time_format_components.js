// Intl.DateTimeFormat's component options in English: the pattern ICU's generator picks for
// each combination (CLDR's nearest availableFormats, widths adjusted, missing fields appended,
// date and time joined), in en-US, en-GB and other English locales, with formatToParts; and
// the styles of English sublocales on every hour cycle.
const dates = [
  new Date(Date.UTC(2024, 0, 10, 9, 5, 6, 789)),
  new Date(Date.UTC(2024, 6, 4, 12, 0, 0)),
  new Date(Date.UTC(2024, 11, 31, 23, 59, 59, 9)),
  new Date(Date.UTC(-50, 2, 3, 0, 30, 0)),
];
const widths = {
  weekday: ['narrow', 'short', 'long'],
  era: ['short', 'long'],
  year: ['numeric', '2-digit'],
  month: ['numeric', '2-digit', 'short', 'long', 'narrow'],
  day: ['numeric', '2-digit'],
  dayPeriod: ['narrow', 'short', 'long'],
  hour: ['numeric', '2-digit'],
  minute: ['numeric', '2-digit'],
  second: ['numeric', '2-digit'],
  fractionalSecondDigits: [1, 3],
  timeZoneName: ['short', 'long', 'shortOffset', 'longGeneric'],
};
const combinations = [
  ['weekday', 'month', 'day'],
  ['weekday', 'month'],
  ['weekday', 'day'],
  ['month', 'day'],
  ['year', 'month'],
  ['weekday', 'year', 'month', 'day'],
  ['era', 'year'],
  ['era', 'year', 'month', 'day'],
  ['era'],
  ['minute'],
  ['second'],
  ['minute', 'second'],
  ['minute', 'fractionalSecondDigits'],
  ['second', 'fractionalSecondDigits'],
  ['dayPeriod'],
  ['dayPeriod', 'hour'],
  ['dayPeriod', 'hour', 'minute'],
  ['hour', 'timeZoneName'],
  ['hour', 'minute', 'timeZoneName'],
  ['month', 'hour'],
  ['weekday', 'hour', 'minute'],
  ['month', 'day', 'hour', 'minute'],
  ['year', 'hour'],
  ['year', 'month', 'day', 'timeZoneName'],
];
/** Every choice of a width for each of `names`. */
function* optionSets(names, index = 0, options = {}) {
  if (index === names.length) {
    yield { ...options };
    return;
  }
  for (const width of widths[names[index]]) yield* optionSets(names, index + 1, { ...options, [names[index]]: width });
}
const format = (locale, options) => {
  try {
    const formatter = new Intl.DateTimeFormat(locale, options);
    return dates.map((date) => formatter.format(date)).join(' | ');
  } catch (error) {
    return `${error.name}: ${error.message}`;
  }
};
for (const locale of ['en-US', 'en-GB']) {
  for (const names of combinations) {
    for (const options of optionSets(names)) {
      const cycles = options.hour === undefined ? [undefined] : [undefined, 'h11', 'h12', 'h23', 'h24'];
      for (const hourCycle of cycles) {
        const all = { ...options, hourCycle, timeZone: 'UTC' };
        console.log(locale, JSON.stringify(all), format(locale, all));
      }
    }
  }
}

// Other English locales and time zones.
const samples = [
  { weekday: 'short', month: 'numeric', day: 'numeric' },
  { weekday: 'narrow', month: 'narrow', day: 'numeric' },
  { weekday: 'narrow' },
  { month: 'long' },
  { minute: '2-digit' },
  { hour: 'numeric', minute: 'numeric', dayPeriod: 'short' },
  { hour: 'numeric', timeZoneName: 'short' },
  { era: 'long', year: 'numeric', month: 'long', day: 'numeric', weekday: 'long' },
  { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' },
  { month: 'numeric', day: 'numeric', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false },
];
for (const locale of ['en', 'en-IN', 'en-IE', 'en-AU', 'en-CA', 'en-001']) {
  for (const options of samples) {
    for (const timeZone of ['UTC', 'Asia/Kolkata']) {
      const all = { ...options, timeZone };
      console.log(locale, JSON.stringify(all), format(locale, all));
    }
  }
}

// The styles in English sublocales and on every hour cycle.
const styles = [undefined, 'full', 'long', 'medium', 'short'];
for (const locale of ['en-US', 'en-GB', 'en-IN', 'en-IE', 'en-AU', 'en-CA']) {
  for (const dateStyle of styles) {
    for (const timeStyle of styles) {
      if (dateStyle === undefined && timeStyle === undefined) continue;
      const cycles = timeStyle === undefined ? [undefined] : [undefined, 'h11', 'h12', 'h23', 'h24'];
      for (const hourCycle of cycles) {
        const options = { dateStyle, timeStyle, hourCycle, timeZone: 'Asia/Kolkata' };
        console.log(locale, JSON.stringify(options), format(locale, options));
      }
    }
  }
}

// formatToParts and resolvedOptions of some.
for (const locale of ['en-US', 'en-GB']) {
  for (const options of samples) {
    const formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'America/New_York' });
    console.log(locale, JSON.stringify(options), JSON.stringify(formatter.formatToParts(dates[0])));
    console.log(' ', JSON.stringify(formatter.resolvedOptions()));
  }
}
