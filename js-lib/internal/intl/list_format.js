'use strict';
// Intl.ListFormat: ECMA-402's option handling here, CLDR's list patterns in the native `intl`
// binding (guest/src/natives/intl/list_format.rs).

const binding = internalBinding('intl');
const { InternalSlots, coerceOptions, defineIntlConstructor, getOption } = require('internal/intl/options');
const { canonicalizeLocaleList, resolveLocale, supportedLocales } = require('internal/intl/locale');

const service = 'Intl.ListFormat';
const slots = new InternalSlots();

function ListFormat(locales = undefined, options = undefined) {
  if (new.target === undefined) throw new TypeError("Constructor Intl.ListFormat requires 'new'");
  const requested = canonicalizeLocaleList(locales);
  options = coerceOptions(options, service);
  getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', service);
  const { locale, dataLocale } = resolveLocale(requested);
  const type = getOption(options, 'type', 'string', ['conjunction', 'disjunction', 'unit'], 'conjunction', service);
  const style = getOption(options, 'style', 'string', ['long', 'short', 'narrow'], 'long', service);
  slots.set(this, { locale, dataLocale, type, style });
}

/** ECMA-402 StringListFromIterable: every element must be a string. */
function stringList(iterable) {
  if (iterable === undefined) return [];
  const list = [];
  for (const element of iterable) {
    if (typeof element !== 'string') throw new TypeError(`Iterable yielded ${String(element)} which is not a string`);
    list.push(element);
  }
  return list;
}

function formatListToParts(internal, list) {
  return binding.listFormatToParts(internal.dataLocale, internal.type, internal.style, stringList(list));
}

class ListFormatMethods {
  resolvedOptions() {
    const internal = slots.of(this, 'Intl.ListFormat.prototype.resolvedOptions');
    return { locale: internal.locale, type: internal.type, style: internal.style };
  }

  format(list) {
    let text = '';
    for (const part of formatListToParts(slots.of(this, 'Intl.ListFormat.prototype.format'), list)) text += part.value;
    return text;
  }

  formatToParts(list) {
    return formatListToParts(slots.of(this, 'Intl.ListFormat.prototype.formatToParts'), list);
  }

  static supportedLocalesOf(locales, options = undefined) {
    return supportedLocales(locales, options);
  }
}

defineIntlConstructor(ListFormat, ListFormatMethods, 'Intl.ListFormat');

module.exports = { ListFormat };
