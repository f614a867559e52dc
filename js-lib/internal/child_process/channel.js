'use strict';
// The IPC channel of a child process started by `fork` (or with 'ipc' in its stdio), on
// the child's side: `process.send`, `process.disconnect`, `process.connected` and the
// 'message' and 'disconnect' events. Messages are JSON, Node's default serialization;
// on the wire (messages between instances, see internal/worker) 'm' and the JSON is a
// message, 'd' a disconnection.

const {
  codes: { ERR_IPC_CHANNEL_CLOSED, ERR_IPC_DISCONNECTED, ERR_MISSING_ARGS },
} = require('internal/errors');
const { Receiver } = require('internal/worker/receiver');

const binding = internalBinding('workers');

/**
 * `send(message, [handle], [options], [callback])` on either end: `post` carries the
 * wire text; `end` (the ChildProcess, or `process`) says whether it is connected and
 * hears of a send after the channel closed when no callback does.
 */
function sendMessage(end, post, message, rest) {
  const callback = typeof rest.at(-1) === 'function' ? rest.at(-1) : undefined;
  if (message === undefined) throw new ERR_MISSING_ARGS('message');
  if (!end.connected) {
    const err = new ERR_IPC_CHANNEL_CLOSED();
    if (callback) process.nextTick(callback, err);
    else process.nextTick(() => end.emit('error', err));
    return false;
  }
  post(`m${JSON.stringify(message)}`);
  if (callback) process.nextTick(callback, null);
  return true;
}

/**
 * Emits a message that came over the channel on `target`: Node's own messages (a `cmd`
 * starting with `NODE_`, as cluster's) as 'internalMessage', the program's as 'message'.
 */
function emitMessage(target, message) {
  const internal =
    message !== null &&
    typeof message === 'object' &&
    typeof message.cmd === 'string' &&
    message.cmd.length > 4 &&
    message.cmd.startsWith('NODE_');
  target.emit(internal ? 'internalMessage' : 'message', message);
}

/** Sets up the channel on `process`. */
function setupChannel() {
  function close() {
    if (!process.connected) return;
    process.connected = false;
    receiver.stop();
    process.nextTick(() => process.emit('disconnect'));
  }

  const receiver = new Receiver(
    () => binding.receiveFromParent(),
    (event) => {
      if (typeof event !== 'string' || event[0] === 'd') {
        close();
        return;
      }
      receiver.receive();
      emitMessage(process, JSON.parse(event.slice(1)));
    },
  );

  process.connected = true;
  process.send = function send(message, ...rest) {
    return sendMessage(process, binding.postToParent, message, rest);
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
    ref: () => receiver.ref(),
    unref: () => receiver.unref(),
  };
  // As in Node, the channel holds the child open only once something listens on it.
  process.on('newListener', (event) => {
    if (event === 'message' || event === 'internalMessage' || event === 'disconnect') receiver.receive();
  });
}

module.exports = { setupChannel, sendMessage, emitMessage };
