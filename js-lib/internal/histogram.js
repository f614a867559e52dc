'use strict';
// perf_hooks' histograms (createHistogram, monitorEventLoopDelay). Node keeps its values in
// an HdrHistogram: each value is counted in a bucket `figures` significant digits wide, and
// every statistic is read from the buckets (min is a bucket's lowest value, max its highest,
// the mean from each bucket's middle). The same buckets are kept here, so the figures are
// Node's own.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateInteger, validateNumber, validateObject } = require('internal/validators');
const { hrtime } = internalBinding('process');

const kMaxInt64 = 9223372036854775807n;
const kConstruct = Symbol('kConstruct');
const kRecord = Symbol('kRecord');
const kAdd = Symbol('kAdd');

// Node's percentiles come in a Map of its internal SafeMap class, which its inspect names.
class SafeMap extends Map {}

/** HdrHistogram's bucket layout for values in [lowest, highest] with `figures` digits. */
class Buckets {
  constructor(lowest, highest, figures) {
    this.highest = BigInt(highest);
    const subBucketCountMagnitude = Math.ceil(Math.log2(2 * 10 ** figures));
    this.subBucketHalfCountMagnitude = BigInt(subBucketCountMagnitude - 1);
    this.subBucketCount = 1n << BigInt(subBucketCountMagnitude);
    this.unitMagnitude = BigInt(Math.floor(Math.log2(lowest)));
    this.subBucketMask = (this.subBucketCount - 1n) << this.unitMagnitude;
  }

  /** The first value of `value`'s bucket and the bucket's size. */
  range(value) {
    const bits = BigInt((value | this.subBucketMask).toString(2).length);
    const bucket = bits - this.unitMagnitude - (this.subBucketHalfCountMagnitude + 1n);
    const subBucket = value >> (bucket + this.unitMagnitude);
    const lowest = subBucket << (bucket + this.unitMagnitude);
    const size = 1n << (this.unitMagnitude + (subBucket >= this.subBucketCount ? bucket + 1n : bucket));
    return { lowest, size };
  }

  lowestEquivalent(value) {
    return this.range(value).lowest;
  }

  highestEquivalent(value) {
    const { lowest, size } = this.range(value);
    return lowest + size - 1n;
  }

  medianEquivalent(value) {
    const { lowest, size } = this.range(value);
    return lowest + (size >> 1n);
  }
}

class Histogram {
  #buckets;
  /** Recorded counts by the first value of their bucket, kept in value order when read. */
  #counts = new Map();
  #count = 0n;
  #min = kMaxInt64;
  #max = 0n;
  #exceeds = 0n;

