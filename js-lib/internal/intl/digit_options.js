'use strict';
// ECMA-402 SetNumberFormatDigitOptions: how many digits NumberFormat and PluralRules keep,
// and the resolvedOptions() fields that describe it.

const { getOption, getNumberOption, defaultNumberOption } = require('internal/intl/options');

const roundingIncrements = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000];
const roundingModes = ['ceil', 'floor', 'expand', 'trunc', 'halfCeil', 'halfFloor', 'halfExpand', 'halfTrunc', 'halfEven'];

/** The digit options resolved, in the shape the native formatters take. */
function resolveDigitOptions(options, minimumFractionDefault, maximumFractionDefault, notation, service) {
  const digits = { minimumIntegerDigits: getNumberOption(options, 'minimumIntegerDigits', 1, 21, 1) };
  let minimumFraction = options.minimumFractionDigits;
  let maximumFraction = options.maximumFractionDigits;
  let minimumSignificant = options.minimumSignificantDigits;
  let maximumSignificant = options.maximumSignificantDigits;
  const roundingIncrement = getNumberOption(options, 'roundingIncrement', 1, 5000, 1);
  if (!roundingIncrements.includes(roundingIncrement)) throw new RangeError('roundingIncrement value is out of range.');
  const roundingMode = getOption(options, 'roundingMode', 'string', roundingModes, 'halfExpand', service);
  const roundingPriority = getOption(options, 'roundingPriority', 'string', ['auto', 'morePrecision', 'lessPrecision'], 'auto', service);
  const trailingZeroDisplay = getOption(options, 'trailingZeroDisplay', 'string', ['auto', 'stripIfInteger'], 'auto', service);
  if (roundingIncrement !== 1) maximumFractionDefault = minimumFractionDefault;
  const hasSignificant = minimumSignificant !== undefined || maximumSignificant !== undefined;
  const hasFraction = minimumFraction !== undefined || maximumFraction !== undefined;
  let needSignificant = true;
  let needFraction = true;
  if (roundingPriority === 'auto') {
    needSignificant = hasSignificant;
    if (needSignificant || (!hasFraction && notation === 'compact')) needFraction = false;
  }
  if (needSignificant) {
    if (hasSignificant) {
      minimumSignificant = defaultNumberOption(minimumSignificant, 1, 21, 1, 'minimumSignificantDigits');
      maximumSignificant = defaultNumberOption(maximumSignificant, minimumSignificant, 21, 21, 'maximumSignificantDigits');
    } else {
      minimumSignificant = 1;
      maximumSignificant = 21;
    }
    digits.minimumSignificantDigits = minimumSignificant;
    digits.maximumSignificantDigits = maximumSignificant;
  }
  if (needFraction) {
    if (hasFraction) {
      // 20, not ECMA-402's 100 since 2023: node 20's V8 keeps the older limit.
      minimumFraction = defaultNumberOption(minimumFraction, 0, 20, undefined, 'minimumFractionDigits');
      maximumFraction = defaultNumberOption(maximumFraction, 0, 20, undefined, 'maximumFractionDigits');
      if (minimumFraction === undefined) {
        minimumFraction = Math.min(minimumFractionDefault, maximumFraction);
      } else if (maximumFraction === undefined) {
        maximumFraction = Math.max(maximumFractionDefault, minimumFraction);
      } else if (minimumFraction > maximumFraction) {
        throw new RangeError('maximumFractionDigits value is out of range.');
      }
    } else {
      minimumFraction = minimumFractionDefault;
      maximumFraction = maximumFractionDefault;
    }
    digits.minimumFractionDigits = minimumFraction;
    digits.maximumFractionDigits = maximumFraction;
  }
  if (!needSignificant && !needFraction) {
    Object.assign(digits, {
      minimumFractionDigits: 0,
      maximumFractionDigits: 0,
      minimumSignificantDigits: 1,
      maximumSignificantDigits: 2,
    });
    digits.roundingType = 'morePrecision';
    digits.roundingPriority = 'morePrecision';
  } else if (roundingPriority === 'auto') {
    digits.roundingType = needSignificant ? 'significantDigits' : 'fractionDigits';
    digits.roundingPriority = 'auto';
  } else {
    digits.roundingType = roundingPriority;
    digits.roundingPriority = roundingPriority;
  }
  if (roundingIncrement !== 1) {
    if (digits.roundingType !== 'fractionDigits') {
      throw new TypeError('roundingIncrement is only supported with fraction digits rounding');
    }
    if (digits.maximumFractionDigits !== digits.minimumFractionDigits) {
      throw new RangeError('maximumFractionDigits not equal to minimumFractionDigits');
    }
  }
  Object.assign(digits, { roundingIncrement, roundingMode, trailingZeroDisplay });
  return digits;
}

/** The digit fields of resolvedOptions(), in V8's order. */
function digitFields(digits) {
  const fields = { minimumIntegerDigits: digits.minimumIntegerDigits };
  if (digits.roundingType !== 'fractionDigits') {
    fields.minimumSignificantDigits = digits.minimumSignificantDigits;
    fields.maximumSignificantDigits = digits.maximumSignificantDigits;
  }
  if (digits.roundingType !== 'significantDigits') {
    fields.minimumFractionDigits = digits.minimumFractionDigits;
    fields.maximumFractionDigits = digits.maximumFractionDigits;
  }
  return fields;
}

/** A value to format as ECMA-402's ToIntlMathematicalValue sees it: a Number or a decimal string. */
function toIntlMathematicalValue(value) {
  if (typeof value === 'bigint') return String(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a number');
  if (typeof value === 'object' && value !== null) {
    const primitive = value[Symbol.toPrimitive] ? value[Symbol.toPrimitive]('number') : value.valueOf();
    if (typeof primitive === 'bigint' || typeof primitive === 'string') return toIntlMathematicalValue(primitive);
  }
  return Number(value);
}

module.exports = { resolveDigitOptions, digitFields, toIntlMathematicalValue };
