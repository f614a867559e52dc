'use strict';
// Node's public constructors are plain functions, and old-style subclasses initialize
// their own `this` with them (`StringDecoder.call(this, enc)`, `fs.ReadStream.apply(this,
// arguments)`, `http.ServerResponse.call(this, req)`), which an ES class refuses. Such
// built-ins keep their methods in a class body and their constructor in a function.

/**
 * Makes `Constructor` the constructor of the prototype `Methods` defines: instances of
 * either are instances of both, statics are shared, and `Constructor` inherits from
 * the class `Methods` extends. Returns `Constructor`.
 */
function withMethods(Constructor, Methods) {
  Constructor.prototype = Methods.prototype;
  Object.defineProperty(Methods.prototype, 'constructor', { value: Constructor, writable: true, configurable: true });
  Object.setPrototypeOf(Constructor, Object.getPrototypeOf(Methods));
  for (const key of Reflect.ownKeys(Methods)) {
    if (key !== 'length' && key !== 'name' && key !== 'prototype') {
      Object.defineProperty(Constructor, key, Object.getOwnPropertyDescriptor(Methods, key));
    }
  }
  return Constructor;
}

module.exports = { withMethods };
