'use strict';
// vm: scripts run in this context or in contexts of their own. A context is a QuickJS
// context with the standard built-ins; the object it was made from ("contextified")
// stands for its global: its properties are the global's before each run, and what
// the run left on the global (new, changed or deleted names) is written back after.
// Node's contexts see the object live through interceptors; here it is synchronized
// at the run's edges (README "Deliberate differences").

const {
  checkScript,
  compileFunction: compileBody,
  contextGlobal,
  evalInContext,
  evalScript,
  freeContext,
  makeContext,
} = internalBinding('contextify');
const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateArray, validateObject, validateString } = require('internal/validators');
const { shape } = require('internal/util/function_shape');

/** Contextified objects and their contexts: `{ id, builtins }`. */
const contexts = new WeakMap();
const finalizer = new FinalizationRegistry((id) => freeContext(id));

function createContext(contextObject = {}, options = {}) {
  if (contexts.has(contextObject)) return contextObject;
  validateObject(contextObject, 'contextObject', { allowArray: true, allowFunction: true });
  validateObject(options, 'options');
  const id = makeContext();
  const builtins = new Set(Reflect.ownKeys(contextGlobal(id)));
  contexts.set(contextObject, { id, builtins });
  finalizer.register(contextObject, id);
  return contextObject;
}

function isContext(object) {
  validateObject(object, 'object', { allowArray: true, allowFunction: true });
  return contexts.has(object);
}

function contextOf(contextifiedObject) {
  const context =
    typeof contextifiedObject === 'object' || typeof contextifiedObject === 'function' ? contexts.get(contextifiedObject) : undefined;
  if (context === undefined) throw new ERR_INVALID_ARG_TYPE('contextifiedObject', 'vm.Context', contextifiedObject);
  return context;
}

/** Runs `source` in the context of `sandbox`, keeping the two in step around the run. */
function runInContextOf(sandbox, source, filename, firstLine) {
  const { id, builtins } = contextOf(sandbox);
  const global = contextGlobal(id);
  const given = Reflect.ownKeys(sandbox);
  for (const key of given) global[key] = sandbox[key];
  try {
    return evalInContext(id, source, filename, firstLine);
  } finally {
    for (const key of Reflect.ownKeys(global)) {
      if (!builtins.has(key) || given.includes(key)) sandbox[key] = global[key];
    }
    for (const key of given) if (!Object.hasOwn(global, key)) delete sandbox[key];
  }
}

function scriptOptions(options) {
  if (typeof options === 'string') options = { filename: options };
  else if (options === undefined) options = {};
  else validateObject(options, 'options');
  const { filename = 'evalmachine.<anonymous>', lineOffset = 0 } = options;
  validateString(filename, 'options.filename');
  return { filename, firstLine: lineOffset + 1 };
}

class Script {
  #source;
  #filename;
  #firstLine;

  constructor(code, options) {
    code = `${code}`;
    const { filename, firstLine } = scriptOptions(options);
    checkScript(code, filename, firstLine);
    this.#source = code;
    this.#filename = filename;
    this.#firstLine = firstLine;
    this.cachedDataRejected = false;
  }

  // Node's options (timeout, breakOnSigint, ...) are not taken yet.
  runInThisContext(_options) {
    return evalScript(this.#source, this.#filename, this.#firstLine);
  }

  runInContext(contextifiedObject, _options) {
    return runInContextOf(contextifiedObject, this.#source, this.#filename, this.#firstLine);
  }

  runInNewContext(contextObject, _options) {
    return this.runInContext(createContext(contextObject));
  }

  createCachedData() {
    return Buffer.alloc(0);
  }
}

// Node's `constructor(code, options = kEmptyObject)`.
shape(Script, undefined, 1);

function runInThisContext(code, options) {
  return new Script(code, options).runInThisContext();
}

function runInContext(code, contextifiedObject, options) {
  return new Script(code, options).runInContext(contextifiedObject);
}

function runInNewContext(code, contextObject, options) {
  return new Script(code, options).runInNewContext(contextObject);
}

/** A function of `params` with `code` as its body, compiled in this context. */
function compileFunction(code, params, options = {}) {
  validateString(code, 'code');
  if (params === undefined) params = [];
  validateArray(params, 'params');
  params.forEach((param, i) => {
    validateString(param, `params[${i}]`);
  });
  const { filename } = scriptOptions(options);
  return compileBody(params.join(', '), code, filename);
}

module.exports = {
  Script,
  createContext,
  isContext,
  runInContext,
  runInNewContext,
  runInThisContext,
  compileFunction,
  createScript: (code, options) => new Script(code, options),
};
