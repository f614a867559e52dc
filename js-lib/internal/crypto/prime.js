'use strict';
// generatePrime and checkPrime over the guest's big integers
// (guest/src/natives/crypto/prime.rs). The callback forms compute when called and call
// back on a later turn, as the other asynchronous crypto functions here, with an
// undefined error as Node's crypto jobs.

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateBoolean, validateFunction, validateInt32, validateObject } = require('internal/validators');
const { isAnyArrayBuffer } = require('internal/util/types');
const { toBigInt } = require('internal/crypto/util');

const bytesTypes = ['ArrayBuffer', 'TypedArray', 'Buffer', 'DataView', 'bigint'];

function unsignedBigIntToBytes(bigint, name) {
  if (bigint < 0) throw new ERR_OUT_OF_RANGE(name, '>= 0', bigint);
  const hex = bigint.toString(16);
  return Buffer.from(hex.padStart(hex.length + (hex.length % 2), '0'), 'hex');
}

function integerBytes(value, name) {
  if (typeof value === 'bigint') return unsignedBigIntToBytes(value, name);
  if (isAnyArrayBuffer(value)) return new Uint8Array(value);
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  throw new ERR_INVALID_ARG_TYPE(name, bytesTypes, value);
}

const bitLength = (n) => (n === 0n ? 0 : n.toString(2).length);

/** Node's RangeError for add/rem that no prime of the size can meet. */
function impossible(option) {
  const err = new RangeError(`invalid options.${option}`);
  err.code = 'ERR_OUT_OF_RANGE';
  return err;
}

/** Validates generatePrime's options and returns the function that computes the prime. */
function primeJob(size, options) {
  validateObject(options, 'options');
  const { safe = false, bigint = false } = options;
  validateBoolean(safe, 'options.safe');
  validateBoolean(bigint, 'options.bigint');
  const add = options.add === undefined ? undefined : integerBytes(options.add, 'options.add');
  const rem = options.rem === undefined ? undefined : integerBytes(options.rem, 'options.rem');
  if (add !== undefined) {
    if (bitLength(toBigInt(add)) > size) throw impossible('add');
    if (rem !== undefined && toBigInt(add) <= toBigInt(rem)) throw impossible('rem');
  }
  return () => {
    const prime = binding.generatePrime(size, safe, add, rem);
    return bigint ? toBigInt(new Uint8Array(prime)) : prime;
  };
}

function generatePrime(size, options, callback) {
  validateInt32(size, 'size', 1);
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  validateFunction(callback, 'callback');
  const job = primeJob(size, options);
  setImmediate(() => callback(undefined, job()));
}

function generatePrimeSync(size, options = {}) {
  validateInt32(size, 'size', 1);
  return primeJob(size, options)();
}

function checkJob(candidate, options) {
  const bytes = integerBytes(candidate, 'candidate');
  validateObject(options, 'options');
  const { checks = 0 } = options;
  validateInt32(checks, 'options.checks', 0);
  return () => binding.checkPrime(bytes, checks);
}

function checkPrime(candidate, options = {}, callback) {
  if (typeof candidate !== 'bigint' && !isAnyArrayBuffer(candidate) && !ArrayBuffer.isView(candidate)) {
    throw new ERR_INVALID_ARG_TYPE('candidate', bytesTypes, candidate);
  }
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  validateFunction(callback, 'callback');
  const job = checkJob(candidate, options);
  setImmediate(() => callback(undefined, job()));
}

function checkPrimeSync(candidate, options = {}) {
  return checkJob(candidate, options)();
}

module.exports = { generatePrime, generatePrimeSync, checkPrime, checkPrimeSync };
