'use strict';
// node:stream/promises

module.exports = require('internal/deps/readable-stream/lib/stream/promises');
