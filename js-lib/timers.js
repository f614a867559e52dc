'use strict';
// node:timers

const timers = require('internal/timers');
const { deprecate } = require('util');

module.exports = {
  setTimeout: timers.setTimeout,
  clearTimeout: timers.clearTimeout,
  setInterval: timers.setInterval,
  clearInterval: timers.clearInterval,
  setImmediate: timers.setImmediate,
  clearImmediate: timers.clearImmediate,
  // The legacy API that makes any object with an `_onTimeout` a timer.
  _unrefActive: deprecate(
    function unrefActive(item) {
      timers.activate(item, false);
    },
    'timers._unrefActive() is deprecated. Please use timeout.refresh() instead.',
    'DEP0127',
  ),
  active: deprecate(
    function active(item) {
      timers.activate(item, true);
    },
    'timers.active() is deprecated. Please use timeout.refresh() instead.',
    'DEP0126',
  ),
  unenroll: deprecate(timers.unenroll, 'timers.unenroll() is deprecated. Please use clearTimeout instead.', 'DEP0096'),
  enroll: deprecate(timers.enroll, 'timers.enroll() is deprecated. Please use setTimeout instead.', 'DEP0095'),
};

Object.defineProperty(module.exports, 'promises', { enumerable: true, configurable: true, get: () => require('timers/promises') });
