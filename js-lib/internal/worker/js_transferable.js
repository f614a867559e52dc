'use strict';
// Objects the structured clone algorithm copies as their class does (Node's KeyObject and
// CryptoKey): `[kClone]()` gives `{ data, deserializeInfo }`, data the algorithm can copy
// and `deserializeInfo` naming, as `module:function`, what makes the object again from it.
// structuredClone and worker messages (internal/worker/serialize) both go through here.

const kClone = Symbol('kClone');

/** Whether `value` copies itself. */
function isCloneable(value) {
  return typeof value?.[kClone] === 'function';
}

/** The object `deserializeInfo` makes from the copied `data`. */
function revive(deserializeInfo, data) {
  const [module, name] = deserializeInfo.split(':');
  return require(module)[name](data);
}

module.exports = { kClone, isCloneable, revive };
