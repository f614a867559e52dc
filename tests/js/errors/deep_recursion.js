// Unbounded recursion is a catchable RangeError, as in Node, not a crash.
let depth = 0;
function recurse() {
  depth++;
  recurse();
}
try {
  recurse();
} catch (err) {
  console.log(err instanceof RangeError, err.message, depth > 3000);
}
console.log('still running');
