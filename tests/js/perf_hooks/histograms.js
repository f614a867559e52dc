// perf_hooks.createHistogram (HdrHistogram's buckets and statistics, as Node's),
// monitorEventLoopDelay and performance.eventLoopUtilization.
const { createHistogram, monitorEventLoopDelay, performance } = require('perf_hooks');
const { inspect } = require('util');

const empty = createHistogram();
console.log(empty.min, empty.minBigInt, empty.max, empty.count, empty.mean, empty.stddev, empty.percentiles);

const h = createHistogram();
for (const value of [1, 2, 3, 1000, 2047, 2048, 2049, 5000, 123456, 9999999, 123456789012]) h.record(value);
h.record(77n);
console.log(h);
console.log(h.min, h.max, h.maxBigInt, h.mean, h.stddev, h.count, h.exceeds);
for (const p of [0.1, 1, 25, 50, 90, 99, 99.9, 100]) console.log('percentile', p, h.percentile(p), h.percentileBigInt(p));
console.log(h.percentilesBigInt);
console.log(inspect(h, { depth: -1 }), JSON.stringify(h));

const coarse = createHistogram({ lowest: 1, highest: 100000, figures: 1 });
for (let i = 1; i <= 1000; i += 37) coarse.record(i);
coarse.record(200000);
console.log(coarse.min, coarse.max, coarse.mean, coarse.stddev, coarse.exceeds, coarse.percentiles);

const sum = createHistogram();
sum.record(5);
console.log('add', sum.add(coarse), sum.count, sum.min, sum.max);
sum.reset();
console.log('reset', sum.count, sum.min, sum.max);

for (const bad of [[0], [-1], [1.5], ['1'], [null]]) {
  try {
    h.record(...bad);
  } catch (err) {
    console.log('record', bad[0], err.code);
  }
}
for (const p of [0, 101, NaN, '50']) {
  try {
    h.percentile(p);
  } catch (err) {
    console.log('percentile', p, err.code);
  }
}
for (const options of ['x', { lowest: 0 }, { highest: 1 }, { figures: 6 }, { figures: 0 }]) {
  try {
    createHistogram(options);
  } catch (err) {
    console.log('createHistogram', JSON.stringify(options), err.code);
  }
}
try {
  new h.constructor();
} catch (err) {
  console.log('constructor', err.code);
}
try {
  h.add({});
} catch (err) {
  console.log('add', err.code);
}

const delay = monitorEventLoopDelay({ resolution: 5 });
console.log('enable', delay.enable(), delay.enable());
console.log('utilization before the loop', performance.eventLoopUtilization());
const first = performance.eventLoopUtilization();
setTimeout(() => {
  const start = Date.now();
  while (Date.now() - start < 30);
  setTimeout(() => {
    console.log('disable', delay.disable(), delay.disable());
    console.log('delay recorded', delay.count > 0, delay.min >= 4e6, delay.max >= delay.min);
    const util = performance.eventLoopUtilization();
    const since = performance.eventLoopUtilization(util, first);
    console.log('utilization', util.utilization > 0 && util.utilization <= 1, util.active >= 25, util.idle >= 0);
    console.log('between', since.active === util.active - first.active, Object.keys(since));
  }, 30);
}, 10);
