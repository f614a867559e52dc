process.nextTick((a, b, c) => console.log('args', a, b, c), 1, 'two', [3]);
try {
  process.nextTick('not a function');
} catch (err) {
  console.log(err.code, err.message);
}
