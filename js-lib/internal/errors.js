'use strict';
// Node's error codes (`ERR_*`) and the errors of failed system calls, with Node's
// exact names, codes and message texts.

const codes = {};

/** Defines `codes[code]`: an error class whose message comes from `message(...args)`. */
function E(code, message, Base) {
  class NodeError extends Base {
    constructor(...args) {
      super();
      // A message function may also set properties on the error (`this.host`), as Node's do.
      const text = typeof message === 'function' ? message.apply(this, args) : message;
      Object.defineProperty(this, 'message', { value: text, writable: true, configurable: true });
      Object.defineProperty(this, 'code', { value: code, enumerable: true, writable: true, configurable: true });
      captureStackWithCode(this, code);
    }

    // biome-ignore lint/complexity/useLiteralKeys: a class accessor cannot be named constructor literally
    get ['constructor']() {
      return Base;
    }

    toString() {
      return `${Base.name} [${code}]: ${this.message}`;
    }
  }
  Object.defineProperty(NodeError, 'name', { value: Base.name });
  codes[code] = NodeError;
}

/**
 * Node's stacks name the code in their first line, `TypeError [ERR_X]: message`:
 * the stack is worked out (and kept) while the name says so.
 */
function captureStackWithCode(error, code) {
  const { name } = error;
  error.name = `${name} [${code}]`;
  error.stack;
  delete error.name;
}

const classRegExp = /^([A-Z][a-z0-9]*)+$/;
const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];

/**
 * How Node describes a received value in argument errors. Strings are shown as they
 * are, cut at 25 characters, in single quotes (or JSON's double quotes when they hold
 * one); other primitives as their text.
 */
function determineSpecificType(value) {
  if (value == null) return `${value}`;
  switch (typeof value) {
    case 'string': {
      const shown = value.length > 28 ? `${value.slice(0, 25)}...` : value;
      return `type string (${shown.includes("'") ? JSON.stringify(shown) : `'${shown}'`})`;
    }
    case 'function':
      return `function ${value.name}`;
    case 'object':
      if (value.constructor && 'name' in value.constructor) return `an instance of ${value.constructor.name}`;
      return `${lazyInspect()(value, { depth: -1 })}`;
    case 'bigint':
      return `type bigint (${value}n)`;
    case 'symbol':
      return `type symbol (${String(value)})`;
    default:
      return `type ${typeof value} (${lazyInspect()(value, { colors: false })})`;
  }
}

let inspect;
function lazyInspect() {
  inspect ??= require('internal/util/inspect').inspect;
  return inspect;
}

function formatList(array, type = 'and') {
  return array.length < 3 ? array.join(` ${type} `) : `${array.slice(0, -1).join(', ')}, ${type} ${array[array.length - 1]}`;
}

