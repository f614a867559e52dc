'use strict';
// Prints the time zones Intl.supportedValuesOf('timeZone') lists, for
// js-lib/internal/intl/supported_values.js: V8 lists ICU's canonical location zones, which are
// CLDR's (the first alias of each zone in cldr-bcp47's timezone.json; not Etc/*, not the
// zones without an area such as EST5EDT), sorted, wrapped at 100 columns.
const zones = require('cldr-bcp47/bcp47/timezone.json').keyword.u.tz;
const canonical = Object.entries(zones)
  .filter(([id, zone]) => !id.startsWith('_') && zone._alias && !zone._deprecated)
  .map(([, zone]) => zone._alias.split(' ')[0])
  .filter((name) => name.includes('/') && !name.startsWith('Etc/'))
  .sort();
let line = '';
for (const name of canonical) {
  if (line && line.length + 1 + name.length > 100) {
    console.log(line);
    line = '';
  }
  line = line ? `${line} ${name}` : name;
}
console.log(line);
