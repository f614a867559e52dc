//! The one place the engine's settings are decided. Native code compiled from the guest
//! is only usable by an engine with the same settings, so the build tool that
//! precompiles the guest and the host that runs it both take them from here.

use wasmtime::Config;

/// The native wasm stack an instance may use. QuickJS's frames are large; this lets it
/// reach its own limit (a catchable `RangeError`) before wasm's (a trap).
pub const MAX_WASM_STACK: usize = 64 << 20;

/// The engine configuration for running the guest.
///
/// Epoch interruption is always compiled in: it is how `--cpu-time` and `--timeout`
/// stop a program that never yields, and code compiled without it could not be
/// stopped. Runs without limits pay only a compare at each loop head and call.
pub fn config() -> Config {
    let mut config = Config::new();
    config.max_wasm_stack(MAX_WASM_STACK);
    config.async_stack_size(MAX_WASM_STACK + (1 << 20));
    config.epoch_interruption(true);
    // `NODULE_PERFMAP=1` names the guest's functions for `perf` (in /tmp/perf-<pid>.map),
    // for profiling the guest's C and Rust (BENCHMARKS.md says where it was used).
    if std::env::var_os("NODULE_PERFMAP").is_some() {
        config.profiler(wasmtime::ProfilingStrategy::PerfMap);
    }
    config
}
