'use strict';
// node:stream — Node's own stream implementation as the readable-stream package ships
// it (bundled at build time from js-deps), which follows Node 20's semantics.

module.exports = require('internal/deps/readable-stream/lib/stream');
