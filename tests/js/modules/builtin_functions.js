// The `length` and `name` of every function the built-in modules export, and of their
// classes' methods, as Node has them: code tells callback styles apart by `length`
// (graceful-fs, universalify, promisify helpers) and prints `name`. A name is shown
// only where it is not the property's own; names Node's functions get from how Node
// builds them (`bound queryA`, `wrappedFn`, `getOSType`) are not compared. Internal
// methods (`_name`) are left out.

const modules = [
  'assert',
  'assert/strict',
  'async_hooks',
  'buffer',
  'child_process',
  'console',
  'crypto',
  'diagnostics_channel',
  'dns',
  'dns/promises',
  'events',
  'fs',
  'fs/promises',
  'http',
  'http2',
  'https',
  'module',
  'net',
  'os',
  'path',
  'perf_hooks',
  'process',
  'punycode',
  'querystring',
  'readline',
  'readline/promises',
  'stream',
  'stream/consumers',
  'stream/promises',
  'stream/web',
  'string_decoder',
  'timers',
  'timers/promises',
  'tls',
  'tty',
  'url',
  'util',
  'util/types',
  'v8',
  'vm',
  'worker_threads',
  'zlib',
];

// Not listed by either runtime: what Nodule does not have yet, and what only it has.
const notCompared = [
  // Not in Nodule yet: features of their own.
  /^async_hooks\.AsyncLocalStorage/,
  /^crypto\.(Certificate|Cipher|Cipheriv|Decipher|Decipheriv|DiffieHellman|DiffieHellmanGroup|ECDH|Sign|Verify|X509Certificate)\b/,
  /^crypto\.(checkPrime|checkPrimeSync|createDiffieHellmanGroup|diffieHellman|generateKey|generateKeySync|generatePrime|generatePrimeSync)$/,
  /^crypto\.(getCipherInfo|getDiffieHellman|getFips|hkdf|hkdfSync|privateDecrypt|privateEncrypt|publicDecrypt|publicEncrypt)$/,
  /^crypto\.(secureHeapUsed|setEngine|setFips|sign|verify|KeyObject\.from)$/,
  /^http2\.Http2Server(Request|Response)\.prototype\./,
  /^perf_hooks\.(Performance|PerformanceObserver|PerformanceObserverEntryList|PerformanceResourceTiming)\b/,
  /^perf_hooks\.(createHistogram|monitorEventLoopDelay)$/,
  /^process\.(assert|availableMemory|binding|constrainedMemory|dlopen|getActiveResourcesInfo|getBuiltinModule)$/,
  /^process\.(hasUncaughtExceptionCaptureCallback|setUncaughtExceptionCaptureCallback|initgroups|loadEnvFile|openStdin)$/,
  /^process\.(setSourceMapsEnabled|setegid|seteuid|setgid|setgroups|setuid|report\.\w+)$/,
  /^(tls|https)\.Server\.prototype\.(getTicketKeys|setOptions|setTicketKeys)$/,
  /^tls\.TLSSocket\.prototype\.(disableRenegotiation|enableTrace|exportKeyingMaterial|getCertificate|getEphemeralKeyInfo)$/,
  /^tls\.TLSSocket\.prototype\.(getFinished|getPeerFinished|getPeerX509Certificate|getSharedSigalgs|getTLSTicket)$/,
  /^tls\.TLSSocket\.prototype\.(getX509Certificate|renegotiate|setKeyCert|setMaxSendFragment|setServername|setSession)$/,
  'tls.createSecurePair',
  /^util\.MIME(Type|Params)\b/,
  /^v8\.(DefaultDeserializer|DefaultSerializer|Deserializer|Serializer|GCProfiler)\b/,
  /^v8\.(deserialize|serialize|getHeapSnapshot|queryObjects|setHeapSnapshotNearHeapLimit|stopCoverage|takeCoverage)$/,
  /^v8\.(writeHeapSnapshot|promiseHooks\.\w+|startupSnapshot\.\w+)$/,
  /^worker_threads\.(BroadcastChannel|MessageChannel|MessagePort|postMessageToThread)\b/,
  /^worker_threads\.Worker\.prototype\./,
  // Not in Nodule yet: single functions.
  'assert.CallTracker',
  'assert/strict.CallTracker',
  /^console\.(context|createTask)$/,
  /^fs\.(statfs|statfsSync|promises\.statfs)$/,
  /^fs\.Dir\.prototype\.(processReadResult|readSyncRecursive)$/,
  /^fs\.File(Read|Write)Stream\.prototype\.open$/,
  /^module\.(SourceMap|register)$/,
  /^(path|path\.win32)\.matchesGlob$/,
  /^readline(\.promises)?\.Interface\.prototype\.clearLine$/,
  'stream.duplexPair',
  /^timers\.(active|enroll|unenroll)$/,
  /^tty\.WriteStream\.prototype\.(clearLine|clearScreenDown|cursorTo|moveCursor)$/,
  'vm.measureMemory',
  // Node's net.Socket overrides these stream methods; Nodule's inherits them.
  /^net\.Socket\.prototype\.(end|pause|read|resume)$/,
  // Node internals reachable from exported functions.
  /\.withoutStackTrace$/,
  // Objects that are class instances in Node, plain objects in Nodule.
  /^crypto\.(subtle|webcrypto)\./,
  /^perf_hooks\.performance\./,
  /^timers(\/|\.)promises\.scheduler\./,
  // Only in Nodule: its grants, helpers of its own, and newer Node's additions.
  'process.permission.has',
  /^console\.Console\.prototype\.(profile|profileEnd|timeStamp)$/,
  'crypto.pseudoRandomBytes',
  /^https?\.Agent\.prototype\.onFree$/,
  /^http\.ClientRequest\.prototype\.(attachSocket|deferToConnect)$/,
  'module.wrap',
  /^url\.URL\.(components|setComponent)$/,
  /^url\.URLSearchParams\.(forUrl|prototype\.replaceFromUrl)$/,
  'worker_threads.isMarkedAsUntransferable',
];
// Names Node's functions get from how Node builds them: methods assigned without a
// name (''), wrappers (`bound x`, `wrappedFn`), internal names (`getOSType`).
const implementationNames = [
  /^buffer\.Buffer\.prototype\.(read|write)(Float|Double)(LE|BE)$/,
  /^crypto\.(getCiphers|getCurves|getHashes)$/,
  /^tls\.getCiphers$/,
  /^child_process\.ChildProcess\.prototype\.(kill|ref|spawn|unref)$/,
  /^dns(\.promises|\/promises)?\.(Resolver\.prototype\.)?(resolve\w*|reverse|getServers|setServers)$/,
  /^events\.(init|setMaxListeners)$/,
  /^fs\.File(Read|Write)Stream\.prototype\.(close|destroySoon)$/,
  /^fs\.Stats\.prototype\.is\w+$/,
  /^fs\.promises\.watch$/,
  /^http\.Agent\.prototype\.createConnection$/,
  /^https?\.\w+\.prototype\.(cork|uncork)$/,
  /^(https?|net|tls)\.Server\.prototype\.(address|close|closeAllConnections|closeIdleConnections|getConnections|listen|ref|unref)$/,
  /^(https|tls)\.Server\.prototype\.(addContext|setSecureContext)$/,
  /^http\.validateHeader(Name|Value)$/,
  /^module\.prototype\.(load|require)$/,
  'module.runMain',
  /^(net\.Socket|tls\.TLSSocket)\.prototype\.(address|connect|destroySoon|ref|resetAndDestroy|setKeepAlive|setNoDelay|setTimeout|unref)$/,
  /^tls\.TLSSocket\.prototype\.(getCipher|getPeerCertificate|getProtocol|getSession|isSessionReused)$/,
  /^os\.(availableParallelism|freemem|homedir|hostname|machine|release|totalmem|type|uptime|version)$/,
  /^path(\.win32|\.posix)?\.format$/,
  /^process\.(chdir|cwd|hrtime\.bigint|umask)$/,
  /^querystring\.(escape|unescape)$/,
  /^tty\.ReadStream\.prototype\.setRawMode$/,
  /^tty\.WriteStream\.prototype\.getWindowSize$/,
  /^util(\.types|\/types)\.(isCryptoKey|isKeyObject)$/,
  /^zlib\.\w+\.prototype\.(close|flush|reset)$/,
];

