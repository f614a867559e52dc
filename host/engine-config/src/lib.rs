//! The one place the engine's settings are decided. Native code compiled from the guest
//! is only usable by an engine with the same settings, so the build tool that
//! precompiles the guest and the host that runs it both take them from here.

use wasmtime::Config;

/// The native wasm stack an instance may use. QuickJS's frames are large; this lets it
/// reach its own limit (a catchable `RangeError`) before wasm's (a trap).
pub const MAX_WASM_STACK: usize = 64 << 20;

/// How the guest is compiled: with epoch checks, which let the host stop or pause a
/// guest that never yields, or without.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Interruption {
    /// Epoch checks at each loop head and call: how `--cpu-time`, `--timeout` and
    /// `--max-handles` stop a program, how `terminate()` stops a busy worker, and how
    /// `nodule serve` shares a thread between instances.
    Interruptible,
    /// No checks: a program nothing needs to stop runs ~16% faster on CPU-bound code
    /// (QuickJS's interpreter loop takes a back-edge, so a check, per bytecode).
    Uninterruptible,
}

/// The engine configuration for running the guest compiled for `interruption`.
pub fn config(interruption: Interruption) -> Config {
    let mut config = Config::new();
    config.max_wasm_stack(MAX_WASM_STACK);
    config.async_stack_size(MAX_WASM_STACK + (1 << 20));
    config.epoch_interruption(interruption == Interruption::Interruptible);
    // `NODULE_PERFMAP=1` names the guest's functions for `perf` (in /tmp/perf-<pid>.map),
    // for profiling the guest's C and Rust (BENCHMARKS.md says where it was used).
    if std::env::var_os("NODULE_PERFMAP").is_some() {
        config.profiler(wasmtime::ProfilingStrategy::PerfMap);
    }
    config
}
