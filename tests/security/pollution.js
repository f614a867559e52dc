// Pollutes every built-in it can reach; the next run (the same script, again) must start clean.
// runs: 2
const fs = require('fs');
const { check, run } = require('./_hostile');

const MARK = 'polluted by a previous run';

/** Replaces `owner[name]` with a wrapper that behaves the same and carries the mark. */
function wrap(owner, name) {
  const original = owner[name];
  owner[name] = function (...args) {
    return original.apply(this, args);
  };
  owner[name].hostileMark = MARK;
}

run(async () => {
  check('Object.prototype', !('hostileMark' in {}), 'marked');
  check('Array.prototype.map', Array.prototype.map.hostileMark === undefined, 'replaced');
  check('JSON.parse', JSON.parse.hostileMark === undefined, 'replaced');
  check('Promise.prototype.then', Promise.prototype.then.hostileMark === undefined, 'replaced');
  check('fs.readFileSync', fs.readFileSync.hostileMark === undefined, 'replaced');
  check('require', require('path').join.hostileMark === undefined, 'replaced');
  check('require.cache', !Object.keys(require.cache).some((key) => key.includes('hostile-injected')), 'injected');
  check('globalThis', globalThis.hostileMark === undefined, 'marked');
  check('Buffer', Buffer.hostileMark === undefined, 'marked');
  check('process', process.hostileMark === undefined, 'marked');

  // Leave marks everywhere, and make sure they took in this run.
  Object.prototype.hostileMark = MARK;
  wrap(Array.prototype, 'map');
  wrap(JSON, 'parse');
  wrap(Promise.prototype, 'then');
  wrap(fs, 'readFileSync');
  wrap(require('path'), 'join');
  require.cache['/hostile-injected.js'] = { exports: MARK };
  globalThis.hostileMark = MARK;
  Buffer.hostileMark = MARK;
  process.hostileMark = MARK;
  check('the marks took', {}.hostileMark === MARK && require('fs').readFileSync.hostileMark === MARK, 'no marks');
});
