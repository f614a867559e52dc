'use strict';
// Intl.DisplayNames: ECMA-402's option handling and code checks here, CLDR's names in the
// native `intl` binding (guest/src/natives/intl/display_names.rs). Its data is English, and the
// locales of the data file the user may name (`--icu-data`); calendar and date field names are
// English only.

const binding = internalBinding('intl');
const { InternalSlots, defineIntlConstructor, getOption } = require('internal/intl/options');
const {
  baseNameOf,
  canonicalizeLocaleList,
  canonicalizeTag,
  resolveLocale,
  supportedLocales,
  hasEnglishData,
  hasEnglishOrDataFileData,
} = require('internal/intl/locale');

const { lookup } = require('internal/intl/english_data');

const service = 'Intl.DisplayNames';
const hasData = hasEnglishOrDataFileData('displayNames');
// Calendar and date field names, which ICU4X has no data for: loaded on first use.
let nameData;
const slots = new InternalSlots();

function DisplayNames(locales, options) {
  if (new.target === undefined) throw new TypeError("Constructor Intl.DisplayNames requires 'new'");
  const requested = canonicalizeLocaleList(locales);
  // ECMA-402 GetOptionsObject: an object is required (for the type), V8 says so with ICU's message.
  if ((typeof options !== 'object' && typeof options !== 'function') || options === null) throw new TypeError('invalid_argument');
  getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', service);
  const { locale, dataLocale } = resolveLocale(requested, {}, {}, hasData);
  const style = getOption(options, 'style', 'string', ['narrow', 'short', 'long'], 'long', service);
  const type = getOption(
    options,
    'type',
    'string',
    ['language', 'region', 'script', 'currency', 'calendar', 'dateTimeField'],
    undefined,
    service,
  );
  if (type === undefined) throw new TypeError('invalid_argument');
  // Their names are js-lib's English tables (README.md, Intl): better an error than the wrong text.
  if ((type === 'calendar' || type === 'dateTimeField') && !hasEnglishData(dataLocale)) {
    throw new RangeError(`Intl.DisplayNames type "${type}" is supported by Nodule in English locales only`);
  }
  const fallback = getOption(options, 'fallback', 'string', ['code', 'none'], 'code', service);
  const languageDisplay = getOption(options, 'languageDisplay', 'string', ['dialect', 'standard'], 'dialect', service);
  slots.set(this, { locale, dataLocale, style, type, fallback, languageDisplay });
}

/**
 * ECMA-402 CanonicalCodeForDisplayNames, as V8 does it: the code to look up, or undefined
 * where V8 finds no name (a region or script not written in its canonical case).
 */
function canonicalCode(type, code) {
  switch (type) {
    case 'language':
      // Extensions are dropped, as V8 drops them, rather than refused.
      return baseNameOf(canonicalizeOrThrow(code));
    case 'region':
      if (!/^(?:[a-z]{2}|\d{3})$/i.test(code)) throw new RangeError('invalid_argument');
      return code === code.toUpperCase() ? code : undefined;
    case 'script':
      if (!/^[a-z]{4}$/i.test(code)) throw new RangeError('invalid_argument');
      return code === code[0].toUpperCase() + code.slice(1).toLowerCase() ? code : undefined;
    case 'currency':
      if (!/^[a-z]{3}$/i.test(code)) throw new RangeError('invalid_argument');
      return code.toUpperCase();
    case 'calendar':
      if (!/^[a-z0-9]{3,8}(?:-[a-z0-9]{3,8})*$/i.test(code)) throw new RangeError('invalid_argument');
      return code;
    default:
      if (!dateTimeFields.includes(code)) throw new RangeError('invalid_argument');
      return code;
  }
}

const dateTimeFields = [
  'era',
  'year',
  'quarter',
  'month',
  'weekOfYear',
  'weekday',
  'day',
  'dayPeriod',
  'hour',
  'minute',
  'second',
  'timeZoneName',
];

/**
 * The name of a code: a calendar's (one width) or a date field's from js-lib's English data,
 * the others' from ICU4X's (the native side composes a language's from parts, with `fallback`).
 */
function nameOf(internal, code, fallback) {
  if (internal.type === 'calendar' || internal.type === 'dateTimeField') {
    nameData ??= require('internal/intl/display_name_data');
    const width = internal.type === 'calendar' ? 'long' : internal.style;
    return lookup(nameData, internal.dataLocale, width, `${internal.type}:${code}`);
  }
  const dialects = internal.languageDisplay === 'dialect';
  return binding.displayName(internal.dataLocale, internal.type, internal.style, dialects, fallback, code);
}

function canonicalizeOrThrow(code) {
  try {
    return canonicalizeTag(code);
  } catch {
    throw new RangeError('invalid_argument');
  }
}

class DisplayNamesMethods {
  resolvedOptions() {
    const internal = slots.of(this, 'Intl.DisplayNames.prototype.resolvedOptions');
    const options = { locale: internal.locale, style: internal.style, type: internal.type, fallback: internal.fallback };
    if (internal.type === 'language') options.languageDisplay = internal.languageDisplay;
    return options;
  }

  of(code) {
    const internal = slots.of(this, 'Intl.DisplayNames.prototype.of');
    code = String(code);
    const canonical = canonicalCode(internal.type, code);
    const fallback = internal.fallback === 'code';
    const name = canonical === undefined ? undefined : nameOf(internal, canonical, fallback);
    if (name !== undefined && name !== null) return name;
    return fallback ? code : undefined;
  }

  static supportedLocalesOf(locales, options = undefined) {
    return supportedLocales(locales, options, hasData);
  }
}

defineIntlConstructor(DisplayNames, DisplayNamesMethods, 'Intl.DisplayNames');

module.exports = { DisplayNames };
