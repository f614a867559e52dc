'use strict';
// Intl.PluralRules: ECMA-402's option handling here, CLDR's rules in the native `intl` binding
// (guest/src/natives/intl/plural_rules.rs).

const binding = internalBinding('intl');
const { InternalSlots, coerceOptions, defineIntlConstructor, getOption } = require('internal/intl/options');
const { canonicalizeLocaleList, resolveLocale, supportedLocales, hasLanguageData } = require('internal/intl/locale');
const { resolveDigitOptions, digitFields } = require('internal/intl/digit_options');

const service = 'Intl.PluralRules';
let rangeData;
const slots = new InternalSlots();
const legacyDigitOptions = [
  'minimumIntegerDigits',
  'minimumFractionDigits',
  'maximumFractionDigits',
  'minimumSignificantDigits',
  'maximumSignificantDigits',
];

function PluralRules(locales = undefined, options = undefined) {
  if (new.target === undefined) throw new TypeError("Constructor Intl.PluralRules requires 'new'");
  const requested = canonicalizeLocaleList(locales);
  options = coerceOptions(options, service);
  getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', service);
  const type = getOption(options, 'type', 'string', ['cardinal', 'ordinal'], 'cardinal', service);
  // node 20's PluralRules reads only the digit options that predate NumberFormat v3.
  const digitOptions = { __proto__: null };
  for (const name of legacyDigitOptions) digitOptions[name] = options[name];
  const digits = resolveDigitOptions(digitOptions, 0, 3, 'standard', service);
  const { locale, dataLocale } = resolveLocale(requested, {}, {}, hasLanguageData);
  slots.set(this, { locale, dataLocale, type, ...digits });
}

/** The locale's categories in V8's order (ICU's): alphabetical, `other` last. */
function pluralCategories(internal) {
  const categories = binding.pluralCategories(internal.dataLocale, internal.type).filter((name) => name !== 'other');
  return [...categories.sort(), 'other'];
}

class PluralRulesMethods {
  select(value) {
    const internal = slots.of(this, 'Intl.PluralRules.prototype.select');
    return binding.pluralSelect(internal.dataLocale, internal.type, Number(value), internal);
  }

  /** CLDR's category of the range from its ends' categories (ICU's: `other` where CLDR has none). */
  selectRange(start, end) {
    const internal = slots.of(this, 'Intl.PluralRules.prototype.selectRange');
    if (start === undefined) throw new TypeError('Invalid startRange : undefined');
    if (end === undefined) throw new TypeError('Invalid endRange : undefined');
    const x = +start;
    const y = +end;
    if (Number.isNaN(x)) throw new RangeError('Invalid startRange : NaN');
    if (Number.isNaN(y)) throw new RangeError('Invalid endRange : NaN');
    rangeData ??= require('internal/intl/plural_range_data');
    const table = rangeData.tables[rangeData.languages[internal.dataLocale.split('-')[0]]];
    const categories = [x, y].map((value) => binding.pluralSelect(internal.dataLocale, internal.type, value, internal));
    return table?.[categories.join(' ')] ?? 'other';
  }

  resolvedOptions() {
    const internal = slots.of(this, 'Intl.PluralRules.prototype.resolvedOptions');
    return {
      locale: internal.locale,
      type: internal.type,
      ...digitFields(internal),
      pluralCategories: pluralCategories(internal),
    };
  }

  static supportedLocalesOf(locales, options = undefined) {
    return supportedLocales(locales, options);
  }
}

defineIntlConstructor(PluralRules, PluralRulesMethods, 'Intl.PluralRules');

module.exports = { PluralRules };
