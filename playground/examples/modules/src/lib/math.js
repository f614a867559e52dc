exports.add = (a, b) => a + b;
exports.square = (n) => exports.multiply(n, n);
exports.multiply = (a, b) => a * b;
