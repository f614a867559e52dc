'use strict';
// The Intl namespace object and the built-ins' locale-sensitive methods that go through it
// (Number.prototype.toLocaleString, BigInt.prototype.toLocaleString).

const { getCanonicalLocales, Locale } = require('internal/intl/locale');
const { supportedValuesOf } = require('internal/intl/supported_values');
const { NumberFormat, formatNumber } = require('internal/intl/number_format');
const { DateTimeFormat, formatDate } = require('internal/intl/date_time_format');
const { PluralRules } = require('internal/intl/plural_rules');
const { Collator, localeCompare } = require('internal/intl/collator');
const { RelativeTimeFormat } = require('internal/intl/relative_time_format');
const { ListFormat } = require('internal/intl/list_format');
const { DisplayNames } = require('internal/intl/display_names');
const { Segmenter } = require('internal/intl/segmenter');
const { canonicalizeLocaleList } = require('internal/intl/locale');

const namespace = {};
const members = {
  getCanonicalLocales,
  supportedValuesOf,
  DateTimeFormat,
  NumberFormat,
  Collator,
  PluralRules,
  RelativeTimeFormat,
  ListFormat,
  Locale,
  DisplayNames,
  Segmenter,
};
for (const [name, value] of Object.entries(members)) {
  Object.defineProperty(namespace, name, { value, writable: true, configurable: true, enumerable: false });
}
Object.defineProperty(namespace, Symbol.toStringTag, { value: 'Intl', configurable: true });

/** Replaces a built-in method, keeping its name, length and attributes. */
function replaceMethod(target, name, length, implementation) {
  Object.defineProperty(implementation, 'name', { value: name });
  Object.defineProperty(implementation, 'length', { value: length });
  Object.defineProperty(target, name, { ...Object.getOwnPropertyDescriptor(target, name), value: implementation });
}

const numberValueOf = Number.prototype.valueOf;
const bigIntValueOf = BigInt.prototype.valueOf;
const dateValueOf = Date.prototype.valueOf;
const { toUpperCase, toLowerCase } = String.prototype;

/** `this` as a string, as String.prototype's methods take it (RequireObjectCoercible). */
function thisString(value, method) {
  if (value === undefined || value === null) {
    throw new TypeError(`String.prototype.${method} called on null or undefined`);
  }
  return String(value);
}

const wellFormedRuns = /(?:[^\ud800-\udfff]|[\ud800-\udbff][\udc00-\udfff])+/g;

/** ECMA-402's TransformCase: the language of the first requested locale decides the rules. */
function transformCase(text, locales, upper) {
  const [locale] = canonicalizeLocaleList(locales);
  const language = locale === undefined ? 'und' : locale.split('-')[0];
  if (!['tr', 'az', 'lt', 'el', 'hy'].includes(language)) return Reflect.apply(upper ? toUpperCase : toLowerCase, text, []);
  // The native side takes UTF-8: lone surrogates stay as they are, around the mapped runs.
  return text.replace(wellFormedRuns, (run) => internalBinding('intl').mapCase(language, run, upper));
}

function installLocaleMethods() {
  replaceMethod(Number.prototype, 'toLocaleString', 0, function (locales, options) {
    return formatNumber(Reflect.apply(numberValueOf, this, []), locales, options);
  });
  replaceMethod(BigInt.prototype, 'toLocaleString', 0, function (locales, options) {
    return formatNumber(Reflect.apply(bigIntValueOf, this, []), locales, options);
  });
  replaceMethod(String.prototype, 'localeCompare', 1, function (that, locales, options) {
    return localeCompare(thisString(this, 'localeCompare'), String(that), locales, options);
  });
  replaceMethod(String.prototype, 'toLocaleUpperCase', 0, function (locales) {
    return transformCase(thisString(this, 'toLocaleUpperCase'), locales, true);
  });
  replaceMethod(String.prototype, 'toLocaleLowerCase', 0, function (locales) {
    return transformCase(thisString(this, 'toLocaleLowerCase'), locales, false);
  });
  const dateMethods = [
    ['toLocaleString', 'any', 'all'],
    ['toLocaleDateString', 'date', 'date'],
    ['toLocaleTimeString', 'time', 'time'],
  ];
  for (const [name, required, defaults] of dateMethods) {
    replaceMethod(Date.prototype, name, 0, function (locales, options) {
      return formatDate(Reflect.apply(dateValueOf, this, []), locales, options, required, defaults);
    });
  }
}

module.exports = { namespace, installLocaleMethods };
