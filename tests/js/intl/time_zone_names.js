// Intl.DateTimeFormat's timeZoneName in every style, for zones with and without
// metazones, daylight saving, half-hour offsets and UTC, in winter and summer. (Not
// London: node's older CLDR names its generic time "United Kingdom Time", today's "UK Time".)
const zones = [
  'UTC',
  'America/New_York',
  'America/Los_Angeles',
  'America/Phoenix',
  'America/Sao_Paulo',
  'America/St_Johns',
  'Europe/Dublin',
  'Europe/Paris',
  'Europe/Moscow',
  'Africa/Casablanca',
  'Africa/Johannesburg',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Asia/Tokyo',
  'Asia/Shanghai',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Pacific/Auckland',
  'Pacific/Chatham',
  'Pacific/Honolulu',
  'Etc/GMT+5',
];
const styles = ['long', 'short', 'longOffset', 'shortOffset', 'longGeneric', 'shortGeneric'];
const dates = [new Date(Date.UTC(2024, 0, 15, 12)), new Date(Date.UTC(2024, 6, 15, 12))];
for (const timeZone of zones) {
  for (const date of dates) {
    const names = styles.map((timeZoneName) => {
      const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName }).formatToParts(date);
      return parts.find((part) => part.type === 'timeZoneName').value;
    });
    console.log(timeZone, date.toISOString().slice(0, 10), names.join(' | '));
  }
}
for (const locale of ['en-GB', 'en-US']) {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'full', timeZone: 'Europe/Berlin' });
  console.log(locale, format.format(dates[1]));
  const long = new Intl.DateTimeFormat(locale, { timeStyle: 'long', timeZone: 'America/Chicago' });
  console.log(locale, long.format(dates[0]));
}