const seen = new Set();
const lines = [];

// Methods classes inherit from these are listed with the classes that define them.
const EventEmitter = require('events');
const stream = require('stream');
const net = require('net');
const sharedPrototypes = new Set([
  ...[Object, Function, EventEmitter, net.Socket, net.Server].map((constructor) => constructor.prototype),
  ...[stream.Stream, stream.Readable, stream.Writable, stream.Duplex, stream.Transform, stream.PassThrough].map((constructor) => constructor.prototype),
  Object.getPrototypeOf(Uint8Array.prototype),
  Uint8Array.prototype,
  Object.getPrototypeOf(function* () {}).prototype,
  Object.getPrototypeOf(async function* () {}).prototype,
]);

function matches(path, list) {
  return list.some((entry) => (typeof entry === 'string' ? entry === path : entry.test(path)));
}

function show(path, key, fn) {
  if (matches(path, notCompared)) return;
  const name = fn.name === key || matches(path, implementationNames) ? '' : ` name=${JSON.stringify(fn.name)}`;
  lines.push(`${path} ${fn.length}${name}`);
}

function isNamespace(value) {
  const proto = value !== null && typeof value === 'object' ? Object.getPrototypeOf(value) : undefined;
  return proto === Object.prototype || proto === null;
}

/** A module's own exports, lazy ones (getters) included, as programs read them. */
function exportsOf(value, depth) {
  return Object.keys(value)
    .sort()
    .filter((key) => !key.startsWith('_'))
    .flatMap((key) => {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      return 'value' in descriptor || depth === 0 ? [[key, value[key]]] : [];
    });
}

