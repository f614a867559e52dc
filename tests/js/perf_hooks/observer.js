// PerformanceObserver (entry types, batches after the current code, buffered, takeRecords,
// disconnect), User Timing's measure rules, timerify and performance.nodeTiming's shape.
const { performance, PerformanceObserver, PerformanceEntry, PerformanceMark, createHistogram } = require('perf_hooks');

// Durations between marks are whole; one that ends now is not, and differs run to run.
const span = (entry) => (Number.isInteger(entry.duration) ? entry.duration : 'until now');
const names = (list) => list.map((entry) => `${entry.entryType}:${entry.name}@${entry.startTime}+${span(entry)}`);

console.log(PerformanceObserver.supportedEntryTypes, Object.isFrozen(PerformanceObserver.supportedEntryTypes));
for (const bad of [1, null, {}]) {
  try {
    new PerformanceObserver(bad);
  } catch (err) {
    console.log('constructor', err.code);
  }
}
const idle = new PerformanceObserver(() => console.log('never'));
for (const options of ['x', {}, { entryTypes: 'mark' }, { entryTypes: ['mark'], type: 'mark' }]) {
  try {
    idle.observe(options);
  } catch (err) {
    console.log('observe', err.code, err.message);
  }
}

const observer = new PerformanceObserver((list, self) => {
  console.log('batch', self === observer, names(list.getEntries()));
  console.log('by type', names(list.getEntriesByType('measure')), 'by name', names(list.getEntriesByName('b')));
});
observer.observe({ entryTypes: ['mark', 'measure', 'bogus'] });
performance.mark('a', { startTime: 0 });
performance.mark('b', { startTime: 10, detail: { n: 1 } });
performance.measure('a to b', 'a', 'b');
performance.measure('options', { start: 'a', end: 'b', detail: [1] });
performance.measure('end and duration', { end: 'b', duration: 4 });
performance.measure('start and duration', { start: 'b', duration: 4 });
performance.measure('number start', 2, 'b');
performance.measure('duration alone', { duration: 3, detail: 'd' });
console.log('marked, no batch yet');

for (const args of [['x', 'missing'], ['x', { start: 'a', end: 'b', duration: 1 }], ['x', { start: 'a' }, 'b']]) {
  try {
    performance.measure(...args);
  } catch (err) {
    console.log('measure', err.name, err.code, err.message);
  }
}
try {
  new PerformanceEntry();
} catch (err) {
  console.log('PerformanceEntry', err.code);
}
const standalone = new PerformanceMark('standalone', { startTime: 5 });
console.log(standalone, Object.prototype.toString.call(standalone), performance.getEntriesByName('standalone').length);

setImmediate(() => {
  observer.disconnect();
  performance.mark('after disconnect');

  const late = new PerformanceObserver((list) => console.log('buffered', names(list.getEntries()).length));
  late.observe({ type: 'measure', buffered: true });

  const manual = new PerformanceObserver((list) => console.log('called after takeRecords with', list.getEntries().length));
  manual.observe({ type: 'mark' });
  performance.mark('taken', { startTime: 1 });
  console.log('takeRecords', names(manual.takeRecords()), manual.takeRecords().length);

  const histogram = createHistogram();
  const timed = performance.timerify(function add(a, b) {
    return a + b;
  }, { histogram });
  console.log('timerified', timed.name, timed.length, timed(2, 3), histogram.count);
  const functions = new PerformanceObserver((list) => {
    const [entry] = list.getEntries();
    console.log('function entry', entry.name, entry.entryType, entry.detail, entry[0], entry[1], typeof entry.duration);
    functions.disconnect();
  });
  functions.observe({ entryTypes: ['function'] });
  timed(4, 5);
  class Point {}
  console.log('construct', new (performance.timerify(Point))() instanceof Point);
  for (const bad of [1, {}]) {
    try {
      performance.timerify(timed, { histogram: bad });
    } catch (err) {
      console.log('timerify', err.code);
    }
  }

  const timing = performance.nodeTiming;
  console.log(Object.keys(timing.toJSON()), timing.name, timing.entryType, timing.nodeStart >= 0, timing.loopStart > 0, timing.loopExit);
  console.log(Object.keys(performance.toJSON()), performance.toJSON().timeOrigin === performance.timeOrigin);
});
