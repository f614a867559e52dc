// Intl.DateTimeFormat in en-US and en-GB: styles, component options, hour cycles, time zones,
// formatToParts and resolvedOptions.
const dates = [
  new Date(Date.UTC(2024, 0, 5, 15, 4, 5, 123)),
  new Date(Date.UTC(1999, 11, 31, 0, 0, 59, 9)),
  new Date(Date.UTC(2024, 6, 14, 9, 30, 0, 0)),
];
const optionSets = [
  {},
  { dateStyle: 'full' },
  { dateStyle: 'long' },
  { dateStyle: 'medium' },
  { dateStyle: 'short' },
  { timeStyle: 'full' },
  { timeStyle: 'long' },
  { timeStyle: 'medium' },
  { timeStyle: 'short' },
  { dateStyle: 'full', timeStyle: 'short' },
  { dateStyle: 'medium', timeStyle: 'medium' },
  { dateStyle: 'short', timeStyle: 'long' },
  { year: 'numeric', month: 'long', day: 'numeric' },
  { year: 'numeric', month: 'short', day: 'numeric', weekday: 'short' },
  { year: 'numeric', month: 'long', day: 'numeric', weekday: 'long' },
  { year: '2-digit', month: '2-digit', day: '2-digit' },
  { year: 'numeric', month: '2-digit', day: '2-digit' },
  { month: 'long', year: 'numeric' },
  { month: 'short', day: 'numeric' },
  { month: 'long' },
  { weekday: 'long' },
  { year: 'numeric' },
  { hour: '2-digit', minute: '2-digit', second: '2-digit' },
  { hour: 'numeric', minute: 'numeric', hour12: false },
  { hour: 'numeric', minute: 'numeric', hour12: true },
  { hour: 'numeric', minute: 'numeric', hourCycle: 'h23' },
  { hour: 'numeric' },
  { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' },
  { timeZone: 'America/New_York' },
  { timeZone: 'Asia/Kolkata', dateStyle: 'medium', timeStyle: 'medium' },
  { timeZone: 'Australia/Sydney', year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: 'numeric' },
  { timeZone: 'utc', hour: 'numeric', minute: 'numeric', timeZoneName: 'short' },
  { timeZone: 'Asia/Kolkata', hour: 'numeric', minute: 'numeric', timeZoneName: 'shortOffset' },
  { timeZone: 'Asia/Kolkata', hour: 'numeric', minute: 'numeric', timeZoneName: 'longOffset' },
];
for (const locale of ['en-US', 'en-GB']) {
  for (const options of optionSets) {
    const format = new Intl.DateTimeFormat(locale, options);
    console.log(locale, JSON.stringify(options), dates.map((date) => format.format(date)).join(' | '));
  }
}

const date = dates[0];
console.log(JSON.stringify(new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeStyle: 'short' }).formatToParts(date)));
console.log(JSON.stringify(new Intl.DateTimeFormat('en-GB').formatToParts(date)));
console.log(JSON.stringify(new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: 'numeric', second: 'numeric', fractionalSecondDigits: 3 }).formatToParts(date)));

for (const [locale, options] of [
  ['en-US', {}],
  ['en-GB', { dateStyle: 'full', timeStyle: 'long' }],
  ['en-US', { hour: 'numeric', minute: '2-digit' }],
  ['en-GB', { hour: 'numeric', hour12: true }],
  ['en-US', { timeZone: 'america/los_angeles', weekday: 'short' }],
  ['en-US-u-hc-h23', { hour: 'numeric' }],
]) {
  console.log(JSON.stringify(new Intl.DateTimeFormat(locale, options).resolvedOptions()));
}

console.log(date.toLocaleString('en-US'), '|', date.toLocaleDateString('en-GB'), '|', date.toLocaleTimeString('en-US'));
console.log(date.toLocaleString('en-GB', { timeZone: 'Europe/London' }), '|', date.toLocaleDateString('en-US', { month: 'long' }));
console.log(date.toLocaleTimeString('en-US', { hour: '2-digit', minute: '2-digit' }));
console.log(new Date(NaN).toLocaleString(), new Date(NaN).toLocaleDateString());

const format = new Intl.DateTimeFormat('en-US');
console.log(format.format === format.format, format.format.length, [0, 86400000].map(format.format));
console.log(Object.prototype.toString.call(format), Intl.DateTimeFormat.length, Intl.DateTimeFormat() instanceof Intl.DateTimeFormat);
console.log(Object.getOwnPropertyNames(Intl.DateTimeFormat.prototype).filter((name) => !name.startsWith('formatRange')));
for (const attempt of [
  () => new Intl.DateTimeFormat('en', { dateStyle: 'long', month: 'long' }),
  () => new Intl.DateTimeFormat('en', { timeZone: 'Mars/Base' }),
  () => new Intl.DateTimeFormat('en', { weekday: 'bogus' }),
  () => new Intl.DateTimeFormat('en', { fractionalSecondDigits: 4 }),
  () => new Intl.DateTimeFormat().format(NaN),
  () => new Intl.DateTimeFormat().format(8.64e15 + 1),
  () => date.toLocaleDateString('en', { timeStyle: 'short' }),
  () => Intl.DateTimeFormat.prototype.formatToParts.call({}, 0),
]) {
  try {
    attempt();
    console.log('no error');
  } catch (error) {
    console.log(`${error.name}: ${error.message}`);
  }
}
