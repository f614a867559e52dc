'use strict';
// node:child_process — a sandboxed program cannot start processes: every way to do it
// fails with ERR_ACCESS_DENIED (permission 'ChildProcess'), as under Node's
// permission model without --allow-child-process.

const EventEmitter = require('events');
const { denied } = require('internal/sandbox');

class ChildProcess extends EventEmitter {}

const refuse = denied('ChildProcess');

module.exports = {
  ChildProcess,
  exec: refuse,
  execFile: refuse,
  execFileSync: refuse,
  execSync: refuse,
  fork: refuse,
  spawn: refuse,
  spawnSync: refuse,
};
