'use strict';
// Intl.Collator and String.prototype.localeCompare: ECMA-402's option handling here, the
// comparison in the native `intl` binding (guest/src/natives/intl/collator.rs).

const binding = internalBinding('intl');
const { InternalSlots, coerceOptions, defineIntlConstructor, getOption } = require('internal/intl/options');
const { canonicalizeLocaleList, resolveLocale, supportedLocales } = require('internal/intl/locale');

const service = 'Intl.Collator';
const slots = new InternalSlots();

function initializeCollator(collator, locales, options) {
  const requested = canonicalizeLocaleList(locales);
  options = coerceOptions(options, service);
  const usage = getOption(options, 'usage', 'string', ['sort', 'search'], 'sort', service);
  getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', service);
  const collation = getOption(options, 'collation', 'string', undefined, undefined, service);
  if (collation !== undefined && !/^[a-z0-9]{3,8}(?:-[a-z0-9]{3,8})*$/i.test(collation)) {
    throw new RangeError(`Invalid collation : ${collation}`);
  }
  const numeric = getOption(options, 'numeric', 'boolean', undefined, undefined, service);
  const caseFirst = getOption(options, 'caseFirst', 'string', ['upper', 'lower', 'false'], undefined, service);
  const { locale, dataLocale, values } = resolveLocale(
    requested,
    { co: ['default'], kn: ['false', 'true'], kf: ['false', 'upper', 'lower'] },
    { kn: numeric === undefined ? undefined : String(numeric), kf: caseFirst },
  );
  const sensitivity = getOption(options, 'sensitivity', 'string', ['base', 'accent', 'case', 'variant'], 'variant', service);
  const ignorePunctuation = getOption(options, 'ignorePunctuation', 'boolean', undefined, false, service);
  slots.set(collator, {
    locale,
    usage,
    sensitivity,
    ignorePunctuation,
    numeric: values.kn === 'true',
    caseFirst: values.kf,
    compareLocale: `${dataLocale}-u-kf-${values.kf}-kn-${values.kn}`,
    boundCompare: undefined,
  });
}

function Collator(locales = undefined, options = undefined) {
  if (new.target === undefined) return new Collator(locales, options);
  initializeCollator(this, locales, options);
}

function compareStrings(internal, left, right) {
  return binding.collatorCompare(
    internal.compareLocale,
    internal.sensitivity,
    internal.ignorePunctuation,
    String(left).toWellFormed(),
    String(right).toWellFormed(),
  );
}

class CollatorMethods {
  resolvedOptions() {
    const internal = slots.of(this, 'Intl.Collator.prototype.resolvedOptions');
    return {
      locale: internal.locale,
      usage: internal.usage,
      sensitivity: internal.sensitivity,
      ignorePunctuation: internal.ignorePunctuation,
      collation: 'default',
      numeric: internal.numeric,
      caseFirst: internal.caseFirst,
    };
  }

  get compare() {
    const internal = slots.of(this, 'get Intl.Collator.prototype.compare');
    internal.boundCompare ??= (left, right) => compareStrings(internal, left, right);
    return internal.boundCompare;
  }

  static supportedLocalesOf(locales, options = undefined) {
    return supportedLocales(locales, options);
  }
}

defineIntlConstructor(Collator, CollatorMethods, 'Intl.Collator');

// localeCompare without locales or options shares one collator.
let defaultCollator;

function localeCompare(left, right, locales, options) {
  if (locales === undefined && options === undefined) {
    defaultCollator ??= new Collator();
    return compareStrings(slots.get(defaultCollator), left, right);
  }
  return compareStrings(slots.get(new Collator(locales, options)), left, right);
}

module.exports = { Collator, localeCompare };
