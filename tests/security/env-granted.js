// With one variable granted, looks for any other (HOSTILE_SECRET, PATH, HOME).
// flags: --allow-env=HOSTILE_GRANTED
const { check, run } = require('./_hostile');

run(async () => {
  check('granted variable', process.env.HOSTILE_GRANTED === 'granted value', process.env.HOSTILE_GRANTED);
  check('only the granted one', Object.keys(process.env).join() === 'HOSTILE_GRANTED', Object.keys(process.env));
  check('the secret', process.env.HOSTILE_SECRET === undefined, process.env.HOSTILE_SECRET);
  check('JSON', !JSON.stringify(process.env).includes('HOSTILE_SECRET'), JSON.stringify(process.env));
});
