'use strict';
// node:process — the same object as the global `process`.

module.exports = require('internal/process/object').process;
