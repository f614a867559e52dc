'use strict';
// `constants` (deprecated, DEP0008): os.constants' dlopen flags, errno values and
// signals, then fs.constants and crypto.constants, flattened into one frozen object.
// Unlike those, it is an ordinary object: code calls `constants.hasOwnProperty(...)`
// on it (graceful-fs, and so fs-extra and npm).

const os = require('os');
const fs = require('fs');
const crypto = require('crypto');

// Node copies crypto's constants before crypto adds its `defaultCipherList` accessor.
const { defaultCipherList: _, ...cryptoConstants } = crypto.constants;

module.exports = Object.freeze({
  ...os.constants.dlopen,
  ...os.constants.errno,
  ...os.constants.priority,
  ...os.constants.signals,
  ...fs.constants,
  ...cryptoConstants,
});
