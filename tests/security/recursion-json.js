// JSON.stringify of an object nested a million deep: node's catchable RangeError, not minutes of work.
// flags: --cpu-time=2000
// timeout-ms: 5000
const { check, run } = require('./_hostile');

run(async () => {
  let deep = {};
  for (let i = 0; i < 1e6; i++) deep = { deep };
  let result = 'nothing';
  try {
    JSON.stringify(deep);
  } catch (err) {
    result = err instanceof RangeError ? 'RangeError' : `${err?.name}: ${err?.message}`;
  }
  check('JSON.stringify', result === 'RangeError', result);
});
