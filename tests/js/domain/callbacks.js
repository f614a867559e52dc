// Callbacks queued in a domain run in it, and what they throw goes to its 'error'
// listeners with err.domain and err.domainThrown: ticks, timers, intervals, immediates,
// I/O callbacks, promise reactions and unhandled rejections.
const domain = require('domain');
const fs = require('fs');

const steps = [];
function next() {
  const step = steps.shift();
  if (step !== undefined) step();
}

function expectError(d, label) {
  d.once('error', (err) => {
    console.log(label, 'caught:', err.message, 'domain', err.domain === d, 'thrown', err.domainThrown, 'active in handler', process.domain, 'stack', domain._stack.length);
    setImmediate(next);
  });
}

steps.push(() => {
  const d = domain.create();
  expectError(d, 'nextTick');
  d.run(() => process.nextTick(() => {
    console.log('tick runs in d', process.domain === d, domain._stack.length);
    throw new Error('from a tick');
  }));
});

steps.push(() => {
  const d = domain.create();
  expectError(d, 'setTimeout');
  d.run(() => setTimeout(() => {
    console.log('timer runs in d', process.domain === d, domain._stack.length);
    throw new Error('from a timer');
  }, 1));
});

steps.push(() => {
  const d = domain.create();
  expectError(d, 'setInterval');
  d.run(() => {
    const interval = setInterval(() => {
      clearInterval(interval);
      throw new Error('from an interval');
    }, 1);
  });
});

steps.push(() => {
  const d = domain.create();
  expectError(d, 'setImmediate');
  d.run(() => setImmediate(() => {
    throw new Error('from an immediate');
  }));
});

steps.push(() => {
  const d = domain.create();
  expectError(d, 'fs.stat');
  d.run(() => fs.stat(`${__dirname}/no-such-file`, (err) => {
    console.log('fs callback runs in d', process.domain === d, err.code);
    throw new Error('from an fs callback');
  }));
});

steps.push(() => {
  const d1 = domain.create();
  const d2 = domain.create();
  let p;
  d1.run(() => {
    p = Promise.resolve(1);
  });
  d2.run(() => {
    p.then(() => console.log('then runs in the domain it was called in', process.domain === d2))
      .then(() => console.log('and so does the next', process.domain === d2))
      .then(d1.bind(() => console.log('a bound reaction runs in its domain', process.domain === d1)))
      .then(() => setTimeout(() => {
        console.log('a timer from a reaction runs in d2', process.domain === d2);
        next();
      }, 1));
  });
});

steps.push(() => {
  const d = domain.create();
  expectError(d, 'unhandled rejection');
  d.run(() => {
    Promise.reject(new Error('rejected in d'));
  });
});

steps.push(() => {
  const d = domain.create();
  const values = [42, null, undefined, 'text'];
  d.on('error', (value) => {
    console.log('thrown value', value);
    if (value === 'text') setImmediate(next);
  });
  for (const value of values) {
    d.run(() => process.nextTick(() => {
      throw value;
    }));
  }
});

steps.push(() => {
  setTimeout(() => console.log('a timer from outside any domain sees', process.domain), 1);
});

next();
