// Looks for the host's environment (HOSTILE_SECRET, PATH, HOME) every way process.env can be read.
const os = require('os');
const { check, run } = require('./_hostile');

run(async () => {
  const env = process.env;
  check('a variable by name', env.HOSTILE_SECRET === undefined, env.HOSTILE_SECRET);
  check('in', !('HOSTILE_SECRET' in env) && !('PATH' in env), 'present');
  check('keys', Object.keys(env).length === 0, Object.keys(env));
  check('own property names', Reflect.ownKeys(env).length === 0, Reflect.ownKeys(env));
  check('JSON', JSON.stringify(env) === '{}', JSON.stringify(env));
  check('spread', Object.keys({ ...env }).length === 0, 'keys');
  check('hasOwn', !Object.hasOwn(env, 'HOME'), 'HOME');
  check('descriptor', Object.getOwnPropertyDescriptor(env, 'HOSTILE_SECRET') === undefined, 'descriptor');
  check(
    'for-in',
    (() => {
      for (const _ in env) return false;
      return true;
    })(),
    'a key',
  );
  check('hostname', os.hostname() === 'localhost', os.hostname());
  check('argv holds what was given', process.argv.length === 5 && process.argv[1] === __filename, process.argv);
  // A variable the program sets is its own and shows only to itself.
  env.MINE = 'x';
  check('own variable', env.MINE === 'x' && Object.keys(env).join() === 'MINE', Object.keys(env));
});
