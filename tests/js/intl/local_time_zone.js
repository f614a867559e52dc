// Date's local time follows process.env.TZ as in Node: offsets, daylight saving
// transitions (skipped and repeated wall-clock times), historical offsets with seconds,
// the zone's name in toString, and Intl's default zone; deleting TZ returns to the
// system's zone (the one the program started in, when no TZ was set). Zones' local mean times
// before standard time are shown without names: ICU names them after the later zone
// (V8's "GMT-0456 (Eastern Standard Time)"), ICU4X by their offset; and where CLDR has
// since changed a zone's metazone (Lord Howe in 1970, Samoa), names differ by version.
const initial = [new Date(0).toString(), Intl.DateTimeFormat().resolvedOptions().timeZone];
const show = (label, date) => console.log(label.padEnd(14), date.toString(), date.getTime(), date.getTimezoneOffset());
const showOffset = (label, date) =>
  console.log(label.padEnd(14), date.getTime(), date.getTimezoneOffset(), date.getHours(), date.getMinutes(), date.getSeconds());

function tour(zone) {
  process.env.TZ = zone;
  console.log(`-- ${zone}: ${Intl.DateTimeFormat().resolvedOptions().timeZone}`);
  show('winter', new Date(2024, 0, 15, 9, 30));
  show('summer', new Date(2024, 6, 1, 12));
  showOffset('epoch', new Date(0));
  show('year 9999', new Date(9999, 11, 31, 23, 59));
  show('parsed local', new Date('2024-07-04T10:00'));
  show('parsed text', new Date('March 3, 2021 18:45:10'));
  const date = new Date(2024, 6, 1, 12);
  console.log('fields', date.getFullYear(), date.getMonth(), date.getDate(), date.getDay(), date.getHours(), date.getMinutes());
  date.setHours(25);
  console.log('setHours(25)', date.toString());
  console.log('toTimeString', date.toTimeString(), '| toDateString', date.toDateString());
  console.log('locale', date.toLocaleString('en-US'), '|', date.toLocaleTimeString('en-GB'), '|', date.toLocaleDateString());
}

for (const zone of ['America/New_York', 'Europe/Paris', 'Australia/Lord_Howe', 'Asia/Tokyo', 'UTC']) tour(zone);

process.env.TZ = 'America/New_York';
console.log('-- transitions in New York');
show('gap 02:30', new Date(2024, 2, 10, 2, 30));
show('fold 01:30', new Date(2024, 10, 3, 1, 30));
show('after fold', new Date(2024, 10, 3, 2, 30));
for (const hours of [5, 6, 7]) show(`UTC ${hours}:30`, new Date(Date.UTC(2024, 10, 3, hours, 30)));
showOffset('1883 LMT', new Date(1883, 10, 18, 11, 0, 0));
show('1883 EST', new Date(1883, 10, 18, 13, 0, 0));
showOffset('1883 UTC', new Date(Date.UTC(1883, 10, 18, 16, 0, 0)));
process.env.TZ = 'Europe/Paris';
showOffset('Paris 1900', new Date(1900, 0, 1));
process.env.TZ = 'Asia/Kathmandu';
showOffset('Kathmandu 1970', new Date(0));
showOffset('Kathmandu 1990', new Date(1990, 0, 1));

process.env.TZ = 'Pacific/Apia';
console.log('-- Samoa skipped 2011-12-30');
showOffset('Dec 29', new Date(2011, 11, 29, 12));
showOffset('Dec 30', new Date(2011, 11, 30, 12));
showOffset('Dec 31', new Date(2011, 11, 31, 12));

delete process.env.TZ;
const restored = [new Date(0).toString(), Intl.DateTimeFormat().resolvedOptions().timeZone];
console.log('-- TZ deleted: the initial zone again', restored.join() === initial.join());
process.env.TZ = 'UTC';
console.log(new Date(NaN).toString(), String(new Date(8.64e15)), new Date(-8.64e15).getTimezoneOffset());
