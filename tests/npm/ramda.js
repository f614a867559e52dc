const R = require('ramda');
const pipeline = R.pipe(R.filter((n) => n % 2 === 0), R.map(R.multiply(3)), R.sum);
console.log(pipeline([1, 2, 3, 4]), R.groupBy(R.prop('kind'), [{ kind: 'a' }, { kind: 'b' }, { kind: 'a' }]), R.assocPath(['a', 'b'], 1, {}));
console.log(R.curry((a, b, c) => a + b + c)(1)(2)(3), R.sortBy(R.prop('n'), [{ n: 2 }, { n: 1 }]), R.uniq([1, 1, 2]));
