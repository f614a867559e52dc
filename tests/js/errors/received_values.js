// How argument errors describe what they received: strings as they are (quotes,
// backslashes, newlines, long ones cut), functions, numbers, bigints, symbols, objects.
for (const value of ["a'b", 'a\nb', 'a"b\'c', 'a\\b', 'x'.repeat(40), () => {}, function named() {}, -0, NaN, 2 ** 40, 10n,
  Symbol('s'), Object.create(null), [1], new Map(), null, undefined, true]) {
  try {
    Buffer.alloc(value);
  } catch (err) {
    console.log(err.message.slice(err.message.indexOf('Received')));
  }
}
