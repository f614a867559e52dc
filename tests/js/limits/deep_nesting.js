// Deeply nested input is a catchable error, as in Node, and never ends the sandbox: the
// parser, JSON, structuredClone and util.inspect all stop at a depth limit.
const util = require('util');

function outcome(fn) {
  try {
    fn();
    return 'ok';
  } catch (err) {
    return err;
  }
}

function check(name, fn) {
  const err = outcome(fn);
  if (err === 'ok') console.log(name, 'ok');
  else console.log(name, err instanceof RangeError, err.message);
}

function nestedArray(depth) {
  let array = [];
  for (let i = 0; i < depth; i++) array = [array];
  return array;
}

function nestedObject(depth) {
  let object = {};
  for (let i = 0; i < depth; i++) object = { a: object };
  return object;
}

const deep = 1e5;
const source = {
  parentheses: '('.repeat(deep) + '1' + ')'.repeat(deep),
  'array literals': '['.repeat(deep) + ']'.repeat(deep),
  'object literals': '({a:'.repeat(deep) + '1' + '})'.repeat(deep),
  templates: '`${'.repeat(deep) + '1' + '}`'.repeat(deep),
  'arrow functions': '() => '.repeat(deep) + '1',
  'function expressions': '(function () {'.repeat(deep) + '})'.repeat(deep),
  classes: '(class { m() { return '.repeat(deep) + '1' + '} })'.repeat(deep),
  blocks: '{'.repeat(deep) + '}'.repeat(deep),
  'if statements': 'if (1) '.repeat(deep) + ';',
  'else if chains': 'if (0) {} else '.repeat(deep) + ';',
  'unary operators': '!'.repeat(deep) + '1',
  conditionals: '0 ? 0 : '.repeat(deep) + '1',
  assignments: 'var a; ' + 'a = '.repeat(deep) + '1',
  calls: 'var f = (x) => x; ' + 'f('.repeat(deep) + '1' + ')'.repeat(deep),
};
for (const [name, text] of Object.entries(source)) check(`eval ${name}:`, () => eval(text));
check('new Function:', () => new Function('return ' + source.parentheses));
check('indirect eval:', () => (0, eval)(source['object literals']));

const array = nestedArray(1e6);
const object = nestedObject(1e6);
check('JSON.stringify arrays:', () => JSON.stringify(array));
check('JSON.stringify objects:', () => JSON.stringify(object));
check('JSON.stringify with indent:', () => JSON.stringify(object, null, 2));
check('structuredClone:', () => structuredClone(array));
check('String of arrays:', () => String(array));
check('flat(Infinity):', () => array.flat(Infinity));

// V8's JSON parser does not recurse: node parses any depth. QuickJS's does, and stops.
const parsed = (text) => {
  const err = outcome(() => JSON.parse(text));
  return err === 'ok' || err instanceof RangeError;
};
console.log('JSON.parse arrays parsed or RangeError:', parsed('['.repeat(1e6) + ']'.repeat(1e6)));
console.log('JSON.parse objects parsed or RangeError:', parsed('{"a":'.repeat(1e6) + '1' + '}'.repeat(1e6)));
const unclosed = outcome(() => JSON.parse('['.repeat(1e6)));
console.log('JSON.parse unclosed arrays throws:', unclosed instanceof SyntaxError || unclosed instanceof RangeError);

// Regular expressions: each engine words its limits its own way, as a SyntaxError.
const captures = outcome(() => new RegExp('('.repeat(deep)));
console.log('RegExp of nested groups throws a SyntaxError:', captures instanceof SyntaxError);
const groups = outcome(() => new RegExp('(?:'.repeat(deep) + ')'.repeat(deep)));
console.log('RegExp of nested non-capturing groups compiles or throws a SyntaxError:', groups === 'ok' || groups instanceof SyntaxError);

// util.inspect stops where the stack would and says so, like node.
const inspected = util.inspect(object, { depth: Infinity });
console.log('inspect interrupted:', inspected.includes('[Object: Inspection interrupted prematurely. Maximum call stack size exceeded.]'));
console.log('inspect closed:', inspected.startsWith('{\n  a: {') && inspected.endsWith('}\n}'));

let depth = 0;
function recurse() {
  depth++;
  recurse();
}
check('recursion:', recurse);
console.log('recursion deeper than 10000:', depth > 10000);
console.log('still running');
