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
const nested = [];
let cursor = nested;
for (let i = 0; i < 100000; i++) cursor = cursor[0] = [];
try {
  JSON.stringify(nested);
} catch (err) {
  console.log('JSON.stringify:', err instanceof RangeError);
}
console.log('still running');
