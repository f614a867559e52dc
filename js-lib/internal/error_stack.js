'use strict';
// V8's `error.stack` on QuickJS. QuickJS records only the frames, at construction;
// V8 (and every package that parses stacks) expects `Name: message` first, worked
// out when `stack` is first read, and frames spelled V8's way. Both are done here,
// lazily, once per error.

const nativeStack = Object.getOwnPropertyDescriptor(Error.prototype, 'stack');
const nativeCaptureStackTrace = Error.captureStackTrace;

/** The first line of a stack: what `Error.prototype.toString` gives, as V8 computes it. */
function stackHeader(error) {
  let name;
  let message;
  try {
    name = error.name === undefined ? 'Error' : String(error.name);
    message = error.message === undefined ? '' : String(error.message);
  } catch {
    return 'Error';
  }
  if (name === '') return message;
  if (message === '') return name;
  return `${name}: ${message}`;
}

/** QuickJS frame lines in V8's spelling: anonymous frames have no name, native ones no file. */
function v8Frames(frames) {
  return frames
    .replace(/^ {4}at <(?:anonymous|eval)> \((.*)\)$/gm, '    at $1')
    .replace(/^ {4}at (?:call|apply) \(native\)\n/gm, '')
    .replace(/ \(native\)$/gm, ' (<anonymous>)')
    .replace(/\n$/, '');
}

/**
 * V8 starts an error's trace at the code that said `new`: the constructors of Error
 * subclasses are left out. QuickJS includes them.
 */
function withoutConstructorFrames(error, frames) {
  const names = new Set();
  for (let proto = Object.getPrototypeOf(error); proto !== null && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    const name = typeof proto.constructor === 'function' ? proto.constructor.name : '';
    if (name) names.add(name);
  }
  let start = 0;
  for (;;) {
    const match = /^ {4}at (?:new )?([\w$.]+) \(.*\n?/.exec(frames.slice(start));
    if (match === null || !names.has(match[1])) break;
    start += match[0].length;
  }
  return frames.slice(start);
}

let sourceMaps;

function withHeader(error, frames) {
  const header = stackHeader(error);
  frames = withoutConstructorFrames(error, frames);
  if (frames === '') return header;
  // Loaded on the first stack: its own modules come after this one at start-up.
  sourceMaps ??= require('internal/source_map/source_map_cache');
  return `${header}\n${sourceMaps.mapFrames(v8Frames(frames))}`;
}

function defineStack(target, value) {
  Object.defineProperty(target, 'stack', { value, writable: true, configurable: true, enumerable: false });
}

/**
 * QuickJS's CallSite objects (what `Error.prepareStackTrace` receives) have only part of
 * V8's API; packages such as depd call the rest. QuickJS records no `this` or method
 * name for a frame: those answer as V8 does for a plain function call.
 */
function completeCallSites() {
  const saved = Error.prepareStackTrace;
  Error.prepareStackTrace = (_error, callSites) => callSites;
  const sample = {};
  nativeCaptureStackTrace(sample);
  const callSite = sample.stack[0];
  Error.prepareStackTrace = saved;
  if (callSite === undefined) return;
  const proto = Object.getPrototypeOf(callSite);
  // Code made by eval or a Function constructor has no file, as in V8: QuickJS names
  // eval code `<input>`, and Nodule names Function code after its origin (V8's
  // `eval at <anonymous> (<script>)`, then `, <anonymous>`).
  const scriptName = proto.getFileName;
  const evalOrigin = (site) => {
    const name = scriptName.call(site);
    if (name === '<input>') return 'eval at <anonymous>';
    return typeof name === 'string' && name.startsWith('eval at ') && name.endsWith(', <anonymous>') ? name.slice(0, -13) : undefined;
  };
  Object.defineProperty(proto, 'getFileName', {
    value: function getFileName() {
      return evalOrigin(this) === undefined ? scriptName.call(this) : undefined;
    },
    writable: true,
    configurable: true,
  });
  const methods = {
    getTypeName: () => null,
    getMethodName: () => null,
    getThis: () => undefined,
    getEvalOrigin() {
      return evalOrigin(this);
    },
    getPromiseIndex: () => null,
    isEval() {
      return evalOrigin(this) !== undefined;
    },
    isAsync: () => false,
    isPromiseAll: () => false,
    isToplevel() {
      return !this.getFunctionName()?.includes('.');
    },
    getScriptNameOrSourceURL() {
      return this.getFileName();
    },
    getScriptHash: () => '',
    getEnclosingLineNumber() {
      return this.getLineNumber();
    },
    getEnclosingColumnNumber() {
      return this.getColumnNumber();
    },
    toString() {
      const location = this.isNative()
        ? 'native'
        : `${scriptName.call(this) ?? '<anonymous>'}:${this.getLineNumber()}:${this.getColumnNumber()}`;
      const name = this.getFunctionName();
      return name ? `${name} (${location})` : location;
    },
  };
  for (const [name, method] of Object.entries(methods)) {
    if (!(name in proto) || name === 'toString') Object.defineProperty(proto, name, { value: method, writable: true, configurable: true });
  }
  // V8's call sites have no tag: Object.prototype.toString calls them plain objects.
  Object.defineProperty(proto, Symbol.toStringTag, { value: undefined, configurable: true });
}

function install() {
  completeCallSites();
  Object.defineProperty(Error.prototype, 'stack', {
    get() {
      const frames = nativeStack.get.call(this);
      // A custom Error.prepareStackTrace already made the stack what its author wants.
      if (typeof frames !== 'string' || typeof Error.prepareStackTrace === 'function') return frames;
      const stack = withHeader(this, frames);
      defineStack(this, stack);
      return stack;
    },
    set(value) {
      defineStack(this, value);
    },
    configurable: true,
    enumerable: false,
  });

  Error.captureStackTrace = function captureStackTrace(target, constructorOpt) {
    // Starting the trace at this wrapper leaves it out, as the native function leaves itself out.
    nativeCaptureStackTrace(target, constructorOpt ?? captureStackTrace);
    const frames = Object.getOwnPropertyDescriptor(target, 'stack')?.value;
    if (typeof frames === 'string' && typeof Error.prepareStackTrace !== 'function') {
      defineStack(target, withHeader(target, frames));
    }
  };
}

module.exports = { install };
