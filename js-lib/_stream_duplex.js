'use strict';
// node:_stream_duplex (legacy name)

module.exports = require('internal/deps/readable-stream/lib/_stream_duplex');
