// The heap statistics tools read: their shape and consistency, not engine-specific numbers.
const v8 = require('v8');
const stats = v8.getHeapStatistics();
console.log(Object.keys(stats));
console.log(Object.values(stats).every((value) => typeof value === 'number'));
console.log(stats.used_heap_size > 0, stats.used_heap_size <= stats.heap_size_limit, stats.total_heap_size > 0);
const spaces = v8.getHeapSpaceStatistics();
console.log(Array.isArray(spaces), spaces.length > 0, Object.keys(spaces[0]));
console.log(Object.keys(v8.getHeapCodeStatistics()));
console.log(v8.setFlagsFromString('--allow-natives-syntax'), typeof v8.cachedDataVersionTag());
try {
  v8.setFlagsFromString(5);
} catch (err) {
  console.log(err.code, err.message);
}
