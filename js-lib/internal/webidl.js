'use strict';
// What WebIDL makes of the web platform's classes that a JavaScript class does not do alone.

/** WebIDL members are enumerable, unlike class members. */
function makeEnumerable(proto, names) {
  for (const name of names) {
    Object.defineProperty(proto, name, { enumerable: true });
  }
}

module.exports = { makeEnumerable };
