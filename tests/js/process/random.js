// Math.random is uniform in [0, 1) and is not the same sequence on every run.
const values = Array.from({ length: 1000 }, Math.random);
console.log(values.every((v) => v >= 0 && v < 1));
console.log(new Set(values).size === values.length);
const mean = values.reduce((a, b) => a + b) / values.length;
console.log(mean > 0.4 && mean < 0.6);
