'use strict';
// cluster in a worker (a process cluster.fork started: NODE_UNIQUE_ID in its
// environment). `setup(cluster)`, called by internal/main at start, makes node:cluster's
// object this worker's and tells the primary it is online; the servers it listens on
// are reported to the primary, and closed when it disconnects.

const Worker = require('internal/cluster/worker');
const { sendInternal, internal } = require('internal/cluster/messages');
const { onListening } = require('internal/cluster/listening');

/** The servers this worker listens on, closed on disconnect. */
const servers = new Set();

function disconnectServers(primaryInitiated) {
  this.exitedAfterDisconnect = true;
  let waiting = 1;
  const closed = () => {
    if (--waiting > 0) return;
    // A worker that leaves of itself waits until the primary knows it did.
    if (primaryInitiated) process.disconnect();
    else sendInternal(process, { act: 'exitedAfterDisconnect' }, () => process.disconnect());
  };
  for (const server of servers) {
    waiting++;
    server.close(closed);
  }
  servers.clear();
  closed();
}

function disconnectWorker() {
  if (this.state !== 'disconnecting' && this.state !== 'destroying') {
    this.state = 'disconnecting';
    disconnectServers.call(this, false);
  }
  return this;
}

function destroyWorker() {
  if (this.state === 'destroying') return;
  this.exitedAfterDisconnect = true;
  if (!this.isConnected()) {
    process.exit(0);
  } else {
    this.state = 'destroying';
    sendInternal(process, { act: 'exitedAfterDisconnect' }, () => process.disconnect());
    process.once('disconnect', () => process.exit(0));
  }
}

function setup(cluster) {
  for (const key of [
    'workers',
    'settings',
    'fork',
    'disconnect',
    'setupPrimary',
    'setupMaster',
    'schedulingPolicy',
    'SCHED_NONE',
    'SCHED_RR',
  ]) {
    delete cluster[key];
  }
  Worker.prototype.disconnect = disconnectWorker;
  Worker.prototype.destroy = destroyWorker;
  const worker = new Worker({ id: Number(process.env.NODE_UNIQUE_ID) | 0, process, state: 'online' });
  cluster.isWorker = true;
  cluster.isMaster = false;
  cluster.isPrimary = false;
  cluster.Worker = Worker;
  cluster.worker = worker;
  process.once('disconnect', () => {
    worker.emit('disconnect');
    // The primary went away, or dropped the worker without saying so: leave at once.
    if (!worker.exitedAfterDisconnect) process.exit(0);
  });
  process.on(
    'internalMessage',
    internal(worker, (message) => {
      if (message.act === 'disconnect') disconnectServers.call(worker, true);
    }),
  );
  onListening((server, addressType, address, port) => {
    servers.add(server);
    server.once('close', () => servers.delete(server));
    worker.state = 'listening';
    sendInternal(process, { act: 'listening', addressType, address, port });
  });
  sendInternal(process, { act: 'online' });
}

module.exports = { setup };
