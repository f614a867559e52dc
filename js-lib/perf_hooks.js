'use strict';
// node:perf_hooks — `performance` (User Timing's marks and measures, nodeTiming, the event
// loop's utilization, timerify), PerformanceObserver (internal/perf/observe) and histograms
// (internal/histogram).

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS },
} = require('internal/errors');
const { validateFunction, validateNumber, validateObject } = require('internal/validators');
const { createHistogram, monitorEventLoopDelay, RecordableHistogram } = require('internal/histogram');
const { PerformanceObserver, PerformanceObserverEntryList, enqueue, hasObserver } = require('internal/perf/observe');
const { nodeTiming, now, timeOrigin } = require('internal/perf/node_timing');
const { shape } = require('internal/util/function_shape');

const kConstruct = Symbol('kConstruct');

class PerformanceEntry {
  constructor(token, name, entryType, startTime, duration, detail) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
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

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    name = `${name}`;
    if (options !== undefined) validateObject(options, 'options');
    if (options?.startTime !== undefined) validateNumber(options.startTime, 'options.startTime');
    const startTime = options?.startTime ?? now();
    // The detail is a copy, as Node's structured clone of it.
    const detail = options?.detail == null ? null : structuredClone(options.detail);
    super(kConstruct, name, 'mark', startTime, 0, detail);
  }
}

class PerformanceMeasure extends PerformanceEntry {
  constructor(token, name, startTime, duration, detail) {
    super(token, name, 'measure', startTime, duration, detail);
  }
}

// Node's take no arguments a program could give (length 0).
shape(PerformanceEntry, undefined, 0);
shape(PerformanceMeasure, undefined, 0);
for (const entryClass of [PerformanceEntry, PerformanceMark, PerformanceMeasure]) {
  Object.defineProperty(entryClass.prototype, Symbol.toStringTag, { value: entryClass.name, configurable: true });
}

/** The performance timeline: marks and measures, in the order they were made. */
const timeline = [];
/** The latest time of each mark, by name, for measure's start and end. */
const markTimes = new Map();

/** A mark's time, a timestamp, or one of nodeTiming's milestones (measure's `start`/`end`). */
function timeOf(mark) {
  if (mark === undefined) return undefined;
  if (typeof mark === 'number') return mark;
  mark = `${mark}`;
  if (milestoneNames.has(mark)) return nodeTiming[mark];
  const time = markTimes.get(mark);
  if (time === undefined) {
    const { DOMException } = require('internal/domexception');
    throw new DOMException(`The "${mark}" performance mark has not been set`, 'SyntaxError');
  }
  return time;
}
const milestoneNames = new Set(['nodeStart', 'v8Start', 'environment', 'loopStart', 'loopExit', 'bootstrapComplete']);

function mark(name, options) {
  const entry = new PerformanceMark(name, options);
  timeline.push(entry);
  markTimes.set(entry.name, entry.startTime);
  enqueue(entry);
  return entry;
}

/**
 * `measure(name[, start or options[, end]])` with Node's reading of its arguments: options
 * count only with a start or an end, a start given as anything but a mark name is 0, and
 * without an end the measure ends now.
 */
function measure(name, startOrOptions, endMark) {
  name = `${name}`;
  const options = typeof startOrOptions === 'object' && startOrOptions !== null ? startOrOptions : undefined;
  const { start, end, duration } = options ?? {};
  const optionsGiven = start !== undefined || end !== undefined;
  if (optionsGiven) {
    if (endMark !== undefined) throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('endMark must not be specified');
    if (start !== undefined && end !== undefined && duration !== undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('Must not have options.start, options.end, and options.duration specified');
    }
  }
  let endTime;
  if (endMark !== undefined) endTime = timeOf(endMark);
  else if (optionsGiven && end !== undefined) endTime = timeOf(end);
  else if (optionsGiven && duration !== undefined) endTime = timeOf(start) + timeOf(duration);
  else endTime = now();
  let startTime = 0;
  if (typeof startOrOptions === 'string') startTime = timeOf(startOrOptions);
  else if (optionsGiven && start !== undefined) startTime = timeOf(start);
  else if (optionsGiven && duration !== undefined) startTime = endTime - timeOf(duration);
  const detail = options?.detail == null ? null : structuredClone(options.detail);
  const entry = new PerformanceMeasure(kConstruct, name, startTime, endTime - startTime, detail);
  timeline.push(entry);
  enqueue(entry);
  return entry;
}

