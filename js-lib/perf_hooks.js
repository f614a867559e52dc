'use strict';
// node:perf_hooks — the User Timing part of `performance` (marks and measures), the event
// loop's utilization, and histograms (internal/histogram).

const { hrtime } = internalBinding('process');
const { shape } = require('internal/util/function_shape');

/** Milliseconds since the program started, the time origin of `performance.now()`. */
function now() {
  return hrtime() / 1e6;
}

class PerformanceEntry {
  constructor(name, entryType, startTime, duration, detail) {
    this.name = name;
    this.entryType = entryType;
    this.startTime = startTime;
    this.duration = duration;
    if (detail !== undefined) this.detail = detail;
  }

  toJSON() {
    return { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration, detail: this.detail };
  }
}
// Node's is not constructible by programs (length 0).
shape(PerformanceEntry, undefined, 0);

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = {}) {
    super(String(name), 'mark', options.startTime ?? now(), 0, options.detail ?? null);
  }
}

class PerformanceMeasure extends PerformanceEntry {}

const entries = [];

function startOf(mark) {
  if (typeof mark === 'number') return mark;
  const found = entries.findLast((e) => e.entryType === 'mark' && e.name === mark);
  if (found === undefined) {
    const err = new SyntaxError(`The "${mark}" performance mark has not been set`);
    err.code = 'ERR_INVALID_PERFORMANCE_MARK';
    throw err;
  }
  return found.startTime;
}

const performance = {
  get timeOrigin() {
    return Date.now() - now();
  },
  now,
  mark(name, options) {
    const mark = new PerformanceMark(name, options);
    entries.push(mark);
    return mark;
  },
  measure(name, startOrOptions, endMark) {
    let start = 0;
    let end = now();
    let detail = null;
    if (typeof startOrOptions === 'object' && startOrOptions !== null) {
      if (startOrOptions.start !== undefined) start = startOf(startOrOptions.start);
      if (startOrOptions.end !== undefined) end = startOf(startOrOptions.end);
      if (startOrOptions.duration !== undefined) end = start + startOrOptions.duration;
      detail = startOrOptions.detail ?? null;
    } else if (startOrOptions !== undefined) {
      start = startOf(startOrOptions);
    }
    if (endMark !== undefined) end = startOf(endMark);
    const measure = new PerformanceMeasure(String(name), 'measure', start, end - start, detail);
    entries.push(measure);
    return measure;
  },
  getEntries: () => entries.slice(),
  getEntriesByName: (name, type) => entries.filter((e) => e.name === name && (type === undefined || e.entryType === type)),
  getEntriesByType: (type) => entries.filter((e) => e.entryType === type),
  clearMarks(name) {
    remove((e) => e.entryType === 'mark' && (name === undefined || e.name === name));
  },
  clearMeasures(name) {
    remove((e) => e.entryType === 'measure' && (name === undefined || e.name === name));
  },
  eventLoopUtilization,
  toJSON() {
    return { timeOrigin: this.timeOrigin };
  },
};

/**
 * How busy the event loop has been since it started (or between two earlier readings): the
 * time it waited for the host is idle, the rest active, as Node's libuv accounting.
 */
function eventLoopUtilization(previous, earlier) {
  const { start, idle: idleSoFar } = require('internal/event_loop').loopTiming;
  if (start < 0) return { idle: 0, active: 0, utilization: 0 };
  if (earlier) {
    const idle = previous.idle - earlier.idle;
    const active = previous.active - earlier.active;
    return { idle, active, utilization: active / (idle + active) };
  }
  const active = now() - start - idleSoFar;
  if (!previous) return { idle: idleSoFar, active, utilization: active / (idleSoFar + active) };
  const idle = idleSoFar - previous.idle;
  const activeSince = active - previous.active;
  return { idle, active: activeSince, utilization: activeSince / (idle + activeSince) };
}
Object.defineProperty(performance, Symbol.toStringTag, { value: 'Performance', configurable: true });

function remove(predicate) {
  for (let i = entries.length - 1; i >= 0; i--) {
    if (predicate(entries[i])) entries.splice(i, 1);
  }
}

const { createHistogram, monitorEventLoopDelay } = require('internal/histogram');

module.exports = {
  performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  createHistogram,
  monitorEventLoopDelay,
  constants: {},
};
