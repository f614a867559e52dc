// util.callbackify: results and rejections (falsy ones wrapped), the `this` both the
// original and the callback see, the name and length it gets, and its argument checks.
const { callbackify } = require('util');

const target = {
  label: 'target',
  async double(value) {
    return `${this.label}: ${value * 2}`;
  },
};
target.doubleCallback = callbackify(target.double);
console.log(target.doubleCallback.name, target.doubleCallback.length);
target.doubleCallback(21, function (err, result) {
  console.log('result', err, result, this === target);
});

for (const reason of [new Error('boom'), 0, null, '']) {
  callbackify(() => Promise.reject(reason))((err) => {
    console.log('rejected', err.code ?? err.message, 'reason' in err ? JSON.stringify(err.reason) : '(no reason)');
  });
}

for (const bad of [undefined, 'x']) {
  try {
    callbackify(bad);
  } catch (err) {
    console.log('original', err.code);
  }
}
try {
  callbackify(async () => {})('no callback');
} catch (err) {
  console.log('last argument', err.code, err.message);
}
