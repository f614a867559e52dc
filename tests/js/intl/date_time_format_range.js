'use strict';
// Intl.DateTimeFormat's formatRange and formatRangeToParts (ICU's DateIntervalFormat in node):
// each greatest field that differs, from the same instant to another era, for the date and
// time styles and many component sets, in en, en-US and en-GB and a few time zones.

const start = Date.UTC(2024, 0, 10, 10, 0, 0);
// The ends, named by the greatest field in which they differ from the start (in UTC).
const ends = {
  same: start,
  millisecond: start + 1,
  second: start + 5000,
  minute: start + 30 * 60000,
  hour: Date.UTC(2024, 0, 10, 11, 30),
  amPm: Date.UTC(2024, 0, 10, 16, 45),
  day: Date.UTC(2024, 0, 12, 11, 30),
  month: Date.UTC(2024, 2, 12, 15, 30),
  year: Date.UTC(2025, 2, 12, 15, 30),
  earlier: Date.UTC(2023, 11, 31, 23, 59),
};

function ranges(locale, options) {
  const format = new Intl.DateTimeFormat(locale, options);
  return Object.values(ends).map((end) => format.formatRange(start, end));
}

const styles = [undefined, 'full', 'long', 'medium', 'short'];
for (const locale of ['en', 'en-GB']) {
  for (const dateStyle of styles) {
    for (const timeStyle of styles) {
      if (dateStyle === undefined && timeStyle === undefined) continue;
      for (const timeZone of ['UTC', 'America/New_York']) {
        const options = { dateStyle, timeStyle, timeZone };
        console.log(locale, JSON.stringify(options), JSON.stringify(ranges(locale, options)));
      }
    }
  }
}

