// args: -v -n 3 --name=x file.txt -- -z
// util.parseArgs: option forms, groups, strict checks and their errors, negation, defaults, tokens.
const { parseArgs } = require('util');

// JSON with `undefined` spelled out, as tokens carry it.
const json = (value) => JSON.stringify(value, (key, v) => (v === undefined ? '<undefined>' : v));
function show(label, config) {
  let out;
  try {
    out = json(parseArgs(config));
  } catch (err) {
    out = `${err.name} ${err.code}: ${JSON.stringify(err.message)}`;
  }
  console.log(`${label} -> ${out}`);
}

// The default arguments: this script's own.
show('process.argv', {
  options: { verbose: { type: 'boolean', short: 'v' }, n: { type: 'string' }, name: { type: 'string' } },
  allowPositionals: true,
  tokens: true,
});
const result = parseArgs({ args: ['--a', '-b', 'x'], options: { a: { type: 'boolean' }, b: { type: 'string' } } });
console.log(result, Object.getPrototypeOf(result.values) === null);

const options = {
  flag: { type: 'boolean', short: 'f' },
  bool: { type: 'boolean' },
  str: { type: 'string', short: 's' },
  list: { type: 'string', short: 'l', multiple: true },
  count: { type: 'boolean', short: 'c', multiple: true },
};
const argLists = [
  [], ['-f'], ['--flag'], ['-s', 'v'], ['-sv'], ['-s=v'], ['--str', 'v'], ['--str=v'], ['--str='], ['--str=a=b'], ['--str', '-'],
  ['-fs', 'v'], ['-fsv'], ['-fcs', 'v'], ['-ccc'], ['-l', 'a', '--list', 'b', '--list=c', '-ld'], ['--str', 'a', '--str', 'b'],
  ['--', '-f', '--str'], ['-f', '--', '--'], ['--str', 'v', '--flag', '-c', '--count', '--list=x'], ['--bool', '-f', '--', 'x'],
];
for (const args of argLists) {
  show(`strict ${json(args)}`, { args, options, allowPositionals: true, tokens: true });
}

// Strict mode's errors.
const failing = [
  [['--nope'], {}], [['-x'], {}], [['-fx'], {}], [['--nope'], { allowPositionals: true }], [['pos'], {}], [['--str'], {}], [['-s'], {}],
  [['-fs'], {}], [['--flag=1'], {}], [['--bool=yes'], {}], [['--str', '-x'], {}], [['-s', '--flag'], {}], [['--str', '--'], {}],
  [['pos', '--nope'], {}], [['--nope', 'pos'], {}],
];
for (const [args, extra] of failing) show(`strict ${json(args)} ${json(extra)}`, { args, options, ...extra });

// Without strict: unknown options are kept, values go where they were put, positionals allowed.
const loose = [
  ['--nope', '-xyz', '--bool=yes', '--str', 'pos'], ['--str'], ['--list'], ['-a-b', 'c'], ['---x', '--=x', '--=a=b', '-='],
  ['--__proto__', '--constructor', '--toString=1'], ['-\u00e9', '-\ud83d\ude00'], ['-', ''], ['--str', '--flag', 'x'],
];
for (const args of loose) show(`loose ${json(args)}`, { args, options, strict: false, tokens: true });
show('loose, allowPositionals false', { args: ['x'], strict: false, allowPositionals: false });

// --no-<flag> with allowNegative.
const negatable = { color: { type: 'boolean', short: 'c', default: true }, many: { type: 'boolean', multiple: true }, 'no-str': { type: 'string' } };
const negations = [
  [['--no-color'], {}], [['--no-color', '--color'], {}], [['--no-many', '--many', '--no-many'], {}], [['--no-color=1'], {}],
  [['--no-nope'], {}], [['--no-nope'], { strict: false }], [['--no-str', 'v'], {}], [['--no-str'], {}], [['--no-'], { strict: false }],
  [['--no-__proto__'], { strict: false }], [['--no-color=1'], { strict: false }], [['--no-color'], { allowNegative: false }],
];
for (const [args, extra] of negations) show(`negative ${json(args)} ${json(extra)}`, { args, options: negatable, allowNegative: true, tokens: true, ...extra });

// Defaults fill in what was not given.
const defaults = {
  a: { type: 'boolean', default: false },
  b: { type: 'string', default: 'dflt' },
  c: { type: 'string', multiple: true, default: ['x', 'y'] },
  d: { type: 'boolean', multiple: true, default: [] },
};
show('defaults []', { args: [], options: defaults });
show('defaults given', { args: ['--a', '--b', 'v', '--c', 'z'], options: defaults });

// A short flag maps to the first option declaring it; an undeclared letter names itself.
show('short lookup', { args: ['-a', '-b'], options: { one: { type: 'boolean', short: 'a' }, two: { type: 'boolean', short: 'a' }, b: { type: 'boolean' } }, tokens: true });
// Only own properties count.
show('inherited option', { args: ['--a'], options: Object.create({ a: { type: 'boolean' } }), strict: false });
show('inherited short', { args: ['-a'], options: { long: Object.assign(Object.create({ short: 'a' }), { type: 'boolean' }) }, strict: false });

// Configuration errors.
const badConfigs = [
  { args: 'x' }, { args: [], strict: 1 }, { args: [], allowPositionals: 'yes' }, { args: [], tokens: 1 }, { args: [], allowNegative: 0 },
  { args: [], options: [] }, { args: [], options: 5 }, { args: [], options: { a: 5 } }, { args: [], options: { a: null } },
  { args: [], options: { a: {} } }, { args: [], options: { a: { type: 'number' } } }, { args: [], options: { a: { type: 'string', short: 5 } } },
  { args: [], options: { a: { type: 'string', short: 'ab' } } }, { args: [], options: { a: { type: 'string', short: '' } } },
  { args: [], options: { a: { type: 'string', short: undefined } } }, { args: [], options: { a: { type: 'boolean', multiple: 'no' } } },
  { args: [], options: { a: { type: 'string', default: 5 } } }, { args: [], options: { a: { type: 'boolean', default: 'x' } } },
  { args: [], options: { a: { type: 'string', multiple: true, default: 'x' } } }, { args: [], options: { a: { type: 'string', multiple: true, default: ['x', 5] } } },
  { args: [], options: { a: { type: 'boolean', multiple: true, default: [true, null] } } }, { args: [], options: { a: { type: 'boolean', default: undefined } } },
  { args: [], options: null }, { args: null, options: {} },
];
for (const config of badConfigs) show(`config ${json(config)}`, config);
show('config 5', 5);
