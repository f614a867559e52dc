'use strict';
// node:_stream_passthrough (legacy name)

module.exports = require('internal/deps/readable-stream/lib/_stream_passthrough');
