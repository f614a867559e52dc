'use strict';
// The messages cluster's two sides exchange over the IPC channel: Node's internal
// messages (`cmd: 'NODE_CLUSTER'`, which the channel emits as 'internalMessage'),
// numbered so that a reply (`ack`) reaches the callback of what it answers.

const callbacks = new Map();
let seq = 0;

/** Sends `message` to `target` (a ChildProcess, or `process`); `callback` gets the reply. */
function sendInternal(target, message, callback) {
  if (!target.connected) return false;
  const numbered = { cmd: 'NODE_CLUSTER', ...message, seq };
  if (typeof callback === 'function') callbacks.set(seq, callback);
  seq += 1;
  return target.send(numbered);
}

/** An 'internalMessage' listener: replies go to their callbacks, the rest to `onMessage`. */
function internal(worker, onMessage) {
  return (message, handle) => {
    if (message.cmd !== 'NODE_CLUSTER') return;
    const callback = message.ack !== undefined ? callbacks.get(message.ack) : undefined;
    if (callback !== undefined) {
      callbacks.delete(message.ack);
      callback.call(worker, message, handle);
      return;
    }
    onMessage.call(worker, message, handle);
  };
}

module.exports = { sendInternal, internal };
