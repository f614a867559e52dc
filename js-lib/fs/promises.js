'use strict';
// node:fs/promises

module.exports = require('fs').promises;
