'use strict';
// node:_stream_writable (legacy name)

module.exports = require('internal/deps/readable-stream/lib/_stream_writable');
