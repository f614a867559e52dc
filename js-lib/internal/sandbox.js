'use strict';
// What the sandbox refuses outright, with Node's permission-model error naming the
// flag that grants it. Starting processes and workers is not built yet: granted, it
// is unavailable instead.

const {
  codes: { ERR_ACCESS_DENIED, ERR_FEATURE_UNAVAILABLE_ON_PLATFORM },
} = require('internal/errors');
const { shape } = require('internal/util/function_shape');

const flags = { ChildProcess: ['child', '--allow-child-process'], WorkerThreads: ['worker', '--allow-worker'] };

/**
 * A function that throws ERR_ACCESS_DENIED for `permission` (Node's scope names), with
 * the `name` and `length` of the Node function it stands for.
 */
function denied(permission, name, length) {
  const [scope, flag] = flags[permission];
  return shape(
    function deniedBySandbox() {
      if (process.permission.has(scope)) throw new ERR_FEATURE_UNAVAILABLE_ON_PLATFORM(`${permission} in the sandbox`);
      const err = new ERR_ACCESS_DENIED(`Access to this API has been restricted. Use ${flag} to manage permissions.`);
      err.permission = permission;
      throw err;
    },
    name,
    length,
  );
}

module.exports = { denied };
