'use strict';
// What net's servers do differently in a cluster worker: they listen on the listener
// the workers share (the host's `listen-shared`), and report to the worker's setup
// (internal/cluster/child) that they listen, for it to tell the primary.

let listener = null;

/** Whether servers listen on the listeners the cluster's workers share. */
function sharesListeners() {
  return listener !== null;
}

function onListening(callback) {
  listener = callback;
}

/** `server` listens: `addressType` 4, 6 or -1 (a path), `address` as the program named it. */
function listened(server, addressType, address, port) {
  listener?.(server, addressType, address, port);
}

module.exports = { onListening, listened, sharesListeners };
