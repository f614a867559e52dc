'use strict';
// ECMA-402's sanctioned units (IsSanctionedSingleUnitIdentifier) and their `-per-` compounds.

const sanctionedUnits = new Set([
  'acre',
  'bit',
  'byte',
  'celsius',
  'centimeter',
  'day',
  'degree',
  'fahrenheit',
  'fluid-ounce',
  'foot',
  'gallon',
  'gigabit',
  'gigabyte',
  'gram',
  'hectare',
  'hour',
  'inch',
  'kilobit',
  'kilobyte',
  'kilogram',
  'kilometer',
  'liter',
  'megabit',
  'megabyte',
  'meter',
  'microsecond',
  'mile',
  'mile-scandinavian',
  'milliliter',
  'millimeter',
  'millisecond',
  'minute',
  'month',
  'nanosecond',
  'ounce',
  'percent',
  'petabyte',
  'pound',
  'second',
  'stone',
  'terabit',
  'terabyte',
  'week',
  'yard',
  'year',
]);

/** ECMA-402 IsWellFormedUnitIdentifier. */
function isSanctionedUnit(unit) {
  if (sanctionedUnits.has(unit)) return true;
  const [numerator, denominator, ...rest] = unit.split('-per-');
  return rest.length === 0 && sanctionedUnits.has(numerator) && sanctionedUnits.has(denominator);
}

module.exports = { isSanctionedUnit, sanctionedUnits };
