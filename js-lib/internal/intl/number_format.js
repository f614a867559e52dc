'use strict';
// Intl.NumberFormat: ECMA-402's option handling here, the formatting in the native `intl`
// binding (guest/src/natives/intl/number_format.rs).

const binding = internalBinding('intl');
const { InternalSlots, coerceOptions, defineIntlConstructor, getOption } = require('internal/intl/options');
const { canonicalizeLocaleList, resolveLocale, supportedLocales, hasEnglishData } = require('internal/intl/locale');
const { resolveDigitOptions, digitFields, toIntlMathematicalValue } = require('internal/intl/digit_options');
const { isSanctionedUnit } = require('internal/intl/units');
const { formatUnitToParts } = require('internal/intl/unit_format');

const service = 'Intl.NumberFormat';
const slots = new InternalSlots();

/** `true`, `false` or one of `values` (ECMA-402 GetBooleanOrStringNumberFormatOption). */
function getUseGrouping(options, fallback) {
  const value = options.useGrouping;
  if (value === undefined) return fallback;
  if (value === true) return 'always';
  if (!value) return 'false';
  const string = String(value);
  if (string === 'true' || string === 'false') return fallback;
  if (!['min2', 'auto', 'always'].includes(string)) {
    throw new RangeError(`Value ${string} out of range for ${service} options property useGrouping`);
  }
  return string;
}

function NumberFormat(locales = undefined, options = undefined) {
  if (new.target === undefined) return new NumberFormat(locales, options);
  initialize(this, locales, options);
}

function initialize(numberFormat, locales, options) {
  const requested = canonicalizeLocaleList(locales);
  options = coerceOptions(options, service);
  getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', service);
  const numberingSystem = getOption(options, 'numberingSystem', 'string', undefined, undefined, service);
  if (numberingSystem !== undefined && !/^[a-z0-9]{3,8}(?:-[a-z0-9]{3,8})*$/i.test(numberingSystem)) {
    throw new RangeError(`Invalid numberingSystem : ${numberingSystem}`);
  }
  const { locale, dataLocale, values } = resolveLocale(requested, { nu: ['latn'] }, { nu: numberingSystem });
  const style = getOption(options, 'style', 'string', ['decimal', 'percent', 'currency', 'unit'], 'decimal', service);
  let currency = getOption(options, 'currency', 'string', undefined, undefined, service);
  if (currency !== undefined && !/^[A-Za-z]{3}$/.test(currency)) {
    throw new RangeError(`Invalid currency code : ${currency}`);
  }
  const currencyDisplay = getOption(options, 'currencyDisplay', 'string', ['code', 'symbol', 'narrowSymbol', 'name'], 'symbol', service);
  const currencySign = getOption(options, 'currencySign', 'string', ['standard', 'accounting'], 'standard', service);
  const unit = getOption(options, 'unit', 'string', undefined, undefined, service);
  if (unit !== undefined && !isSanctionedUnit(unit)) {
    throw new RangeError(`Invalid unit argument for Intl.NumberFormat() '${unit}'`);
  }
  const unitDisplay = getOption(options, 'unitDisplay', 'string', ['short', 'narrow', 'long'], 'short', service);
  if (style === 'currency') {
    if (currency === undefined) throw new TypeError('Currency code is required with currency style.');
    currency = currency.toUpperCase();
  }
  if (style === 'unit' && unit === undefined) {
    throw new TypeError("Invalid unit argument for Intl.NumberFormat() ''");
  }
  // Neither has data built in beyond English units (README.md, Intl): better an error than the wrong text.
  if (style === 'unit' && !hasEnglishData(dataLocale)) {
    throw new RangeError('Intl.NumberFormat style "unit" is supported by Nodule in English locales only');
  }
  if (style === 'currency' && currencyDisplay === 'name') {
    throw new RangeError('Intl.NumberFormat currencyDisplay "name" is not supported by Nodule');
  }
  const notation = getOption(options, 'notation', 'string', ['standard', 'scientific', 'engineering', 'compact'], 'standard', service);
  let minimumFractionDefault = 0;
  let maximumFractionDefault = style === 'percent' ? 0 : 3;
  if (style === 'currency' && notation === 'standard') {
    minimumFractionDefault = maximumFractionDefault = binding.currencyDigits(currency);
  }
  const digits = resolveDigitOptions(options, minimumFractionDefault, maximumFractionDefault, notation, service);
  const compactDisplay = getOption(options, 'compactDisplay', 'string', ['short', 'long'], 'short', service);
  const useGrouping = getUseGrouping(options, notation === 'compact' ? 'min2' : 'auto');
  const signDisplay = getOption(options, 'signDisplay', 'string', ['auto', 'never', 'always', 'exceptZero', 'negative'], 'auto', service);
  slots.set(numberFormat, {
    locale,
    dataLocale,
    numberingSystem: values.nu,
    style,
    currency,
    currencyDisplay,
    currencySign,
    unit,
    unitDisplay,
    notation,
    compactDisplay,
    useGrouping,
    signDisplay,
    ...digits,
    boundFormat: undefined,
  });
  // What the native side caches its formatter under: everything the formatter is made from.
  slots.get(numberFormat).key = JSON.stringify(slots.get(numberFormat));
}

