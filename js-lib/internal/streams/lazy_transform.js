'use strict';
// A Transform whose stream state is made on first use: crypto's hashes and ciphers are
// streams, but most are only ever called directly and should not pay for one.

const { Transform } = require('stream');

function LazyTransform(options) {
  this._options = options;
}
Object.setPrototypeOf(LazyTransform.prototype, Transform.prototype);
Object.setPrototypeOf(LazyTransform, Transform);

for (const name of ['_readableState', '_writableState', '_transformState']) {
  Object.defineProperty(LazyTransform.prototype, name, {
    configurable: true,
    enumerable: true,
    get() {
      Transform.call(this, this._options);
      // Strings written to a hash or cipher keep their encoding for `update`.
      this._writableState.decodeStrings = false;
      return this[name];
    },
    set(value) {
      Object.defineProperty(this, name, { value, enumerable: true, configurable: true, writable: true });
    },
  });
}

module.exports = LazyTransform;