function walk(path, value, depth) {
  if (seen.has(value)) return;
  seen.add(value);
  for (const [key, member] of exportsOf(value, depth)) {
    const memberPath = `${path}.${key}`;
    if (typeof member === 'function') {
      show(memberPath, key, member);
      if (!seen.has(member) && !matches(memberPath, notCompared)) {
        seen.add(member);
        walkClass(memberPath, member);
      }
    } else if (depth < 2 && isNamespace(member)) {
      walk(memberPath, member, depth + 1);
    }
  }
}

/** A class's methods, its own and those it inherits from prototypes not shared (above). */
function walkClass(path, fn) {
  const methods = new Map();
  for (
    let proto = fn.prototype;
    proto !== null && typeof proto === 'object' && (proto === fn.prototype || !sharedPrototypes.has(proto));
    proto = Object.getPrototypeOf(proto)
  ) {
    for (const key of Object.getOwnPropertyNames(proto)) {
      const descriptor = Object.getOwnPropertyDescriptor(proto, key);
      if (key !== 'constructor' && !key.startsWith('_') && !methods.has(key) && typeof descriptor.value === 'function') methods.set(key, descriptor.value);
    }
  }
  for (const key of [...methods.keys()].sort()) show(`${path}.prototype.${key}`, key, methods.get(key));
  for (const key of Object.getOwnPropertyNames(fn).sort()) {
    if (['length', 'name', 'prototype', 'arguments', 'caller'].includes(key) || key.startsWith('_')) continue;
    const descriptor = Object.getOwnPropertyDescriptor(fn, key);
    if (typeof descriptor.value === 'function') show(`${path}.${key}`, key, descriptor.value);
  }
}

for (const id of modules) {
  const exported = require(id);
  if (typeof exported === 'function') {
    show(id, id, exported);
    seen.add(exported);
    walkClass(id, exported);
  }
  walk(id, exported, 0);
}
console.log(lines.join('\n'));
