'use strict';
// Intl.DisplayNames: ECMA-402's option handling and code checks here, CLDR's names in the
// native `intl` binding (guest/src/natives/intl/display_names.rs). Its data is English only.

const binding = internalBinding('intl');
const { InternalSlots, defineIntlConstructor, getOption } = require('internal/intl/options');
const {
  baseNameOf,
  canonicalizeLocaleList,
  canonicalizeTag,
  resolveLocale,
  supportedLocales,
  hasEnglishData,
} = require('internal/intl/locale');

const service = 'Intl.DisplayNames';
const slots = new InternalSlots();

function DisplayNames(locales, options) {
  if (new.target === undefined) throw new TypeError("Constructor Intl.DisplayNames requires 'new'");
  const requested = canonicalizeLocaleList(locales);
  // ECMA-402 GetOptionsObject: an object is required (for the type), V8 says so with ICU's message.
  if ((typeof options !== 'object' && typeof options !== 'function') || options === null) throw new TypeError('invalid_argument');
  getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', service);
  const { locale, dataLocale } = resolveLocale(requested, {}, {}, hasEnglishData);
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
  const fallback = getOption(options, 'fallback', 'string', ['code', 'none'], 'code', service);
  const languageDisplay = getOption(options, 'languageDisplay', 'string', ['dialect', 'standard'], 'dialect', service);
  if (type === 'calendar' || type === 'dateTimeField') {
    // Their names are not in the data built in (README.md, Intl).
    throw new RangeError(`Intl.DisplayNames type "${type}" is not supported by Nodule`);
  }
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
    default:
      if (!/^[a-z]{3}$/i.test(code)) throw new RangeError('invalid_argument');
      return code.toUpperCase();
  }
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
    const name =
      canonical === undefined
        ? undefined
        : binding.displayName(
            internal.dataLocale,
            internal.type,
            internal.style,
            internal.languageDisplay === 'dialect',
            fallback,
            canonical,
          );
    if (name !== undefined && name !== null) return name;
    return fallback ? code : undefined;
  }

  static supportedLocalesOf(locales, options = undefined) {
    return supportedLocales(locales, options, hasEnglishData);
  }
}

defineIntlConstructor(DisplayNames, DisplayNamesMethods, 'Intl.DisplayNames');

module.exports = { DisplayNames };
