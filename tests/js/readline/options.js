// An Interface's options checked as Node checks them (escapeCodeTimeout, tabSize, completer,
// history, historySize), and its input's failure: an 'error' event, and a rejection of
// the line iterator.
const readline = require('readline');
const { PassThrough, Readable } = require('stream');

function attempt(label, options) {
  try {
    const rl = readline.createInterface({ input: new PassThrough(), ...options });
    console.log(label, 'ok', rl.escapeCodeTimeout, rl.tabSize, rl.historySize);
    rl.close();
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

attempt('defaults', {});
for (const escapeCodeTimeout of [50, 0, -1, null, {}, Number.NaN, '50', Number.POSITIVE_INFINITY]) {
  attempt(`escapeCodeTimeout ${typeof escapeCodeTimeout} ${String(escapeCodeTimeout)}`, { escapeCodeTimeout });
}
for (const tabSize of [4, 0, -1, 1.5, '4']) attempt(`tabSize ${typeof tabSize} ${tabSize}`, { tabSize });
for (const historySize of [10, -1, Number.NaN, '10']) attempt(`historySize ${historySize}`, { historySize });
attempt('history', { history: 'not an array' });
attempt('completer', { completer: 'not a function' });

const failing = () =>
  new Readable({
    read() {
      this.destroy(Object.assign(new Error('input failed'), { code: 'EINPUT' }));
    },
  });

const rl = readline.createInterface({ input: failing() });
rl.on('error', (err) => console.log('interface error', err.code, err.message));

(async () => {
  try {
    for await (const line of readline.createInterface({ input: failing() })) console.log('line', line);
  } catch (err) {
    console.log('iterator rejected', err.code, err.message);
  }
  await backpressure();
})();

// The line iterator: over 1024 unread lines pause the input, which resumes once all are read.
async function backpressure() {
  const input = new PassThrough();
  const lines = readline.createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  const iterator = lines[Symbol.asyncIterator]();
  const watermarks = iterator[Symbol.for('nodejs.watermarkData')];
  input.write('line\n'.repeat(1100));
  let read = 0;
  for await (const line of iterator) {
    read++;
    if (read === 1 || watermarks.size === 0) console.log('read', read, line, 'unread', watermarks.size, 'input paused', input.isPaused());
    if (read === 1100) lines.close();
  }
  console.log('iteration ended by close', read);
}
