'use strict';
// node:_stream_transform (legacy name)

module.exports = require('internal/deps/readable-stream/lib/_stream_transform');
