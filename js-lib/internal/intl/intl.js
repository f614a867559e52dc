'use strict';
// The Intl namespace object and the built-ins' locale-sensitive methods that go through it
// (Number.prototype.toLocaleString, BigInt.prototype.toLocaleString).

const { getCanonicalLocales, Locale } = require('internal/intl/locale');
const { NumberFormat, formatNumber } = require('internal/intl/number_format');
const { DateTimeFormat, formatDate } = require('internal/intl/date_time_format');
const { PluralRules } = require('internal/intl/plural_rules');

const namespace = {};
const members = { getCanonicalLocales, DateTimeFormat, NumberFormat, PluralRules, Locale };
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

function installLocaleMethods() {
  replaceMethod(Number.prototype, 'toLocaleString', 0, function (locales, options) {
    return formatNumber(Reflect.apply(numberValueOf, this, []), locales, options);
  });
  replaceMethod(BigInt.prototype, 'toLocaleString', 0, function (locales, options) {
    return formatNumber(Reflect.apply(bigIntValueOf, this, []), locales, options);
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
