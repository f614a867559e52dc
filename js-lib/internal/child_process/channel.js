'use strict';
// The IPC channel of a child process started by `fork` (or with 'ipc' in its stdio), on
// the child's side: `process.send`, `process.disconnect`, `process.connected` and the
// 'message' and 'disconnect' events. Messages are JSON, Node's default serialization;
// on the wire (messages between instances, see internal/worker) 'm' and the JSON is a
// message, 'd' a disconnection.

const {
  codes: { ERR_IPC_CHANNEL_CLOSED, ERR_IPC_DISCONNECTED, ERR_MISSING_ARGS },
} = require('internal/errors');
const { onCompletion, setOperationRef } = require('internal/event_loop');

const binding = internalBinding('workers');

/** Sets up the channel on `process`. */
function setupChannel() {
  let receiving;
  let refed = true;

  function close() {
    if (!process.connected) return;
    process.connected = false;
    if (receiving !== undefined) setOperationRef(receiving, false);
    process.nextTick(() => process.emit('disconnect'));
  }

  function receive() {
    if (receiving !== undefined || !process.connected) return;
    const op = binding.receiveFromParent();
    receiving = op;
    if (!refed) setOperationRef(op, false);
    onCompletion(op, (event) => {
      receiving = undefined;
      if (!process.connected) return;
      if (typeof event !== 'string' || event[0] === 'd') {
        close();
        return;
      }
      receive();
      process.emit('message', JSON.parse(event.slice(1)));
    });
  }

  process.connected = true;
  process.send = function send(message, ...rest) {
    const callback = typeof rest.at(-1) === 'function' ? rest.at(-1) : undefined;
    if (message === undefined) throw new ERR_MISSING_ARGS('message');
    if (!process.connected) {
      const err = new ERR_IPC_CHANNEL_CLOSED();
      if (callback) process.nextTick(callback, err);
      else process.nextTick(() => process.emit('error', err));
      return false;
    }
    binding.postToParent(`m${JSON.stringify(message)}`);
    if (callback) process.nextTick(callback, null);
    return true;
  };
  process.disconnect = function disconnect() {
    if (!process.connected) {
      process.emit('error', new ERR_IPC_DISCONNECTED());
      return;
    }
    binding.postToParent('d');
    close();
  };
  process.channel = {
    ref() {
      refed = true;
      if (receiving !== undefined && process.connected) setOperationRef(receiving, true);
    },
    unref() {
      refed = false;
      if (receiving !== undefined) setOperationRef(receiving, false);
    },
  };
  // As in Node, the channel holds the child open only once something listens on it.
  process.on('newListener', (event) => {
    if (event === 'message' || event === 'disconnect') receive();
  });
}

module.exports = { setupChannel };
