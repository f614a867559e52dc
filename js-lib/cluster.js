'use strict';
// node:cluster: one object, the primary's (internal/cluster/primary) unless the
// process was started by cluster.fork, where internal/main makes it the worker's
// (internal/cluster/child) as it starts.

const EventEmitter = require('events');

const cluster = new EventEmitter();
require('internal/cluster/primary').setup(cluster);

module.exports = cluster;
