'use strict';
// readline: line input over any readable stream (see internal/readline/interface),
// and the cursor-control escape sequences written to an output stream.

const { Interface } = require('internal/readline/interface');
const { validateFunction } = require('internal/validators');
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_CURSOR_POS },
} = require('internal/errors');

const CSI = '\x1b[';

/** Writes `sequence` to `stream`; `callback` runs once it is written. */
function writeSequence(stream, sequence, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream == null || sequence === '') {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  return stream.write(sequence, callback);
}

function cursorTo(stream, x, y, callback) {
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (Number.isNaN(x)) throw new ERR_INVALID_ARG_VALUE('x', x);
  if (Number.isNaN(y)) throw new ERR_INVALID_ARG_VALUE('y', y);
  if (typeof x !== 'number' && typeof y === 'number') throw new ERR_INVALID_CURSOR_POS();
  if (typeof x !== 'number') return writeSequence(null, '', callback);
  return writeSequence(stream, typeof y !== 'number' ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`, callback);
}

function moveCursor(stream, dx, dy, callback) {
  let sequence = '';
  if (dx < 0) sequence += `${CSI}${-dx}D`;
  else if (dx > 0) sequence += `${CSI}${dx}C`;
  if (dy < 0) sequence += `${CSI}${-dy}A`;
  else if (dy > 0) sequence += `${CSI}${dy}B`;
  return writeSequence(stream, sequence, callback);
}

function clearLine(stream, dir, callback) {
  const code = dir < 0 ? '1K' : dir > 0 ? '0K' : '2K';
  return writeSequence(stream, `${CSI}${code}`, callback);
}

function clearScreenDown(stream, callback) {
  return writeSequence(stream, `${CSI}0J`, callback);
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

/** Nodule's input is never a terminal: keypresses are the characters as they arrive. */
function emitKeypressEvents(stream) {
  if (stream.listenerCount('keypress') > 0 || stream._keypressDecoder) return;
  const { StringDecoder } = require('string_decoder');
  stream._keypressDecoder = new StringDecoder('utf8');
  stream.on('data', (data) => {
    const text = typeof data === 'string' ? data : stream._keypressDecoder.write(data);
    for (const char of text) {
      const name =
        char === '\r'
          ? 'return'
          : char === '\n'
            ? 'enter'
            : char === '\t'
              ? 'tab'
              : char === '\x7f'
                ? 'backspace'
                : char === '\x1b'
                  ? 'escape'
                  : /^[a-z]$/i.test(char)
                    ? char.toLowerCase()
                    : undefined;
      stream.emit('keypress', char, { sequence: char, name, ctrl: false, meta: false, shift: /^[A-Z]$/.test(char) });
    }
  });
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
};

Object.defineProperty(module.exports, 'promises', { enumerable: true, get: () => require('readline/promises') });
