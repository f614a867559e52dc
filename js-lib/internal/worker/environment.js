'use strict';
// The environment data of `worker_threads.setEnvironmentData`: this instance's, which
// each worker it starts gets a copy of.

module.exports = { environment: new Map() };
