function f() {
  const orig = Error.prepareStackTrace;
  Error.prepareStackTrace = (e, cs) => cs;
  const err = new Error();
  Error.captureStackTrace(err, f);
  const stack = err.stack;
  Error.prepareStackTrace = orig;
  return stack;
}
function g() { return f(); }
const cs = g();
const c = cs[0];
console.log(typeof cs, Array.isArray(cs), cs.length > 0);
for (const m of ['getFileName', 'getLineNumber', 'getColumnNumber', 'getFunctionName', 'getTypeName', 'getMethodName', 'isNative', 'isEval', 'isToplevel', 'isConstructor', 'getEvalOrigin', 'isAsync', 'isPromiseAll', 'getPromiseIndex', 'getScriptNameOrSourceURL']) {
  console.log(m, typeof c[m] === 'function' ? c[m]() : 'missing');
}
console.log(String(c));
console.log(Object.prototype.toString.call(c));
