'use strict';
// v8: the heap statistics that tools read, answered from QuickJS's own accounting
// (one heap, no generations). Engine flags mean nothing to QuickJS, so
// setFlagsFromString accepts and ignores them; serialize/deserialize and heap
// snapshots are not there (README "Deliberate differences").

const { validateString } = require('internal/validators');

/** A wasm32 guest can address 4 GiB at most: the heap's hard limit. */
const HEAP_LIMIT = 2 ** 32;

function getHeapStatistics() {
  const { heapTotal, heapUsed, external } = process.memoryUsage();
  return {
    total_heap_size: heapTotal,
    total_heap_size_executable: 0,
    total_physical_size: heapTotal,
    total_available_size: HEAP_LIMIT - heapTotal,
    used_heap_size: heapUsed,
    heap_size_limit: HEAP_LIMIT,
    malloced_memory: heapTotal,
    peak_malloced_memory: heapTotal,
    does_zap_garbage: 0,
    number_of_native_contexts: 1,
    number_of_detached_contexts: 0,
    total_global_handles_size: 0,
    used_global_handles_size: 0,
    external_memory: external,
  };
}

function getHeapSpaceStatistics() {
  const { total_heap_size: size, used_heap_size: used } = getHeapStatistics();
  return [
    { space_name: 'quickjs_heap', space_size: size, space_used_size: used, space_available_size: size - used, physical_space_size: size },
  ];
}

function getHeapCodeStatistics() {
  return { code_and_metadata_size: 0, bytecode_and_metadata_size: 0, external_script_source_size: 0, cpu_profiler_metadata_size: 0 };
}

function setFlagsFromString(flags) {
  validateString(flags, 'flags');
}

/** Identifies the engine build, as V8's tag does for its code cache. */
function cachedDataVersionTag() {
  return 0x4e4f4455;
}

module.exports = {
  cachedDataVersionTag,
  getHeapCodeStatistics,
  getHeapSpaceStatistics,
  getHeapStatistics,
  promiseHooks: require('internal/promise_hooks'),
  setFlagsFromString,
};
