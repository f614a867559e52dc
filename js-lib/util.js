'use strict';
// node:util

const { inspect, format, formatWithOptions, stripVTControlCharacters } = require('internal/util/inspect');
const types = require('internal/util/types');
const { TextEncoder, TextDecoder } = require('internal/encoding');
const { isDeepStrictEqual } = require('internal/util/comparisons');
const { parseArgs } = require('internal/util/parse_args');
const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateBoolean, validateFunction, validateOneOf, validateString } = require('internal/validators');

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
const { kCustomPromisifyArgs } = require('internal/util/promisify_args');

function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisify]) {
    const fn = original[kCustomPromisify];
    validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisify, { value: fn, enumerable: false, writable: false, configurable: true });
  }
  // A callback with several results (fs.read's bytesRead and buffer) resolves to them by name.
  const argumentNames = original[kCustomPromisifyArgs];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const named = {};
          for (let i = 0; i < argumentNames.length; i++) named[argumentNames[i]] = values[i];
          resolve(named);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisify, { value: fn, enumerable: false, writable: false, configurable: true });
  return Object.defineProperties(fn, Object.getOwnPropertyDescriptors(original));
}
promisify.custom = kCustomPromisify;

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const lastArgument = args.pop();
    validateFunction(lastArgument, 'last argument');
    // The callback runs with the `this` the callbackified function was called with, as Node's.
    const callback = lastArgument.bind(this);
    const onRejected = (reason) => {
      if (!reason) {
        const err = new Error('Promise was rejected with a falsy value');
        err.code = 'ERR_FALSY_VALUE_REJECTION';
        err.reason = reason;
        reason = err;
      }
      process.nextTick(callback, reason);
    };
    Reflect.apply(original, this, args).then((value) => process.nextTick(callback, null, value), onRejected);
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  if (superCtor.prototype === undefined) throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

const codesWarned = new Set();
function deprecate(fn, msg, code, _useEmitSync) {
  if (process.noDeprecation === true) return fn;
  let warned = false;
  function deprecated(...args) {
    if (!warned) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
          codesWarned.add(code);
        }
      } else {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

const debugEnabled = new Map();
function debuglog(set, cb) {
  let enabled;
  const logger = (...args) => {
    enabled ??= isDebugEnabled(set);
    if (enabled) {
      cb?.(logger);
      process.stderr.write(`${set.toUpperCase()} ${process.pid}: ${format(...args)}\n`);
    }
  };
  Object.defineProperty(logger, 'enabled', { get: () => (enabled ??= isDebugEnabled(set)), configurable: true, enumerable: true });
  return logger;
}

function isDebugEnabled(set) {
  if (!debugEnabled.has(set)) {
    const patterns = (process.env.NODE_DEBUG || '')
      .split(',')
      .map((p) => p.trim().toUpperCase())
      .filter(Boolean);
    const name = set.toUpperCase();
    debugEnabled.set(
      set,
      patterns.some((p) => new RegExp(`^${p.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*')}$`).test(name)),
    );
  }
  return debugEnabled.get(set);
}

/**
 * `text` in the styles of `format` (a name of inspect.colors, or a list of them), unless
 * the stream it is meant for cannot show them.
 */
function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  let colorize = true;
  if (validateStream) {
    if (!isStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    colorize = shouldColorize(stream);
  }
  const isList = Array.isArray(format);
  let open = '';
  let close = '';
  for (const style of isList ? format : [format]) {
    const codes = inspect.colors[style];
    if (codes == null) validateOneOf(style, 'format', Object.keys(inspect.colors));
    open += `\u001b[${codes[0]}m`;
    close = `\u001b[${codes[1]}m${close}`;
  }
  // Node v20 asks the stream only about a single style: a list of styles is always applied.
  return colorize || isList ? `${open}${text}${close}` : text;
}

/** Whether `value` is a Node stream or a web ReadableStream/WritableStream, by its methods. */
function isStream(value) {
  if (!value) return false;
  const has = (name) => typeof value[name] === 'function';
  return Boolean(
    value._readableState ||
      value._writableState ||
      (has('on') && (has('write') || has('pipe'))) ||
      (has('pipeThrough') && has('getReader') && has('cancel')) ||
      (has('getWriter') && has('abort')),
  );
}

function shouldColorize(stream) {
  if (process.env.FORCE_COLOR !== undefined) return forcedColors();
  return Boolean(stream.isTTY && (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true));
}

let colorOverrideWarned = false;

/** FORCE_COLOR `1`, `2`, `3`, `true` or empty turn colors on, whatever NO_COLOR says; any other value, off. */
function forcedColors() {
  if (!['', '1', '2', '3', 'true'].includes(process.env.FORCE_COLOR)) return false;
  const ignored = ['NODE_DISABLE_COLORS', 'NO_COLOR'].filter((name) => process.env[name] !== undefined);
  if (ignored.length > 0 && !colorOverrideWarned) {
    colorOverrideWarned = true;
    process.emitWarning(`The '${ignored.join("' and '")}' env is ignored due to the 'FORCE_COLOR' env being set.`, 'Warning');
  }
  return true;
}

function isError(value) {
  return types.isNativeError(value);
}

module.exports = {
  ...require('internal/util/legacy'),
  callbackify,
  debuglog,
  debug: debuglog,
  deprecate,
  format,
  formatWithOptions,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean: (v) => typeof v === 'boolean',
  isBuffer: (v) => globalThis.Buffer?.isBuffer(v) ?? false,
  isDate: types.isDate,
  isDeepStrictEqual,
  isError,
  isFunction: (v) => typeof v === 'function',
  isNull: (v) => v === null,
  isNullOrUndefined: (v) => v == null,
  isNumber: (v) => typeof v === 'number',
  isObject: (v) => v !== null && typeof v === 'object',
  isPrimitive: (v) => v === null || (typeof v !== 'object' && typeof v !== 'function'),
  isRegExp: types.isRegExp,
  isString: (v) => typeof v === 'string',
  isSymbol: (v) => typeof v === 'symbol',
  isUndefined: (v) => v === undefined,
  parseArgs,
  promisify,
  stripVTControlCharacters,
  styleText,
  toUSVString: (string) => String(string).toWellFormed(),
  TextDecoder,
  TextEncoder,
  types,
};