E(
  'ERR_INVALID_ARG_TYPE',
  (name, expected, actual) => {
    if (!Array.isArray(expected)) expected = [expected];
    let msg = 'The ';
    if (name.endsWith(' argument')) msg += `${name} `;
    else msg += `"${name}" ${name.includes('.') ? 'property' : 'argument'} `;
    msg += 'must be ';
    const types = [];
    const instances = [];
    const other = [];
    for (const value of expected) {
      if (kTypes.includes(value)) types.push(value.toLowerCase());
      else if (classRegExp.test(value)) instances.push(value);
      else other.push(value);
    }
    if (instances.length > 0 && types.includes('object')) {
      types.splice(types.indexOf('object'), 1);
      instances.push('Object');
    }
    if (types.length > 0) {
      msg += `${types.length > 1 ? 'one of type' : 'of type'} ${formatList(types, 'or')}`;
      if (instances.length > 0 || other.length > 0) msg += ' or ';
    }
    if (instances.length > 0) {
      msg += `an instance of ${formatList(instances, 'or')}`;
      if (other.length > 0) msg += ' or ';
    }
    if (other.length > 0) {
      msg += other.length > 1 ? `one of ${formatList(other, 'or')}` : `${other[0].toLowerCase() !== other[0] ? 'an ' : ''}${other[0]}`;
    }
    return `${msg}. Received ${determineSpecificType(actual)}`;
  },
  TypeError,
);
E(
  'ERR_INVALID_ARG_VALUE',
  (name, value, reason = 'is invalid') => {
    let inspected = lazyInspect()(value);
    if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
    return `The ${name.includes('.') ? 'property' : 'argument'} '${name}' ${reason}. Received ${inspected}`;
  },
  TypeError,
);
E(
  'ERR_OUT_OF_RANGE',
  (name, range, received) => {
    let value =
      Number.isInteger(received) && Math.abs(received) > 2 ** 32 ? addNumericalSeparator(String(received)) : lazyInspect()(received);
    if (typeof received === 'bigint')
      value = `${received > 2n ** 32n || received < -(2n ** 32n) ? addNumericalSeparator(String(received)) : String(received)}n`;
    return `The value of "${name}" is out of range. It must be ${range}. Received ${value}`;
  },
  RangeError,
);
E(
  'ERR_INVALID_URL',
  function invalidUrl(input, base) {
    this.input = input;
    if (base !== undefined && base !== null) this.base = base;
    // Node leaves the URL out of the message (it may hold credentials). The WHATWG URL
    // class throws a plain TypeError instead (internal/url), as Node's native parser.
    return 'Invalid URL';
  },
  TypeError,
);
E('ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent', TypeError);
E('ERR_DNS_SET_SERVERS_FAILED', (err, servers) => `c-ares failed to set servers: "${err}" [${lazyInspect()(servers)}]`, Error);
E('ERR_UNKNOWN_CREDENTIAL', (type, id) => `${type} identifier does not exist: ${id}`, Error);
E('ERR_INVALID_THIS', (type) => `Value of "this" must be of type ${type}`, TypeError);
E('ERR_INVALID_OBJECT_DEFINE_PROPERTY', (key, message) => `${key} ${message}`, TypeError);
E('ERR_FS_FILE_TOO_LARGE', (size) => `File size (${size}) is greater than 2 GiB`, RangeError);
E('ERR_BUFFER_TOO_LARGE', (max) => `Cannot create a Buffer larger than ${max} bytes`, RangeError);
E('ERR_BROTLI_INVALID_PARAM', (param) => `${param} is not a valid Brotli parameter`, RangeError);
E('ERR_ZLIB_INITIALIZATION_FAILED', 'Initialization failed', Error);
// A name may be a list of alternatives: ['options', 'port'] reads `"options" or "port"`.
E(
  'ERR_MISSING_ARGS',
  (...names) => {
    const quoted = names.map((n) => (Array.isArray(n) ? n.map((a) => `"${a}"`).join(' or ') : `"${n}"`));
    return `The ${formatList(quoted)} argument${names.length > 1 ? 's' : ''} must be specified`;
  },
  TypeError,
);
E('ERR_UNHANDLED_ERROR', (err) => (err === undefined ? 'Unhandled error.' : `Unhandled error. (${err})`), Error);
E(
  'ERR_UNHANDLED_REJECTION',
  (reason) =>
    'This error originated either by throwing inside of an async function without a catch block, ' +
    `or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "${lazyInspect()(reason)}".`,
  Error,
);
E('ERR_UNKNOWN_SIGNAL', (signal) => `Unknown signal: ${signal}`, TypeError);
E('ERR_CHILD_PROCESS_STDIO_MAXBUFFER', (name) => `${name} maxBuffer length exceeded`, RangeError);
E('ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe', Error);
E('ERR_CHILD_PROCESS_IPC_REQUIRED', (name) => `Forked processes must have an IPC channel, missing value 'ipc' in ${name}`, Error);
E('ERR_IPC_SYNC_FORK', 'IPC cannot be used with synchronous forks', Error);
E('ERR_UNKNOWN_ENCODING', (encoding) => `Unknown encoding: ${encoding}`, TypeError);
E('ERR_METHOD_NOT_IMPLEMENTED', (method) => `The ${method} method is not implemented`, Error);
E('ERR_STREAM_WRITE_AFTER_END', 'write after end', Error);
E('ERR_STRING_TOO_LONG', 'Cannot create a string longer than 0x1fffffe8 characters', Error);
E(
  'ERR_INVALID_RETURN_VALUE',
  (input, name, value) => `Expected ${input} to be returned from the "${name}" function but got ${determineSpecificType(value)}.`,
  TypeError,
);
E('ERR_EVAL_ESM_CANNOT_PRINT', '--print cannot be used with ESM input', Error);
E('ERR_ACCESS_DENIED', (message) => message ?? 'Access to this API has been restricted', Error);
E(
  'ERR_REQUIRE_ASYNC_MODULE',
  (filename, parentFilename) =>
    'require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where the top-level ' +
    `await comes from, use --experimental-print-required-tla.\n  From ${parentFilename} \n  Requiring ${filename} `,
  Error,
);
E(
  'ERR_REQUIRE_CYCLE_MODULE',
  (filename, parentFilename, fromImport) =>
    `Cannot require() ES Module ${filename} in a cycle. (from ${parentFilename})` +
    (fromImport
      ? ' A cycle involving require(esm) is not allowed to maintain invariants mandated by the ECMAScript ' +
        'specification. Try making at least part of the dependency in the graph lazily loaded.'
      : ''),
  Error,
);
E('ERR_EVENT_RECURSION', (type) => `The event "${type}" is already being dispatched`, Error);
// Node's natives throw it with the whole message as their argument.
E('ERR_INVALID_STATE', (message) => message, Error);
// node:test's failures: the message is the failing value's (its `cause`, with a `failureType`, set by the runner).
E('ERR_TEST_FAILURE', (error) => `${error?.message ?? error}`, Error);
E(
  'ERR_DOMAIN_CALLBACK_NOT_AVAILABLE',
  'A callback was registered through process.setUncaughtExceptionCaptureCallback(), which is mutually exclusive with using the `domain` module',
  Error,
);
E(
  'ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE',
  'The `domain` module is in use, which is mutually exclusive with calling process.setUncaughtExceptionCaptureCallback()',
  Error,
);
E(
  'ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET',
  '`process.setupUncaughtExceptionCapture()` was called while a capture callback was already active',
  Error,
);
// process.assert's failures: a plain Error with Node's code.
E('ERR_ASSERTION', (message) => message, Error);
E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);
E('ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', (reason) => reason, TypeError);
E(
  'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
  (feature) => `The feature ${feature} is unavailable on the current platform, which is being used to run Node.js`,
  TypeError,
);
E('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', (message) => message, TypeError);
E(
  'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
  (arg) => `Unexpected argument '${arg}'. This command does not take positional arguments`,
  TypeError,
);
E(
  'ERR_PARSE_ARGS_UNKNOWN_OPTION',
  (option, allowPositionals) =>
    `Unknown option '${option}'${
      allowPositionals
        ? `. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- ${JSON.stringify(option)}`
        : ''
    }`,
  TypeError,
);
E(
  'ERR_SOCKET_BAD_PORT',
  (name, port, allowZero = true) => `${name} should be ${allowZero ? '>=' : '>'} 0 and < 65536. Received ${determineSpecificType(port)}.`,
  RangeError,
);
E('ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.', Error);
E('ERR_SERVER_NOT_RUNNING', 'Server is not running.', Error);
E('ERR_SOCKET_CLOSED', 'Socket is closed', Error);
E(
  'ERR_BUFFER_OUT_OF_BOUNDS',
  (name) => (name ? `"${name}" is outside of buffer bounds` : 'Attempt to access memory outside buffer bounds'),
  RangeError,
);
E('ERR_SOCKET_BAD_TYPE', 'Bad socket type specified. Valid types are: udp4, udp6', TypeError);
E('ERR_SOCKET_ALREADY_BOUND', 'Socket is already bound', Error);
E('ERR_SOCKET_DGRAM_NOT_RUNNING', 'Not running', Error);
E('ERR_SOCKET_DGRAM_IS_CONNECTED', 'Already connected', Error);
E('ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected', Error);
E('ERR_SOCKET_CLOSED_BEFORE_CONNECTION', 'Socket closed before the connection was established', Error);
E(
  'ERR_INVALID_ADDRESS_FAMILY',
  function (family, host, port) {
    this.host = host;
    this.port = port;
    return `Invalid address family: ${family} ${host}:${port}`;
  },
  RangeError,
);
E('ERR_INVALID_IP_ADDRESS', (ip) => `Invalid IP address: ${ip}`, TypeError);
E('ERR_STREAM_DESTROYED', (method) => `Cannot call ${method} after a stream was destroyed`, Error);
E('ERR_STREAM_ALREADY_FINISHED', (method) => `Cannot call ${method} after a stream was finished`, Error);
E('ERR_ASYNC_CALLBACK', (name) => `${name} must be a function`, TypeError);
E('ERR_INVALID_ASYNC_ID', (type, id) => `Invalid ${type} value: ${id}`, RangeError);
E('ERR_USE_AFTER_CLOSE', (name) => `${name} was closed`, Error);
E('ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column', TypeError);
E('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error);
E('ERR_HTTP_REQUEST_TIMEOUT', 'Request timeout', Error);
E('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
E('ERR_HTTP_HEADERS_SENT', (action) => `Cannot ${action} headers after they are sent to the client`, Error);
E('ERR_HTTP_INVALID_HEADER_VALUE', (value, name) => `Invalid value "${value}" for header "${name}"`, TypeError);
E('ERR_HTTP_INVALID_STATUS_CODE', (code) => `Invalid status code: ${code}`, RangeError);
E('ERR_HTTP_TRAILER_INVALID', 'Trailers are invalid with this transfer encoding', Error);
E(
  'ERR_HTTP_CONTENT_LENGTH_MISMATCH',
  (actual, expected) =>
    `Response body's content-length of ${actual} byte(s) does not match the content-length of ${expected} byte(s) set in header`,
  Error,
);
E('ERR_HTTP_BODY_NOT_ALLOWED', 'Adding content for this request method or response status is not allowed.', Error);
E('ERR_HTTP_SOCKET_ASSIGNED', 'ServerResponse has an already assigned socket', Error);
E('ERR_INVALID_HTTP_TOKEN', (name, field) => `${name} must be a valid HTTP token ["${field}"]`, TypeError);
E('ERR_INVALID_CHAR', (name, field) => `Invalid character in ${name}${field === undefined ? '' : ` ["${field}"]`}`, TypeError);
E('ERR_INVALID_PROTOCOL', (protocol, expected) => `Protocol "${protocol}" not supported. Expected "${expected}"`, TypeError);
E('ERR_UNESCAPED_CHARACTERS', (name) => `${name} contains unescaped characters`, TypeError);
E('ERR_CONSTRUCT_CALL_INVALID', 'Constructor cannot be called', TypeError);
E('ERR_IPC_CHANNEL_CLOSED', 'Channel closed', Error);
E('ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected', Error);
E(
  'ERR_WORKER_PATH',
  (filename) =>
    "The worker script or module filename must be an absolute path or a relative path starting with './' or '../'." +
    (/^file:\/\/\//.test(filename) ? ' Wrap file:// URLs with `new URL`.' : '') +
    (/^data:text\/javascript/.test(filename) ? ' Wrap data: URLs with `new URL`.' : '') +
    ` Received "${filename}"`,
  TypeError,
);

E('ERR_DIR_CLOSED', 'Directory handle was closed', Error);
E('ERR_DIR_CONCURRENT_OPERATION', 'Cannot do synchronous work on directory handle with concurrent asynchronous operations', Error);
E('ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher', Error);
E('ERR_CRYPTO_INVALID_KEYLEN', (message = 'Invalid key length') => message, RangeError);
E('ERR_CRYPTO_INVALID_IV', 'Invalid initialization vector', TypeError);
E(
  'ERR_CRYPTO_INVALID_STATE',
  (operation) => (operation === undefined ? 'Invalid state' : `Invalid state for operation ${operation}`),
  Error,
);
E('ERR_CRYPTO_INVALID_AUTH_TAG', (length) => `Invalid authentication tag length: ${length}`, TypeError);
E('ERR_CRYPTO_INVALID_DIGEST', (digest) => (digest === undefined ? 'Invalid digest' : `Invalid digest: ${digest}`), TypeError);
E('ERR_CRYPTO_INVALID_SCRYPT_PARAMS', 'Invalid scrypt params', RangeError);
E('ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE', 'Unsupported JWK Key Type.', Error);
E('ERR_CRYPTO_INVALID_JWK', (message = 'Invalid JWK data') => message, TypeError);
E('ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', (encoding, reason) => `The selected key encoding ${encoding} ${reason}.`, Error);
E('ERR_CRYPTO_UNKNOWN_DH_GROUP', 'Unknown DH group', Error);
E('ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name', TypeError);
E('ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', (type, expected) => `Invalid key object type ${type}, expected ${expected}.`, TypeError);
E('ERR_CRYPTO_INCOMPATIBLE_KEY', (name, reason) => `Incompatible ${name}: ${reason}`, Error);
E('ERR_CRYPTO_UNSUPPORTED_OPERATION', 'Unsupported crypto operation', Error);
E('ERR_CRYPTO_SIGN_KEY_REQUIRED', 'No key provided to sign', Error);
E('ERR_CRYPTO_ECDH_INVALID_FORMAT', (format) => `Invalid ECDH format: ${format}`, TypeError);
E('ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', 'Public key is not valid for specified curve', Error);
E('ERR_CRYPTO_INVALID_KEYTYPE', (message = 'Invalid key type') => message, RangeError);
E('ERR_CRYPTO_OPERATION_FAILED', (message = 'Operation failed') => message, Error);
E('ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', 'Invalid scrypt parameter', Error);
E('ERR_MISSING_PASSPHRASE', 'Passphrase required for encrypted key', TypeError);
E('ERR_CRYPTO_JWK_UNSUPPORTED_CURVE', (curve) => `Unsupported JWK EC curve: ${curve}.`, Error);
E('ERR_MISSING_OPTION', (option) => `${option} is required`, TypeError);
E('ERR_INCOMPATIBLE_OPTION_PAIR', (a, b) => `Option "${a}" cannot be used in combination with option "${b}"`, TypeError);

/**
 * Node's SystemError: an operation that failed in a way no single errno tells, with
 * what it was doing as `info` — `Prefix: syscall returned CODE (message) path => dest`.
 */
class SystemError extends Error {
  constructor(key, prefix, context) {
    let message = `${prefix}: ${context.syscall} returned ${context.code} (${context.message})`;
    if (context.path !== undefined) message += ` ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;
    super(message);
    this.code = key;
    this.info = context;
    this.errno = context.errno;
    this.syscall = context.syscall;
    if (context.path !== undefined) this.path = context.path;
    if (context.dest !== undefined) this.dest = context.dest;
    captureStackWithCode(this, key);
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}
Object.defineProperty(SystemError.prototype, 'name', { value: 'SystemError', writable: true, configurable: true });

function ESystem(code, prefix) {
  codes[code] = class extends SystemError {
    constructor(context) {
      super(code, prefix, context);
    }
  };
}
ESystem('ERR_FS_EISDIR', 'Path is a directory');
ESystem('ERR_FS_CP_EINVAL', 'Invalid src or dest');
ESystem('ERR_FS_CP_DIR_TO_NON_DIR', 'Cannot overwrite non-directory with directory');
ESystem('ERR_FS_CP_NON_DIR_TO_DIR', 'Cannot overwrite directory with non-directory');
ESystem('ERR_FS_CP_EEXIST', 'Target already exists');
ESystem('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', 'Cannot overwrite symlink in subdirectory of self');
ESystem('ERR_FS_CP_SOCKET', 'Cannot copy a socket file');
ESystem('ERR_FS_CP_FIFO_PIPE', 'Cannot copy a FIFO pipe');
ESystem('ERR_FS_CP_UNKNOWN', 'Cannot copy an unknown file type');

/** What an operation cancelled through an AbortSignal fails with. */
class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

function addNumericalSeparator(text) {
  let result = '';
  let i = text.length;
  const start = text[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) result = `_${text.slice(i - 3, i)}${result}`;
  return `${text.slice(0, i)}${result}`;
}

const { ACCESS_DENIED } = internalBinding('fs');
/** libuv's errno codes and descriptions, by (negative) errno, for what the host reports. */
const uvErrors = new Map(
  internalBinding('errno')
    .table.filter(([errno]) => errno !== ACCESS_DENIED)
    .map(([errno, code, description]) => [errno, [code, description]]),
);

const readSyscalls = new Set(['open', 'read', 'stat', 'lstat', 'scandir', 'realpath', 'access', 'readlink', 'opendir']);

/**
 * The error of a failed system call (`errno` as the natives return it), as Node builds it:
 * `ENOENT: no such file or directory, open '/x'` with errno, code, syscall, path, dest.
 * A refusal by the sandbox is Node's permission-model error instead.
 */
function uvException(errno, syscall, path, dest) {
  if (errno === ACCESS_DENIED) {
    const read = readSyscalls.has(syscall);
    const err = new codes.ERR_ACCESS_DENIED(
      `Access to this API has been restricted. Use --allow-fs-${read ? 'read' : 'write'} to manage permissions.`,
    );
    err.permission = read ? 'FileSystemRead' : 'FileSystemWrite';
    if (path !== undefined) err.resource = path;
    return err;
  }
  const [code, description] = uvErrors.get(errno) ?? ['EIO', 'i/o error'];
  let message = `${code}: ${description}, ${syscall}`;
  if (path !== undefined) message += ` '${path}'`;
  if (dest !== undefined) message += ` -> '${dest}'`;
  const err = new Error(message);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  if (path !== undefined) err.path = path;
  if (dest !== undefined) err.dest = dest;
  return err;
}

/** The sandbox's refusal of a network operation: Node's permission-model error. */
function netAccessDenied(host) {
  const err = new codes.ERR_ACCESS_DENIED('Access to this API has been restricted. Use --allow-net to manage permissions.');
  err.permission = 'Net';
  err.resource = host;
  return err;
}

/**
 * A failed socket call as Node builds it: `connect ECONNREFUSED 127.0.0.1:80`, or with
 * libuv's description when `described` (`listen EADDRINUSE: address already in use :::80`).
 */
function exceptionWithHostPort(errno, syscall, address, port, described = false) {
  // A Unix socket (a path, with no port) is refused as the file it is.
  if (errno === ACCESS_DENIED) return port === undefined || port === -1 ? uvException(errno, syscall, address) : netAccessDenied(address);
  const [code, description] = uvErrors.get(errno) ?? ['EIO', 'i/o error'];
  let message = described ? `${syscall} ${code}: ${description}` : `${syscall} ${code}`;
  if (port > 0) message += ` ${address}:${port}`;
  else if (address) message += ` ${address}`;
  const err = new Error(message);
  // Node's two builders add the same fields in different orders.
  if (described) err.code = code;
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  if (address !== undefined) err.address = address;
  if (port) err.port = port;
  return err;
}

/** A failed name resolution: `getaddrinfo ENOTFOUND example.invalid`. */
function dnsException(errno, syscall, hostname) {
  if (errno === ACCESS_DENIED) return netAccessDenied(hostname);
  const [code] = uvErrors.get(errno) ?? ['ENOTFOUND'];
  const err = new Error(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  if (hostname) err.hostname = hostname;
  return err;
}

module.exports = { AbortError, codes, uvException, uvErrors, determineSpecificType, exceptionWithHostPort, dnsException };
