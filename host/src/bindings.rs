//! The `nodule:runtime` world, generated once for the whole host. Only `wait` is
//! async: every other import returns at once (an async binding costs ~45 ns per call
//! even when ready), and `exit` may end the instance.

wasmtime::component::bindgen!({
    path: "../wit",
    world: "runtime",
    imports: {
        "nodule:runtime/completions.wait": async,
        "nodule:runtime/process.exit": trappable,
    },
    exports: { default: async },
});

pub use nodule::runtime::{completions, fs, host_processes, net, process, types, workers};
