'use strict';
// What the sandbox refuses outright, with Node's permission-model error.

const { codes: { ERR_ACCESS_DENIED } } = require('internal/errors');

/** A function that throws ERR_ACCESS_DENIED for `permission` (Node's scope names). */
function denied(permission) {
  return function deniedBySandbox() {
    const err = new ERR_ACCESS_DENIED();
    err.permission = permission;
    throw err;
  };
}

module.exports = { denied };
