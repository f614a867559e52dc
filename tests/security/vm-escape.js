// The classic vm escape (a context's constructor chain back to the main realm), then a read outside.
const vm = require('vm');
const { secret, refused, run } = require('./_hostile');

run(async () => {
  // In node this reaches the main realm's process; vm is no boundary there, and what
  // the escaped code reaches is still the sandbox's.
  let reach;
  try {
    reach = vm.runInNewContext('this.constructor.constructor("return process")()');
  } catch {
    // Separate realms all the way down: nothing reached.
  }
  const denied = ['ERR_ACCESS_DENIED'];
  if (reach) await refused('read through the escaped process', denied, () => reach.mainModule.require('fs').readFileSync(secret, 'utf8'));
  await refused('read from inside a context', denied, () =>
    vm.runInNewContext('require("fs").readFileSync(path, "utf8")', { require, path: secret }),
  );
  await refused('compileFunction', denied, () =>
    vm.compileFunction('return require("fs").readFileSync(p, "utf8")', ['require', 'p'])(require, secret),
  );
});
