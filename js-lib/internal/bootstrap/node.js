'use strict';
// Sets up the global scope Node programs expect, then loads every public built-in
// so the pre-initialized snapshot holds them compiled and ready.

require('internal/error_stack').install();

// The Function constructors (Function, AsyncFunction, GeneratorFunction and
// AsyncGeneratorFunction) compile code under a name that records the script that
// called them, V8's `eval at <anonymous> (<script>), <anonymous>`, so that an `import()`
// in that code resolves against the script, as in Node (guest/src/natives/contextify.rs).
{
  const replacements = internalBinding('contextify').functionConstructors();
  const originals = {
    Function,
    AsyncFunction: (async () => {}).constructor,
    GeneratorFunction: function* () {}.constructor,
    AsyncGeneratorFunction: async function* () {}.constructor,
  };
  for (const [name, original] of Object.entries(originals)) {
    const replacement = replacements[name];
    Object.defineProperty(replacement, 'prototype', Object.getOwnPropertyDescriptor(original, 'prototype'));
    Object.setPrototypeOf(
      replacement,
      Object.getPrototypeOf(original) === Function ? replacements.Function : Object.getPrototypeOf(original),
    );
    const ownConstructor = Object.getOwnPropertyDescriptor(original.prototype, 'constructor');
    Object.defineProperty(original.prototype, 'constructor', { ...ownConstructor, value: replacement });
  }
  Object.defineProperty(globalThis, 'Function', {
    ...Object.getOwnPropertyDescriptor(globalThis, 'Function'),
    value: replacements.Function,
  });
}

const { process } = require('internal/process/object');
const taskQueues = require('internal/process/task_queues');

function defineGlobal(name, value, enumerable = true) {
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable });
}

defineGlobal('global', globalThis);
let globalProcess = process;
Object.defineProperty(globalThis, 'process', {
  get: () => globalProcess,
  set: (value) => {
    globalProcess = value;
  },
  enumerable: false,
  configurable: true,
});
process.nextTick = taskQueues.nextTick;
// Deprecated, so made by util.deprecate, which needs the global process.
process.assert = require('util').deprecate(
  function assert(value, message) {
    if (!value) throw new (require('internal/errors').codes.ERR_ASSERTION)(message || 'assertion error');
  },
  'process.assert() is deprecated. Please use the `assert` module instead.',
  'DEP0100',
);

const timers = require('timers');
for (const name of ['clearImmediate', 'setImmediate', 'clearInterval', 'clearTimeout', 'setInterval', 'setTimeout']) {
  defineGlobal(name, timers[name]);
}
defineGlobal('queueMicrotask', taskQueues.queueMicrotask);
defineGlobal('console', require('console'), false);
{
  const intl = require('internal/intl/intl');
  defineGlobal('Intl', intl.namespace, false);
  intl.installLocaleMethods();
}
const { TextEncoder, TextDecoder } = require('internal/encoding');
defineGlobal('TextEncoder', TextEncoder, false);
defineGlobal('TextDecoder', TextDecoder, false);
defineGlobal('performance', require('perf_hooks').performance);
const buffer = require('buffer');
defineGlobal('Buffer', buffer.Buffer, false);
defineGlobal('atob', buffer.atob);
defineGlobal('btoa', buffer.btoa);
defineGlobal('Blob', buffer.Blob, false);
defineGlobal('File', buffer.File, false);
defineGlobal('DOMException', require('internal/domexception').DOMException, false);
const { EventTarget, Event, CustomEvent } = require('internal/event_target');
defineGlobal('EventTarget', EventTarget, false);
defineGlobal('Event', Event, false);
defineGlobal('CustomEvent', CustomEvent, false);
const { AbortController, AbortSignal } = require('internal/abort_controller');
defineGlobal('AbortController', AbortController, false);
defineGlobal('AbortSignal', AbortSignal, false);
defineGlobal('structuredClone', require('internal/structured_clone').structuredClone);
const { MessageChannel, MessagePort, MessageEvent, BroadcastChannel } = require('internal/worker/io');
defineGlobal('MessageChannel', MessageChannel, false);
defineGlobal('MessagePort', MessagePort, false);
defineGlobal('MessageEvent', MessageEvent, false);
defineGlobal('BroadcastChannel', BroadcastChannel, false);
defineGlobal('crypto', require('crypto').webcrypto);
const { Crypto, CryptoKey, SubtleCrypto } = require('internal/crypto/webcrypto');
defineGlobal('Crypto', Crypto, false);
defineGlobal('CryptoKey', CryptoKey, false);
defineGlobal('SubtleCrypto', SubtleCrypto, false);
const { URL, URLSearchParams } = require('internal/url');
defineGlobal('URL', URL, false);
defineGlobal('URLSearchParams', URLSearchParams, false);
for (const [name, value] of Object.entries(require('stream/web'))) defineGlobal(name, value, false);
defineGlobal('fetch', require('internal/fetch/fetch').fetch);
defineGlobal('Headers', require('internal/fetch/headers').Headers, false);
defineGlobal('Request', require('internal/fetch/request').Request, false);
defineGlobal('Response', require('internal/fetch/response').Response, false);
defineGlobal('FormData', require('internal/fetch/formdata').FormData, false);

// `sys` warns that it is deprecated when a program loads it, and loading `domain` changes
// how every EventEmitter and uncaught exception behaves, so those two load then.
for (const id of require.publicIds) if (id !== 'sys' && id !== 'domain') require(id);
