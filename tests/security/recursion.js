// Recurses without end in several ways: each must be a catchable RangeError, never a crash.
const { check, run } = require('./_hostile');

/** The error `attempt` threw, by class name. */
function thrown(attempt) {
  try {
    attempt();
    return 'nothing';
  } catch (err) {
    return err instanceof RangeError ? 'RangeError' : `${err?.name}: ${err?.message}`;
  }
}

run(async () => {
  const cases = {
    'plain function': () =>
      (function down() {
        down();
      })(),
    'with arguments': () =>
      (function down(a, b, c) {
        return down(a + 1, [b], { c }) + 1;
      })(0, 0, 0),
    getter: () => {
      const o = {
        get x() {
          return this.x;
        },
      };
      return o.x;
    },
    'Proxy trap': () => {
      const p = new Proxy({}, { get: (_target, key) => p[key] });
      return p.x;
    },
    toString: () => {
      const o = {
        toString() {
          return `${o}`;
        },
      };
      return `${o}`;
    },
    'Function.prototype.apply': () =>
      (function down() {
        return down.apply(null, []);
      })(),
    'new': () =>
      new (class Down {
        constructor() {
          new Down();
        }
      })(),
    'nested arrays joined': () => {
      let a = [];
      for (let i = 0; i < 1e6; i++) a = [a];
      return String(a);
    },
    'structuredClone of a deep object': () => {
      let o = {};
      for (let i = 0; i < 1e6; i++) o = { o };
      return structuredClone(o);
    },
  };
  for (const [label, attempt] of Object.entries(cases)) {
    const result = thrown(attempt);
    check(label, result === 'RangeError', result);
  }
  // The program goes on afterwards, with its stack intact.
  check('recovers', thrown(() => [1, 2, 3].map((x) => x * 2)) === 'nothing', 'broken');
});
