'use strict';
// Options of events.on that only Node's own modules use.

/** `on(emitter, event, { [kFirstEventParam]: true })` yields each event's first argument, not all of them. */
const kFirstEventParam = Symbol('nodejs.kFirstEventParam');

module.exports = { kFirstEventParam };
