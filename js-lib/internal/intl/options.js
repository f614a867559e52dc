'use strict';
// ECMA-402's option-reading operations (GetOption, DefaultNumberOption, CoerceOptionsToObject)
// with V8's error messages, shared by every Intl service.

/** Options as an object: undefined gives an empty one, null throws (ToObject) naming `service`. */
function coerceOptions(options, service) {
  if (options === undefined) return { __proto__: null };
  if (options === null) throw new TypeError(`${service} called on null or undefined`);
  return Object(options);
}

/**
 * ECMA-402 GetOption: the option as a boolean or string, checked against `values`.
 * `service` names the constructor in the RangeError (`Intl.NumberFormat`).
 */
function getOption(options, property, type, values, fallback, service) {
  let value = options[property];
  if (value === undefined) return fallback;
  value = type === 'boolean' ? Boolean(value) : String(value);
  if (values !== undefined && !values.includes(value)) {
    throw new RangeError(`Value ${value} out of range for ${service} options property ${property}`);
  }
  return value;
}

/** ECMA-402 DefaultNumberOption: an integer in [minimum, maximum], or `fallback` when undefined. */
function defaultNumberOption(value, minimum, maximum, fallback, property) {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (Number.isNaN(number) || number < minimum || number > maximum) {
    throw new RangeError(`${property} value is out of range.`);
  }
  return Math.floor(number);
}

/** ECMA-402 GetNumberOption. */
function getNumberOption(options, property, minimum, maximum, fallback) {
  return defaultNumberOption(options[property], minimum, maximum, fallback, property);
}

/** How V8 names a receiver in "called on incompatible receiver" errors. */
function describeReceiver(value) {
  if (typeof value === 'string') return value;
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return String(value);
  const name = value.constructor?.name;
  return name ? `#<${name}>` : '[object Object]';
}

function incompatibleReceiver(method, receiver) {
  return new TypeError(`Method ${method} called on incompatible receiver ${describeReceiver(receiver)}`);
}

/** The internal slots of one Intl service's objects. */
class InternalSlots extends WeakMap {
  /** `object`'s slots, or V8's TypeError when `method` was called on something else. */
  of(object, method) {
    const slots = this.get(object);
    if (slots === undefined) throw incompatibleReceiver(method, object);
    return slots;
  }
}

/**
 * Makes `intlConstructor` (a function callable with or without `new`, as Intl's are) carry the
 * methods and accessors of `methods` (a class body) on a read-only prototype, with the tag.
 */
function defineIntlConstructor(intlConstructor, methods, tag) {
  const descriptors = Object.getOwnPropertyDescriptors(methods.prototype);
  delete descriptors.constructor;
  Object.defineProperties(intlConstructor.prototype, descriptors);
  Object.defineProperty(intlConstructor.prototype, Symbol.toStringTag, { value: tag, configurable: true });
  Object.defineProperty(intlConstructor, 'prototype', { writable: false });
  for (const name of Object.getOwnPropertyNames(methods)) {
    if (!['length', 'name', 'prototype'].includes(name)) {
      Object.defineProperty(intlConstructor, name, Object.getOwnPropertyDescriptor(methods, name));
    }
  }
  return intlConstructor;
}

module.exports = {
  InternalSlots,
  defineIntlConstructor,
  coerceOptions,
  getOption,
  getNumberOption,
  defaultNumberOption,
  incompatibleReceiver,
};
