'use strict';
// Prints js-lib/internal/intl/unit_data.js: CLDR's unit patterns for the units ECMA-402
// sanctions (and CLDR's own X-per-Y units among them, such as kilometer-per-hour), for `en`
// and each English locale whose patterns differ from its parent's, with that parent.
const path = require('node:path');
const { sanctionedUnits } = require('../../js-lib/internal/intl/units.js');
const { englishData, mainOf, widths } = require('./english.js');

const main = mainOf('cldr-units-full');

/** The unit's name without CLDR's category ("length-kilometer" is "kilometer"), if sanctioned. */
function sanctionedName(key) {
  const name = key.slice(key.indexOf('-') + 1);
  if (sanctionedUnits.has(name)) return name;
  const [numerator, denominator, ...rest] = name.split('-per-');
  return rest.length === 0 && sanctionedUnits.has(numerator) && sanctionedUnits.has(denominator) ? name : undefined;
}

function patternsOf(locale) {
  const units = require(path.join(main, locale, 'units.json')).main[locale].units;
  const patterns = {};
  for (const width of widths) {
    patterns[width] = { per: units[width].per.compoundUnitPattern };
    for (const [key, unit] of Object.entries(units[width])) {
      const name = sanctionedName(key);
      if (name === undefined) continue;
      patterns[width][name] = [unit['unitPattern-count-one'], unit['unitPattern-count-other'], unit.perUnitPattern ?? ''];
    }
  }
  return patterns;
}

const data = englishData(main, patternsOf);
console.log(`'use strict';
// CLDR ${require('cldr-units-full/package.json').version}'s unit patterns for English: printed by tools/icu-datagen/units.js, not edited.
// Each locale has its parent and, per width, what differs from it: for each unit the patterns
// for one and other and the per-unit pattern ('' when CLDR has none), and the "per" pattern.

module.exports = ${JSON.stringify(data)};`);
