// assert.CallTracker counts calls and reports the functions called the wrong number of times.
const assert = require('assert');

process.on('warning', (warning) => console.log('warning', warning.code, warning.message));

const tracker = new assert.CallTracker();
function foo(a, b) {
  return a + b;
}
const tracked = tracker.calls(foo, 2);
console.log(tracked(1, 2), tracker.report().map(({ message, actual, expected, operator }) => [message, actual, expected, operator]));
console.log(tracker.getCalls(tracked));
try {
  tracker.verify();
} catch (err) {
  console.log(err.name, err.message, err['message 0'], err['actual 0'], err['operator 0']);
}
tracked(3, 4);
tracker.verify();
tracker.reset(tracked);
console.log(tracker.getCalls(tracked).length, tracker.report().length);
const anonymous = tracker.calls(1);
const other = tracker.calls(() => {});
try {
  tracker.verify();
} catch (err) {
  console.log(err.message, Object.keys(err).filter((key) => key.startsWith('operator')));
}
anonymous();
other();
try {
  tracker.getCalls(() => {});
} catch (err) {
  console.log(err.name, err.code, err.message);
}
try {
  tracker.calls(foo, 1.5);
} catch (err) {
  console.log(err.code, err.message);
}
try {
  assert.fail(1, 2);
} catch (err) {
  console.log(err.message, err.operator);
}
