'use strict';
// What the sandbox refuses outright, with Node's permission-model error naming the
// flag that grants it. What is not built yet is, granted, unavailable instead.

const {
  codes: { ERR_ACCESS_DENIED, ERR_FEATURE_UNAVAILABLE_ON_PLATFORM },
} = require('internal/errors');
const { shape } = require('internal/util/function_shape');

const flags = { ChildProcess: ['child', '--allow-child-process'], WorkerThreads: ['worker', '--allow-worker'] };

/** Node's permission-model error for `permission`, naming the flag that grants it. */
function accessDenied(permission) {
  const err = new ERR_ACCESS_DENIED(`Access to this API has been restricted. Use ${flags[permission][1]} to manage permissions.`);
  err.permission = permission;
  return err;
}

/**
 * A function that throws ERR_ACCESS_DENIED for `permission` (Node's scope names), with
 * the `name` and `length` of the Node function it stands for.
 */
function denied(permission, name, length) {
  return shape(
    function deniedBySandbox() {
      if (process.permission.has(flags[permission][0])) throw new ERR_FEATURE_UNAVAILABLE_ON_PLATFORM(`${permission} in the sandbox`);
      throw accessDenied(permission);
    },
    name,
    length,
  );
}

module.exports = { denied, accessDenied };
