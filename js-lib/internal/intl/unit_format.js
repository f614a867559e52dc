'use strict';
// Intl.NumberFormat's unit style: CLDR's unit patterns (English only, unit_data.js) around the
// number as NumberFormat formats it, composed as ICU composes them: the unit's own pattern where
// CLDR has one ("{0} km/h"), else the numerator's inside the denominator's per-unit pattern
// ("{0}/h"), else inside the width's "per" pattern with the denominator's singular name.

const binding = internalBinding('intl');
const { lookup } = require('internal/intl/english_data');
// Loaded on first use, not into the start-up snapshot that every program pays for.
let unitData;

/** The pattern ("{0} kilometers") for `unit` (sanctioned: js-lib checked) and a plural category. */
function unitPattern(locale, width, unit, category) {
  const index = category === 'one' ? 0 : 1;
  const own = lookup(unitData, locale, width, unit);
  if (own !== undefined) return own[index];
  const [numerator, denominator] = unit.split('-per-');
  const pattern = lookup(unitData, locale, width, numerator)[index];
  const [singular, , perUnit] = lookup(unitData, locale, width, denominator);
  if (perUnit) return perUnit.replace('{0}', pattern);
  return lookup(unitData, locale, width, 'per').replace('{0}', pattern).replace('{1}', singular.replace('{0}', '').trim());
}

/** The text of a pattern beside the number: the unit's name, and the space next to the number. */
function affixParts(text, before) {
  const [, first, second] = before ? /^(.*?)(\s*)$/su.exec(text) : /^(\s*)(.*)$/su.exec(text);
  const parts = before
    ? [
        ['unit', first],
        ['literal', second],
      ]
    : [
        ['literal', first],
        ['unit', second],
      ];
  return parts.filter(([, value]) => value !== '').map(([type, value]) => ({ type, value }));
}

/** `numberParts` (the number formatted as the decimal style formats it) as a measure of the unit. */
function formatUnitToParts(internal, value, numberParts) {
  unitData ??= require('internal/intl/unit_data');
  const category = binding.pluralSelect(internal.dataLocale, 'cardinal', value, internal);
  const [before, after] = unitPattern(internal.dataLocale, internal.unitDisplay, internal.unit, category).split('{0}');
  return [...affixParts(before, true), ...numberParts, ...affixParts(after, false)];
}

module.exports = { formatUnitToParts };
