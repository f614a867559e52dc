'use strict';
// performance.nodeTiming: when this instance's program reached each stage of its start
// (milliseconds from the time origin, the moment the guest began running it), and how its
// event loop has spent its time. The stages before the guest runs (the host starting and
// instantiating it) come before the time origin, so nodeStart is 0.

const { hrtime } = internalBinding('process');
const { loopTiming } = require('internal/event_loop');

function now() {
  return hrtime() / 1e6;
}

/** Set by internal/main as the program's start reaches each stage; -1 until then. */
const milestones = { v8Start: -1, environment: -1, bootstrapComplete: -1, loopExit: -1 };

class PerformanceNodeTiming {
  get name() {
    return 'node';
  }

  get entryType() {
    return 'node';
  }

  get startTime() {
    return 0;
  }

  get duration() {
    return now();
  }

  get nodeStart() {
    return 0;
  }

  get v8Start() {
    return milestones.v8Start;
  }

  get environment() {
    return milestones.environment;
  }

  get bootstrapComplete() {
    return milestones.bootstrapComplete;
  }

  get loopStart() {
    return loopTiming.start;
  }

  get loopExit() {
    return milestones.loopExit;
  }

  get idleTime() {
    return loopTiming.idle;
  }

  toJSON() {
    const { name, entryType, startTime, duration, nodeStart, v8Start, bootstrapComplete, environment, loopStart, loopExit, idleTime } =
      this;
    return { name, entryType, startTime, duration, nodeStart, v8Start, bootstrapComplete, environment, loopStart, loopExit, idleTime };
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    return `PerformanceNodeTiming ${inspect(this.toJSON(), { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

/** The wall-clock time (ms since the epoch) of the time origin, fixed when the program starts. */
let timeOrigin;

/** Records that the program's start reached `stage` now. */
function reached(stage) {
  milestones[stage] = now();
  if (stage === 'v8Start') timeOrigin = Date.now() - milestones.v8Start;
}

module.exports = { nodeTiming: new PerformanceNodeTiming(), reached, now, timeOrigin: () => timeOrigin };
