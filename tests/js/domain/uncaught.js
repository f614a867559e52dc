// Which handler an uncaught exception reaches: nested domains, a handler that throws,
// domains without handlers, 'uncaughtException' and the capture callback.
const domain = require('domain');

process.on('uncaughtException', (err) => {
  console.log('uncaughtException:', err.message, 'active', process.domain, 'stack', domain._stack.length);
  setImmediate(next);
});

const steps = [];
function next() {
  const step = steps.shift();
  if (step !== undefined) step();
}

// No handler: the process's listener gets it.
steps.push(() => {
  const d = domain.create();
  d.run(() => setTimeout(() => {
    throw new Error('in a domain without a handler');
  }, 1));
});

// The inner domain has no handler; the outer one takes it.
steps.push(() => {
  const outer = domain.create();
  const inner = domain.create();
  outer.on('error', (err) => {
    console.log('outer caught', err.message, 'err.domain is inner', err.domain === inner);
    setImmediate(next);
  });
  outer.run(() => inner.run(() => {
    throw new Error('thrown in inner');
  }));
});

// A handler that throws hands its error to the domain outside it.
steps.push(() => {
  const outer = domain.create();
  const inner = domain.create();
  outer.on('error', (err) => {
    console.log('outer caught', err.message);
    setImmediate(next);
  });
  inner.on('error', (err) => {
    console.log('inner caught', err.message);
    throw new Error('thrown by inner handler');
  });
  outer.run(() => inner.run(() => {
    throw new Error('first');
  }));
});

// A timer queued in nested domains runs in the inner one only.
steps.push(() => {
  const outer = domain.create();
  const inner = domain.create();
  outer.on('error', () => console.log('outer must not see it'));
  outer.run(() => inner.run(() => setTimeout(() => {
    console.log('stack in timer', domain._stack.length, process.domain === inner);
    throw new Error('from a timer in inner');
  }, 1)));
});

// The capture callback cannot be set while domains are loaded.
steps.push(() => {
  try {
    process.setUncaughtExceptionCaptureCallback(() => {});
  } catch (err) {
    console.log(err.code, err.stack.includes('-'.repeat(40)));
  }
  console.log('has capture callback', process.hasUncaughtExceptionCaptureCallback());
  next();
});

next();