const componentSets = [
  {},
  { year: 'numeric' },
  { year: '2-digit' },
  { month: 'numeric' },
  { month: 'short' },
  { month: 'long' },
  { day: 'numeric' },
  { weekday: 'long' },
  { year: 'numeric', month: 'numeric' },
  { year: 'numeric', month: 'short' },
  { year: 'numeric', month: 'long' },
  { month: 'numeric', day: 'numeric' },
  { month: 'short', day: 'numeric' },
  { month: 'long', day: 'numeric' },
  { year: 'numeric', month: 'numeric', day: 'numeric' },
  { year: 'numeric', month: '2-digit', day: '2-digit' },
  { year: '2-digit', month: '2-digit', day: '2-digit' },
  { year: 'numeric', month: 'short', day: 'numeric' },
  { year: 'numeric', month: 'long', day: 'numeric' },
  { weekday: 'short', month: 'short', day: 'numeric' },
  { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' },
  { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' },
  { era: 'short', year: 'numeric' },
  { era: 'short', year: 'numeric', month: 'short', day: 'numeric' },
  { hour: 'numeric' },
  { hour: '2-digit' },
  { hour: 'numeric', minute: 'numeric' },
  { hour: '2-digit', minute: '2-digit' },
  { hour: 'numeric', minute: 'numeric', second: 'numeric' },
  { hour: 'numeric', timeZoneName: 'short', hour12: true },
  { hour: 'numeric', minute: 'numeric', timeZoneName: 'short' },
  { hour: 'numeric', minute: 'numeric', timeZoneName: 'long' },
  { hour: 'numeric', minute: 'numeric', timeZoneName: 'shortOffset' },
  { hour: 'numeric', minute: 'numeric', timeZoneName: 'longOffset' },
  { hour: 'numeric', minute: 'numeric', timeZoneName: 'shortGeneric' },
  { hour: 'numeric', minute: 'numeric', second: 'numeric', timeZoneName: 'short' },
  { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric' },
  { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: 'numeric' },
  { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' },
  { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' },
  { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: 'numeric', timeZoneName: 'short' },
  { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: 'numeric' },
  { month: 'short', day: 'numeric', hour: 'numeric', minute: 'numeric' },
  { day: 'numeric', hour: 'numeric' },
  { hour: 'numeric', minute: 'numeric', second: 'numeric', fractionalSecondDigits: 3 },
  { weekday: 'short', month: 'numeric', day: 'numeric' },
  { weekday: 'long', year: 'numeric', month: 'numeric', day: 'numeric' },
  { weekday: 'short', month: 'numeric' },
  { minute: '2-digit' },
  { minute: 'numeric', second: 'numeric' },
  { hour: 'numeric', timeZoneName: 'short' },
  { hour: 'numeric', dayPeriod: 'short' },
  { hour: 'numeric', minute: 'numeric', dayPeriod: 'narrow' },
  { era: 'long', year: 'numeric' },
  { era: 'long', year: 'numeric', month: 'long', day: 'numeric' },
  { weekday: 'short', hour: 'numeric', minute: 'numeric' },
];
const clocks = [{}, { hour12: true }, { hour12: false }, { hourCycle: 'h11' }, { hourCycle: 'h23' }, { hourCycle: 'h24' }];
for (const locale of ['en', 'en-US', 'en-GB']) {
  for (const components of componentSets) {
    const ownClock = components.hour === undefined || components.hour12 !== undefined;
    for (const clock of ownClock ? [{}] : clocks) {
      for (const timeZone of ['UTC', 'Asia/Kolkata']) {
        const options = { ...components, ...clock, timeZone };
        console.log(locale, JSON.stringify(options), JSON.stringify(ranges(locale, options)));
      }
    }
  }
}

// Across New York's change to daylight-saving time (the zone's name changes with it).
const springForward = Date.UTC(2024, 2, 10, 6, 30);
for (const options of [{ hour: 'numeric', minute: 'numeric', timeZoneName: 'short' }, { timeStyle: 'long' }, { dateStyle: 'short', timeStyle: 'full' }]) {
  const format = new Intl.DateTimeFormat('en', { ...options, timeZone: 'America/New_York' });
  console.log(JSON.stringify(options), format.formatRange(springForward, springForward + 3600000), format.formatRange(springForward, springForward + 86400000));
}

// formatRangeToParts: type, value and source (S start, E end, - shared) of each part.
const sources = { startRange: 'S', endRange: 'E', shared: '-' };
const partSets = [
  { dateStyle: 'medium' },
  { dateStyle: 'full', timeStyle: 'full' },
  { dateStyle: 'medium', timeStyle: 'short' },
  { timeStyle: 'short' },
  { year: 'numeric', month: 'short', day: 'numeric' },
  { hour: 'numeric', minute: 'numeric', timeZoneName: 'short' },
  { month: 'long' },
  { hour: 'numeric', minute: 'numeric', second: 'numeric', fractionalSecondDigits: 2 },
];
for (const locale of ['en', 'en-GB']) {
  for (const options of partSets) {
    const format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    for (const [name, end] of Object.entries(ends)) {
      const parts = format.formatRangeToParts(start, end);
      console.log(locale, JSON.stringify(options), name, parts.map((part) => `${part.type}:${JSON.stringify(part.value)}:${sources[part.source]}`).join(' '));
    }
  }
}
console.log(JSON.stringify(new Intl.DateTimeFormat('en', { timeZone: 'UTC' }).formatRangeToParts(new Date(start), new Date(ends.day))));

// Dates as Date objects, numbers and other values converted to numbers; eras.
const format = new Intl.DateTimeFormat('en', { timeZone: 'UTC' });
console.log(format.formatRange(new Date(start), new Date(ends.year)), format.formatRange(0, null), format.formatRange(true, '86400000'));
const bc = Date.UTC(-50, 5, 1);
for (const options of [{ era: 'short', year: 'numeric' }, { year: 'numeric', month: 'short', day: 'numeric' }, {}]) {
  const eraFormat = new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' });
  console.log(JSON.stringify(options), eraFormat.formatRange(bc, start), eraFormat.formatRange(bc, bc + 86400000));
}

// The errors: a missing date, one not a time value, a receiver not a DateTimeFormat.
const attempts = [
  () => format.formatRange(start),
  () => format.formatRange(undefined, start),
  () => format.formatRange(Number.NaN, undefined),
  () => format.formatRange(start, Number.NaN),
  () => format.formatRange('2024-01-10', start),
  () => format.formatRange(start, 8.64e15 + 1),
  () => format.formatRangeToParts(Number.NaN, start),
  () => format.formatRangeToParts(start),
  () => Intl.DateTimeFormat.prototype.formatRange.call({}, start, start),
  () => Intl.DateTimeFormat.prototype.formatRangeToParts.call(new Intl.NumberFormat(), start, start),
];
for (const attempt of attempts) {
  try {
    console.log('no error', attempt());
  } catch (error) {
    console.log(`${error.name}: ${error.message}`);
  }
}
// ToNumber of each date before either is checked; a BigInt or Symbol throws.
const calls = [];
const date = (name, value) => ({
  valueOf() {
    calls.push(name);
    return value;
  },
});
try {
  format.formatRange(date('start', Number.NaN), date('end', 0));
} catch (error) {
  console.log(error.name, calls.join(','));
}
for (const value of [1n, Symbol('date')]) {
  try {
    format.formatRange(value, start);
  } catch (error) {
    console.log(error.name);
  }
}
for (const name of ['formatRange', 'formatRangeToParts']) {
  const method = Intl.DateTimeFormat.prototype[name];
  const descriptor = Object.getOwnPropertyDescriptor(Intl.DateTimeFormat.prototype, name);
  console.log(name, method.name, method.length, descriptor.writable, descriptor.enumerable, descriptor.configurable);
}
