'use strict';
// node:child_process — a sandboxed program cannot start processes: every way to do it
// fails with ERR_ACCESS_DENIED (permission 'ChildProcess'), as under Node's
// permission model without --allow-child-process.

const EventEmitter = require('events');
const { denied } = require('internal/sandbox');

const refuse = (name, length) => denied('ChildProcess', name, length);

/** No process ever starts: spawning is refused, and there is nothing to signal or hold the loop. */
class ChildProcess extends EventEmitter {
  spawn(_options) {
    return refuse('spawn', 1)();
  }

  kill(_signal) {
    return false;
  }

  ref() {}

  unref() {}
}

module.exports = {
  ChildProcess,
  exec: refuse('exec', 3),
  execFile: refuse('execFile', 4),
  execFileSync: refuse('execFileSync', 3),
  execSync: refuse('execSync', 2),
  fork: refuse('fork', 1),
  spawn: refuse('spawn', 3),
  spawnSync: refuse('spawnSync', 3),
};
