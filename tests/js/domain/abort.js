// nodule-flags: --allow-child-process
// --abort-on-uncaught-exception: an uncaught exception no domain handler takes ends the
// program at once, before 'uncaughtException' listeners and 'exit' (node aborts: a signal,
// or the status a shell gives for one); one a domain's handler takes does not.
const { fork } = require('child_process');
const domain = require('domain');

const cases = {
  'no domain'() {
    setTimeout(() => {
      throw new Error('boom');
    }, 1);
  },
  'uncaughtException listener'() {
    process.on('uncaughtException', () => console.log('listener called'));
    throw new Error('boom');
  },
  'domain without a handler'() {
    domain.create().run(() => {
      throw new Error('boom');
    });
  },
  'domain with a handler'() {
    const d = domain.create();
    d.on('error', (err) => console.log('handler called:', err.message));
    d.run(() => setTimeout(() => {
      throw new Error('boom');
    }, 1));
  },
  'handler that throws'() {
    const d = domain.create();
    d.on('error', () => {
      throw new Error('from the handler');
    });
    d.run(() => {
      throw new Error('boom');
    });
  },
  'nested handler that throws, outer handler'() {
    const outer = domain.create();
    const inner = domain.create();
    outer.on('error', (err) => console.log('outer handler called:', err.message));
    inner.on('error', () => {
      throw new Error('from the inner handler');
    });
    outer.run(() => inner.run(() => {
      throw new Error('boom');
    }));
  },
};

if (process.argv[2] !== undefined) {
  process.on('exit', () => console.log('exit event'));
  cases[process.argv[2]]();
} else {
  const names = Object.keys(cases);
  const runNext = () => {
    const name = names.shift();
    if (name === undefined) return;
    const child = fork(__filename, [name], { execArgv: ['--abort-on-uncaught-exception'], silent: true });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.on('close', (code, signal) => {
      const aborted = signal !== null || [132, 133, 134].includes(code);
      console.log(`${name}: ${aborted ? 'aborted' : `exited with ${code}`}; printed ${JSON.stringify(output)}`);
      runNext();
    });
  };
  runNext();
}
