// Line input from streams: async iteration, line endings, questions and prompts, close, readline/promises, cursor sequences.
const readline = require('readline');
const { Readable, PassThrough } = require('stream');
(async () => {
  const input = Readable.from(['first line\nsecond', ' line\r\nthird\rfourth\n\nlast without newline']);
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  const lines = [];
  for await (const line of rl) lines.push(line);
  console.log(lines);

  const inp = new PassThrough(); const out = new PassThrough(); let written = '';
  out.on('data', (d) => { written += d; });
  const rl2 = readline.createInterface({ input: inp, output: out, terminal: false });
  rl2.on('line', (l) => console.log('line event', JSON.stringify(l)));
  rl2.on('close', () => console.log('close event'));
  rl2.on('pause', () => console.log('pause event'));
  rl2.on('resume', () => console.log('resume event'));
  rl2.setPrompt('>> ');
  console.log(rl2.getPrompt(), rl2.terminal, rl2.line, typeof rl2.cursor);
  rl2.question('name? ', (answer) => console.log('answer', JSON.stringify(answer)));
  inp.write('Ada\n');
  await new Promise((r) => setImmediate(r));
  rl2.prompt();
  inp.write('next\nx');
  await new Promise((r) => setImmediate(r));
  rl2.write('typed\n');
  rl2.close();
  console.log('written', JSON.stringify(written));
  try { rl2.question('again?', () => {}); } catch (e) { console.log(e.code, e.message); }
  const rlp = require('readline/promises').createInterface({ input: Readable.from(['42\n']), output: null });
  console.log('promise answer', await rlp.question('n? '));
  rlp.close();
  const o = new PassThrough(); let w = ''; o.on('data', (d) => { w += d; });
  readline.cursorTo(o, 3); readline.cursorTo(o, 2, 5); readline.moveCursor(o, -1, 2); readline.clearLine(o, 0); readline.clearLine(o, -1); readline.clearScreenDown(o);
  console.log(JSON.stringify(w), readline.cursorTo(o, 1, () => console.log('cb')));
  for (const bad of [() => rl2.write('late'), () => readline.cursorTo(o, NaN)]) {
    try { bad(); console.log('no error'); } catch (e) { console.log(e.code, e.message); }
  }
})();
