'use strict';
// How a cluster worker hears that one of its servers listens (net calls `listened`),
// to tell its primary. Nothing listens for it outside a worker.

let listener = null;

function onListening(callback) {
  listener = callback;
}

/** `server` listens: `addressType` 4, 6 or -1 (a path), `address` as the program named it. */
function listened(server, addressType, address, port) {
  listener?.(server, addressType, address, port);
}

module.exports = { onListening, listened };