  constructor(token, lowest = 1, highest = Number.MAX_SAFE_INTEGER, figures = 3) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#buckets = new Buckets(lowest, highest, figures);
  }

  get count() {
    return Number(this.#count);
  }

  get countBigInt() {
    return this.#count;
  }

  get min() {
    return Number(this.minBigInt);
  }

  get minBigInt() {
    if (this.#counts.has(0n)) return 0n;
    return this.#min === kMaxInt64 ? kMaxInt64 : this.#buckets.lowestEquivalent(this.#min);
  }

  get max() {
    return Number(this.maxBigInt);
  }

  get maxBigInt() {
    return this.#max === 0n ? 0n : this.#buckets.highestEquivalent(this.#max);
  }

  get exceeds() {
    return Number(this.#exceeds);
  }

  get exceedsBigInt() {
    return this.#exceeds;
  }

  get mean() {
    if (this.#count === 0n) return Number.NaN;
    let total = 0;
    for (const [value, count] of this.#sortedCounts()) total += Number(count) * Number(this.#buckets.medianEquivalent(value));
    return total / Number(this.#count);
  }

  get stddev() {
    if (this.#count === 0n) return Number.NaN;
    const mean = this.mean;
    let total = 0;
    for (const [value, count] of this.#sortedCounts()) {
      const deviation = Number(this.#buckets.medianEquivalent(value)) - mean;
      total += deviation * deviation * Number(count);
    }
    return Math.sqrt(total / Number(this.#count));
  }

  percentile(percentile) {
    return Number(this.percentileBigInt(percentile));
  }

  percentileBigInt(percentile) {
    validateNumber(percentile, 'percentile');
    if (!(percentile > 0 && percentile <= 100)) throw new ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', percentile);
    const wanted = BigInt(Math.max(Math.trunc((percentile / 100) * Number(this.#count) + 0.5), 1));
    let seen = 0n;
    for (const [value, count] of this.#sortedCounts()) {
      seen += count;
      if (seen >= wanted) return this.#buckets.highestEquivalent(value);
    }
    return 0n;
  }

  /** HdrHistogram's percentile iteration with one tick per half distance, as Node lists it. */
  get percentiles() {
    return new SafeMap(this.#percentileSteps().map(([percentile, value]) => [percentile, Number(value)]));
  }

  get percentilesBigInt() {
    return new SafeMap(this.#percentileSteps());
  }

  /** `[percentile, bucket's first value]` pairs, stepping as hdr_iter_percentile does. */
  #percentileSteps() {
    const steps = [];
    const buckets = this.#sortedCounts();
    const total = Number(this.#count);
    let index = -1;
    let seen = 0;
    let value = 0n;
    let next = 0;
    const advance = () => {
      if (seen >= total || index + 1 >= buckets.length) return false;
      index++;
      value = buckets[index][0];
      seen += Number(buckets[index][1]);
      return true;
    };
    while (seen < total) {
      if (index === -1 && !advance()) break;
      do {
        if (next <= (100 * seen) / total) {
          steps.push([next, value]);
          // Steps halve the distance left to 100% twice per halving.
          next += 100 / 2 ** (Math.trunc(Math.log(100 / (100 - next)) / Math.log(2)) + 1);
          break;
        }
      } while (advance());
    }
    steps.push([100, value]);
    return steps;
  }

  #sortedCounts() {
    return [...this.#counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }

  /** Counts `value` (a positive integer, or a bigint), as HdrHistogram's record. */
  [kRecord](value) {
    if (value > this.#buckets.highest || value < 0n) {
      this.#exceeds++;
      return;
    }
    const bucket = this.#buckets.lowestEquivalent(value);
    this.#counts.set(bucket, (this.#counts.get(bucket) ?? 0n) + 1n);
    this.#count++;
    if (value !== 0n && value < this.#min) this.#min = value;
    if (value > this.#max) this.#max = value;
  }

  /** Counts each of `other`'s buckets again, by its first value, as hdr_add does. */
  [kAdd](other) {
    for (const [value, count] of other.#sortedCounts()) {
      const bucket = this.#buckets.lowestEquivalent(value);
      this.#counts.set(bucket, (this.#counts.get(bucket) ?? 0n) + count);
      this.#count += count;
      if (value !== 0n && value < this.#min) this.#min = value;
      if (value > this.#max) this.#max = value;
    }
    this.#exceeds += other.#exceeds;
  }

  reset() {
    this.#counts.clear();
    this.#count = 0n;
    this.#min = kMaxInt64;
    this.#max = 0n;
    this.#exceeds = 0n;
  }

  toJSON() {
    return {
      count: this.count,
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      percentiles: Object.fromEntries(this.percentiles),
    };
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return `[${this.constructor.name}]`;
    const nested = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    const { min, max, mean, exceeds, stddev, count, percentiles } = this;
    return `Histogram ${inspect({ min, max, mean, exceeds, stddev, count, percentiles }, nested)}`;
  }
}

class RecordableHistogram extends Histogram {
  #previousDelta = 0n;

  record(value) {
    if (typeof value !== 'bigint') validateInteger(value, 'val', 1);
    this[kRecord](BigInt(value));
  }

  /** Records the nanoseconds since the previous call (nothing on the first). */
  recordDelta() {
    const now = BigInt(hrtime());
    if (this.#previousDelta > 0n) this[kRecord](now - this.#previousDelta);
    this.#previousDelta = now;
  }

  add(other) {
    if (!(other instanceof RecordableHistogram)) throw new ERR_INVALID_ARG_TYPE('other', 'RecordableHistogram', other);
    this[kAdd](other);
  }
}

/** monitorEventLoopDelay's: the time between ticks of an unreferenced timer, in nanoseconds. */
class IntervalHistogram extends Histogram {
  #resolution;
  #timer = null;
  #previousTick = 0n;

  constructor(token, resolution) {
    super(token);
    this.#resolution = resolution;
  }

  enable() {
    if (this.#timer !== null) return false;
    this.#previousTick = BigInt(hrtime());
    this.#timer = setInterval(() => {
      const now = BigInt(hrtime());
      this[kRecord](now - this.#previousTick);
      this.#previousTick = now;
    }, this.#resolution).unref();
    return true;
  }

  disable() {
    if (this.#timer === null) return false;
    clearInterval(this.#timer);
    this.#timer = null;
    return true;
  }
}

function createHistogram(options = {}) {
  validateObject(options, 'options');
  const { lowest = 1, highest = Number.MAX_SAFE_INTEGER, figures = 3 } = options;
  if (typeof lowest !== 'bigint') validateInteger(lowest, 'options.lowest', 1, Number.MAX_SAFE_INTEGER);
  if (typeof highest !== 'bigint') validateInteger(highest, 'options.highest', 2 * Number(lowest), Number.MAX_SAFE_INTEGER);
  else if (highest < 2n * BigInt(lowest)) throw new ERR_OUT_OF_RANGE('options.highest', `>= ${2n * BigInt(lowest)}`, highest);
  validateInteger(figures, 'options.figures', 1, 5);
  return new RecordableHistogram(kConstruct, Number(lowest), Number(highest), figures);
}

function monitorEventLoopDelay(options = {}) {
  validateObject(options, 'options');
  const { resolution = 10 } = options;
  validateInteger(resolution, 'options.resolution', 1);
  return new IntervalHistogram(kConstruct, resolution);
}

module.exports = { RecordableHistogram, createHistogram, monitorEventLoopDelay };
