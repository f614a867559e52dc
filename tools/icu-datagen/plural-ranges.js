'use strict';
// Prints js-lib/internal/intl/plural_range_data.js: CLDR's plural ranges (the category of a
// range from the categories of its ends) for Intl.PluralRules' selectRange, which ICU4X has no
// data for. Languages sharing a table share it: `languages` maps each to its index in `tables`.
const ranges = require('cldr-core/supplemental/pluralRanges.json').supplemental.plurals;

const tables = [];
const languages = {};
for (const [language, entries] of Object.entries(ranges)) {
  const table = {};
  for (const [key, result] of Object.entries(entries)) {
    const [, start, end] = /^pluralRange-start-(\w+)-end-(\w+)$/.exec(key);
    table[`${start} ${end}`] = result;
  }
  const text = JSON.stringify(table);
  let index = tables.findIndex((other) => JSON.stringify(other) === text);
  if (index < 0) index = tables.push(table) - 1;
  languages[language] = index;
}
console.log(`'use strict';
// CLDR ${require('cldr-core/package.json').version}'s plural ranges ('start end' → category): printed by tools/icu-datagen/plural-ranges.js, not edited.

module.exports = ${JSON.stringify({ tables, languages })};`);
