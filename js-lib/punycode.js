'use strict';
// punycode: Node's own is the punycode.js package (2.1.0 in Node 20), bundled from js-deps.

module.exports = require('internal/deps/punycode/punycode');
