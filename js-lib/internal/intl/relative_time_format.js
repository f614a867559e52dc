'use strict';
// Intl.RelativeTimeFormat: ECMA-402's option handling here, CLDR's patterns in the native `intl`
// binding (guest/src/natives/intl/relative_time_format.rs). Its data is English, and the locales of
// the data file the user may name (`--icu-data`).

const binding = internalBinding('intl');
const { InternalSlots, coerceOptions, defineIntlConstructor, getOption } = require('internal/intl/options');
const { canonicalizeLocaleList, resolveLocale, supportedLocales, hasEnglishOrDataFileData } = require('internal/intl/locale');

const service = 'Intl.RelativeTimeFormat';
const hasData = hasEnglishOrDataFileData('relativeTime');
const slots = new InternalSlots();

function RelativeTimeFormat(locales = undefined, options = undefined) {
  if (new.target === undefined) throw new TypeError("Constructor Intl.RelativeTimeFormat requires 'new'");
  const requested = canonicalizeLocaleList(locales);
  options = coerceOptions(options, service);
  getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', service);
  const numberingSystem = getOption(options, 'numberingSystem', 'string', undefined, undefined, service);
  if (numberingSystem !== undefined && !/^[a-z0-9]{3,8}(?:-[a-z0-9]{3,8})*$/i.test(numberingSystem)) {
    throw new RangeError(`Invalid numberingSystem : ${numberingSystem}`);
  }
  const { locale, dataLocale, values } = resolveLocale(requested, { nu: ['latn'] }, { nu: numberingSystem }, hasData);
  const style = getOption(options, 'style', 'string', ['long', 'short', 'narrow'], 'long', service);
  const numeric = getOption(options, 'numeric', 'string', ['always', 'auto'], 'always', service);
  slots.set(this, { locale, dataLocale, numberingSystem: values.nu, style, numeric });
}

// ECMA-402 SingularRelativeTimeUnit: each unit, and its plural.
const units = new Map();
for (const unit of ['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year']) {
  units.set(unit, unit).set(`${unit}s`, unit);
}

/** ToNumber, with V8's messages for what has no number (QuickJS's differ). */
function toNumber(value) {
  const primitive = typeof value === 'object' && value !== null ? value.valueOf() : value;
  if (typeof primitive === 'bigint') throw new TypeError('Cannot convert a BigInt value to a number');
  if (typeof primitive === 'symbol') throw new TypeError('Cannot convert a Symbol value to a number');
  return Number(value);
}

/** ECMA-402 PartitionRelativeTimePattern: the parts, each of the number's naming its unit. */
function partition(internal, method, value, unit) {
  const number = toNumber(value);
  const singular = units.get(String(unit));
  if (!Number.isFinite(number)) throw new RangeError(`Value need to be finite number for ${method}()`);
  if (singular === undefined) throw new RangeError(`Invalid unit argument for ${method}() '${String(unit)}'`);
  const parts = binding.relativeTimeFormatToParts(internal.dataLocale, internal.style, internal.numeric, singular, number);
  for (const part of parts) {
    if (part.type !== 'literal') part.unit = singular;
  }
  return parts;
}

class RelativeTimeFormatMethods {
  resolvedOptions() {
    const internal = slots.of(this, 'Intl.RelativeTimeFormat.prototype.resolvedOptions');
    return { locale: internal.locale, style: internal.style, numeric: internal.numeric, numberingSystem: internal.numberingSystem };
  }

  format(value, unit) {
    const method = 'Intl.RelativeTimeFormat.prototype.format';
    let text = '';
    for (const part of partition(slots.of(this, method), method, value, unit)) text += part.value;
    return text;
  }

  formatToParts(value, unit) {
    const method = 'Intl.RelativeTimeFormat.prototype.formatToParts';
    return partition(slots.of(this, method), method, value, unit);
  }

  static supportedLocalesOf(locales, options = undefined) {
    return supportedLocales(locales, options, hasData);
  }
}

defineIntlConstructor(RelativeTimeFormat, RelativeTimeFormatMethods, 'Intl.RelativeTimeFormat');

module.exports = { RelativeTimeFormat };
