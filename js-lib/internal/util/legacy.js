'use strict';
// The smaller parts of `util`: system error names, Node's own error builders, the
// legacy `_extend` and `log`, `aborted`, and `parseEnv` (.env files as Node reads them).

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
  uvErrors,
  exceptionWithHostPort,
} = require('internal/errors');
const { format } = require('internal/util/inspect');
const { validateAbortSignal } = require('internal/abort_controller');
const { validateObject, validateString } = require('internal/validators');
const { shape } = require('internal/util/function_shape');

function validateErrno(err) {
  if (typeof err !== 'number') throw new ERR_INVALID_ARG_TYPE('err', 'number', err);
  if (!Number.isInteger(err) || err >= 0) throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
}

function getSystemErrorName(err) {
  validateErrno(err);
  return uvErrors.get(err)?.[0] ?? `Unknown system error ${err}`;
}

function getSystemErrorMap() {
  return new Map(uvErrors);
}

/** `read ECONNRESET`, as Node's internal errno errors read. */
function errnoException(err, syscall, original) {
  const code = getSystemErrorName(err);
  const exception = new Error(original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`);
  exception.errno = err;
  exception.code = code;
  exception.syscall = syscall;
  return exception;
}

function extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  for (const key of Object.keys(source)) target[key] = source[key];
  return target;
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function log(...args) {
  const now = new Date();
  const time = [now.getHours(), now.getMinutes(), now.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
  console.log('%s - %s', `${now.getDate()} ${months[now.getMonth()]} ${time}`, format(...args));
}

function aborted(signal, resource) {
  validateAbortSignal(signal, 'signal');
  validateObject(resource, 'resource', { allowArray: true, allowFunction: true });
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}

/**
 * The variables of a .env file: `KEY=value` lines, `export ` allowed, `#` comments
 * (also after an unquoted value), values in single, double or back quotes (which may
 * span lines; `\n` in double quotes is a newline).
 */
function parseEnv(content) {
  validateString(content, 'content');
  const env = {};
  const text = content.replace(/\r\n?/g, '\n');
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    const line = text
      .slice(at, end)
      .trim()
      .replace(/^export\s+/, '');
    const equals = line.indexOf('=');
    if (line === '' || line.startsWith('#') || equals === -1) {
      at = end + 1;
      continue;
    }
    const key = line.slice(0, equals).trim();
    const valueStart = text.indexOf('=', at) + 1;
    const rest = text.slice(valueStart).replace(/^[ \t]+/, '');
    const quote = rest[0];
    const close = quote === '"' || quote === "'" || quote === '`' ? rest.indexOf(quote, 1) : -1;
    if (close !== -1) {
      const value = rest.slice(1, close);
      env[key] = quote === '"' ? value.replace(/\\n/g, '\n') : value;
      const after = text.indexOf('\n', text.length - rest.length + close);
      at = after === -1 ? text.length : after + 1;
    } else {
      env[key] = line
        .slice(equals + 1)
        .split('#')[0]
        .trim();
      at = end + 1;
    }
  }
  return env;
}

module.exports = {
  // Node's are argument-forwarding wrappers (length 0).
  _errnoException: shape((...args) => errnoException(...args), '_errnoException'),
  _exceptionWithHostPort: shape((...args) => exceptionWithHostPort(...args), '_exceptionWithHostPort'),
  _extend: shape(extend, '_extend'),
  aborted,
  getSystemErrorMap,
  getSystemErrorName,
  log,
  parseEnv,
  transferableAbortController: () => new AbortController(),
  transferableAbortSignal: (signal) => AbortSignal.any([signal]),
};
