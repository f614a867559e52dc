'use strict';
// The names util.promisify gives a callback's results when there are several (`fs.read` calls
// back with bytesRead and buffer): a built-in sets them on itself under this symbol.

const kCustomPromisifyArgs = Symbol('customPromisifyArgs');

module.exports = { kCustomPromisifyArgs };
