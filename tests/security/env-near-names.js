// Grants names near HOSTILE_SECRET (other case, prefix, longer, a pattern): none may show it.
// flags: --allow-env=hostile_secret,HOSTILE_SECRE,HOSTILE_SECRET_,HOSTILE_*,*SECRET
const { check, run } = require('./_hostile');

run(async () => {
  check('nothing visible', Object.keys(process.env).length === 0, Object.keys(process.env));
  check('the secret', process.env.HOSTILE_SECRET === undefined && process.env.hostile_secret === undefined, 'visible');
});