function clearEntries(type, name) {
  if (name !== undefined) name = `${name}`;
  for (let i = timeline.length - 1; i >= 0; i--) {
    if (timeline[i].entryType === type && (name === undefined || timeline[i].name === name)) timeline.splice(i, 1);
  }
  if (type === 'mark') {
    if (name === undefined) markTimes.clear();
    else markTimes.delete(name);
  }
}

/** The timeline's entries, by start time. */
function entriesWhere(predicate) {
  return timeline.filter(predicate).sort((a, b) => a.startTime - b.startTime);
}

/**
 * How busy the event loop has been since it started (or between two earlier readings): the
 * time it waited for the host is idle, the rest active, as Node's libuv accounting.
 */
function eventLoopUtilization(previous, earlier) {
  const start = nodeTiming.loopStart;
  if (start < 0) return { idle: 0, active: 0, utilization: 0 };
  if (earlier) {
    const idle = previous.idle - earlier.idle;
    const active = previous.active - earlier.active;
    return { idle, active, utilization: active / (idle + active) };
  }
  const idleSoFar = nodeTiming.idleTime;
  const active = now() - start - idleSoFar;
  if (!previous) return { idle: idleSoFar, active, utilization: active / (idleSoFar + active) };
  const idle = idleSoFar - previous.idle;
  const activeSince = active - previous.active;
  return { idle, active: activeSince, utilization: activeSince / (idle + activeSince) };
}

/**
 * `fn` timed: each call (or construction) that returns makes a 'function' entry for
 * observers, with the arguments as its detail, and records its nanoseconds in `histogram`.
 */
function timerify(fn, options = {}) {
  validateFunction(fn, 'fn');
  validateObject(options, 'options');
  const { histogram } = options;
  if (histogram !== undefined && !(histogram instanceof RecordableHistogram)) {
    throw new ERR_INVALID_ARG_TYPE('options.histogram', 'RecordableHistogram', histogram);
  }
  const complete = (start, args) => {
    const duration = now() - start;
    if (histogram !== undefined) histogram.record(Math.ceil(duration * 1e6));
    if (!hasObserver('function')) return;
    const entry = new PerformanceEntry(kConstruct, fn.name, 'function', start, duration, args);
    for (let i = 0; i < args.length; i++) entry[i] = args[i];
    enqueue(entry);
  };
  function timerified(...args) {
    const start = now();
    const result = new.target ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
    if (!new.target && typeof result?.finally === 'function') return result.finally(() => complete(start, args));
    complete(start, args);
    return result;
  }
  Object.defineProperties(timerified, {
    length: { value: fn.length, configurable: true },
    name: { value: `timerified ${fn.name}`, configurable: true },
  });
  return timerified;
}

const performance = {
  get timeOrigin() {
    return timeOrigin();
  },
  now,
  get nodeTiming() {
    return nodeTiming;
  },
  mark,
  measure,
  clearMarks: (name) => clearEntries('mark', name),
  clearMeasures: (name) => clearEntries('measure', name),
  getEntries: () => entriesWhere(() => true),
  getEntriesByName: (name, type) =>
    entriesWhere((entry) => entry.name === `${name}` && (type === undefined || entry.entryType === `${type}`)),
  getEntriesByType: (type) => entriesWhere((entry) => entry.entryType === `${type}`),
  eventLoopUtilization,
  timerify,
  toJSON() {
    return { nodeTiming: this.nodeTiming, timeOrigin: this.timeOrigin, eventLoopUtilization: this.eventLoopUtilization() };
  },
};
Object.defineProperty(performance, Symbol.toStringTag, { value: 'Performance', configurable: true });

module.exports = {
  performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  createHistogram,
  monitorEventLoopDelay,
  constants: {},
};
