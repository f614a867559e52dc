'use strict';
// node:_stream_readable (legacy name)

module.exports = require('internal/deps/readable-stream/lib/_stream_readable');
