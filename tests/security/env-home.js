// With --allow-env=HOME, exactly HOME is visible.
// flags: --allow-env=HOME
const { check, run } = require('./_hostile');

run(async () => {
  check('only HOME', Object.keys(process.env).join() === 'HOME', Object.keys(process.env));
  check('HOME has its value', typeof process.env.HOME === 'string' && process.env.HOME.length > 0, process.env.HOME);
  check('the secret', process.env.HOSTILE_SECRET === undefined, process.env.HOSTILE_SECRET);
});
