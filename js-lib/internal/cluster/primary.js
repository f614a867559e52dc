'use strict';
// cluster in the primary: forks workers (child instances running the same script with
// NODE_UNIQUE_ID set), tracks their state from what they report, and disconnects them.
// `setup(cluster)` makes node:cluster's object the primary's, which it is unless the
// process is a worker (internal/cluster/child then makes it the worker's at start).

const EventEmitter = require('events');
const { fork } = require('child_process');
const Worker = require('internal/cluster/worker');
const { sendInternal, internal } = require('internal/cluster/messages');

let cluster;
const SCHED_NONE = 1;
const SCHED_RR = 2;
/** Emits 'disconnect' once no worker is left (cluster.disconnect's callback). */
const intercom = new EventEmitter();
let ids = 0;
let initialized = false;

function setupPrimary(options) {
  const settings = {
    args: process.argv.slice(2),
    exec: process.argv[1],
    execArgv: process.execArgv,
    silent: false,
    ...cluster.settings,
    ...options,
  };
  cluster.settings = settings;
  if (!initialized) {
    initialized = true;
    const policy = cluster.schedulingPolicy;
    if (policy !== SCHED_NONE && policy !== SCHED_RR) throw new Error(`Bad cluster.schedulingPolicy: ${policy}`);
  }
  process.nextTick(() => cluster.emit('setup', settings));
}

function createWorkerProcess(id, env) {
  const { settings } = cluster;
  return fork(settings.exec, settings.args, {
    cwd: settings.cwd,
    env: { ...process.env, ...env, NODE_UNIQUE_ID: `${id}` },
    serialization: settings.serialization,
    silent: settings.silent,
    execArgv: [...settings.execArgv],
    stdio: settings.stdio,
  });
}

function removeWorker(worker) {
  delete cluster.workers[worker.id];
  if (Object.keys(cluster.workers).length === 0) intercom.emit('disconnect');
}

/** What a worker reports: that it runs, listens, or is leaving on purpose. */
function onWorkerMessage(message) {
  if (message.act === 'online') {
    this.state = 'online';
    this.emit('online');
    cluster.emit('online', this);
  } else if (message.act === 'listening') {
    const info = { addressType: message.addressType, address: message.address, port: message.port, fd: message.fd };
    this.state = 'listening';
    this.emit('listening', info);
    cluster.emit('listening', this, info);
  } else if (message.act === 'exitedAfterDisconnect') {
    this.exitedAfterDisconnect = true;
    sendInternal(this.process, { ack: message.seq });
  }
}

function forkWorker(env) {
  setupPrimary();
  const id = ++ids;
  const worker = new Worker({ id, process: createWorkerProcess(id, env) });
  worker.on('message', function onMessage(message, handle) {
    cluster.emit('message', this, message, handle);
  });
  worker.process.once('exit', (exitCode, signalCode) => {
    if (!worker.isConnected()) removeWorker(worker);
    worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
    worker.state = 'dead';
    worker.emit('exit', exitCode, signalCode);
    cluster.emit('exit', worker, exitCode, signalCode);
  });
  worker.process.once('disconnect', () => {
    if (worker.isDead()) removeWorker(worker);
    worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
    worker.state = 'disconnected';
    worker.emit('disconnect');
    cluster.emit('disconnect', worker);
  });
  worker.process.on('internalMessage', internal(worker, onWorkerMessage));
  process.nextTick(() => cluster.emit('fork', worker));
  cluster.workers[worker.id] = worker;
  return worker;
}

function disconnectAll(callback) {
  const workers = Object.values(cluster.workers);
  if (workers.length === 0) process.nextTick(() => intercom.emit('disconnect'));
  for (const worker of workers) {
    if (worker.isConnected()) worker.disconnect();
  }
  if (typeof callback === 'function') intercom.once('disconnect', callback);
}

function disconnectWorker() {
  this.exitedAfterDisconnect = true;
  sendInternal(this.process, { act: 'disconnect' });
  removeWorker(this);
  return this;
}

function destroyWorker(signal = 'SIGTERM') {
  const child = this.process;
  if (this.isConnected()) {
    this.once('disconnect', () => child.kill(signal));
    this.disconnect();
    return;
  }
  child.kill(signal);
}

function setup(target) {
  cluster = target;
  cluster.isWorker = false;
  cluster.isMaster = true;
  cluster.isPrimary = true;
  cluster.Worker = Worker;
  cluster.workers = {};
  cluster.settings = {};
  cluster.SCHED_NONE = SCHED_NONE;
  cluster.SCHED_RR = SCHED_RR;
  // Read and set by programs, but the host shares a port between workers the same way
  // under either policy (NODE_CLUSTER_SCHED_POLICY is not read).
  cluster.schedulingPolicy = SCHED_RR;
  cluster.setupPrimary = setupPrimary;
  cluster.setupMaster = setupPrimary;
  cluster.fork = forkWorker;
  cluster.disconnect = disconnectAll;
  Worker.prototype.disconnect = disconnectWorker;
  Worker.prototype.destroy = destroyWorker;
}

module.exports = { setup };
