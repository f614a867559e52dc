// A REPL session over streams: results, `_` and `_error`, multi-line input, objects in
// braces, errors, commands, built-in modules as globals, and a top-level await.
const repl = require('repl');
const { PassThrough } = require('stream');

function session(lines) {
  return new Promise((resolve) => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (chunk) => {
      text += chunk;
    });
    repl.start({ input, output, prompt: '> ', terminal: false }).on('exit', () => resolve(text));
    for (const line of lines) input.write(`${line}\n`);
  });
}

(async () => {
  console.log(await session(['1 + 1', 'const a = 5', 'a * 2', '_', 'function f() {', 'return 3 }', 'f()', "'str'", '({ x: [1, 2] })']
    .concat(['undefinedThing', "throw new Error('boom')", '.break', 'await Promise.resolve(7)', '.exit'])));
  console.log(await session(['const b = 5', '_', '1', 'undefined', '_', 'throw 42', '{ a: 1 }', '{ a: 1, b: 2 }', '.help']
    .concat(['require("path").sep', '_error', 'null', '_', 'path.sep + typeof fs.readFileSync', 'let y = await Promise.resolve(3)', '.exit'])));
})();
