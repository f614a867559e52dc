'use strict';
// `constants` (deprecated, DEP0008): os.constants' dlopen flags, errno values and
// signals, then fs.constants and crypto.constants, flattened into one object.

const os = require('os');
const fs = require('fs');
const crypto = require('crypto');

module.exports = Object.freeze({
  __proto__: null,
  ...os.constants.dlopen,
  ...os.constants.errno,
  ...os.constants.priority,
  ...os.constants.signals,
  ...fs.constants,
  ...crypto.constants,
});