class NumberFormatMethods {
  resolvedOptions() {
    const internal = slots.of(this, 'Intl.NumberFormat.prototype.resolvedOptions');
    const options = { locale: internal.locale, numberingSystem: internal.numberingSystem, style: internal.style };
    if (internal.style === 'currency') {
      Object.assign(options, {
        currency: internal.currency,
        currencyDisplay: internal.currencyDisplay,
        currencySign: internal.currencySign,
      });
    }
    if (internal.style === 'unit') Object.assign(options, { unit: internal.unit, unitDisplay: internal.unitDisplay });
    Object.assign(options, digitFields(internal), {
      useGrouping: internal.useGrouping === 'false' ? false : internal.useGrouping,
      notation: internal.notation,
    });
    if (internal.notation === 'compact') options.compactDisplay = internal.compactDisplay;
    Object.assign(options, {
      signDisplay: internal.signDisplay,
      roundingMode: internal.roundingMode,
      roundingIncrement: internal.roundingIncrement,
      trailingZeroDisplay: internal.trailingZeroDisplay,
      roundingPriority: internal.roundingPriority,
    });
    return options;
  }

  formatToParts(value) {
    return formatToParts(slots.of(this, 'Intl.NumberFormat.prototype.formatToParts'), value);
  }

  get format() {
    const internal = slots.of(this, 'get Intl.NumberFormat.prototype.format');
    internal.boundFormat ??= (value) => formatToString(internal, value);
    return internal.boundFormat;
  }

  static supportedLocalesOf(locales, options = undefined) {
    return supportedLocales(locales, options);
  }
}

/** The native side formats the number (the unit style's as the decimal style); units are added here. */
function formatToParts(internal, value) {
  value = toIntlMathematicalValue(value);
  const parts = binding.formatNumberToParts(internal.key, internal.dataLocale, value, internal);
  return internal.style === 'unit' ? formatUnitToParts(internal, value, parts) : parts;
}

function formatToString(internal, value) {
  let text = '';
  for (const part of formatToParts(internal, value)) text += part.value;
  return text;
}

defineIntlConstructor(NumberFormat, NumberFormatMethods, 'Intl.NumberFormat');

// Number.prototype.toLocaleString() without arguments formats through one shared formatter.
let defaultNumberFormat;

function formatNumber(value, locales, options) {
  if (locales === undefined && options === undefined) {
    defaultNumberFormat ??= new NumberFormat();
    return defaultNumberFormat.format(value);
  }
  return new NumberFormat(locales, options).format(value);
}

module.exports = { NumberFormat, formatNumber };
