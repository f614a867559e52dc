//! Compiling and instantiating the guest. The guest component is embedded in the
//! binary; its compiled form is cached on disk per guest and engine, so only the
//! first run after a build pays for Cranelift.

use std::path::PathBuf;

use anyhow::{anyhow, Context as _};
use wasmtime::component::{Component, HasSelf, Linker};
use wasmtime::{Config, Engine, Store};

use crate::bindings::process::Invocation;
use crate::bindings::{Runtime, RuntimePre};
use crate::permissions::Permissions;
use crate::process::Exit;
use crate::state::InstanceState;

/// The pre-initialized guest this host was built with.
static GUEST: &[u8] = include_bytes!(env!("NODULE_GUEST_PATH"));
/// A hash of `GUEST`, computed at build time (hashing megabytes at start-up would cost milliseconds).
const GUEST_HASH: &str = env!("NODULE_GUEST_HASH");

/// The native wasm stack an instance may use. QuickJS's frames are large; this lets it
/// reach its own limit (a catchable `RangeError`) before wasm's (a trap).
const MAX_WASM_STACK: usize = 64 << 20;

/// Exit status when the guest traps (a runtime bug or a limit), like Node's abort.
pub const TRAP_EXIT_STATUS: i32 = 134;

pub struct NoduleEngine {
    engine: Engine,
    pre: RuntimePre<InstanceState>,
}

impl NoduleEngine {
    pub fn new() -> anyhow::Result<Self> {
        let mut config = Config::new();
        config.max_wasm_stack(MAX_WASM_STACK);
        config.async_stack_size(MAX_WASM_STACK + (1 << 20));
        let engine = Engine::new(&config).map_err(|e| anyhow!("{e}"))?;
        let component = load_component(&engine)?;
        let mut linker = Linker::new(&engine);
        wasmtime_wasi::p2::add_to_linker_async(&mut linker).map_err(|e| anyhow!("{e}"))?;
        Runtime::add_to_linker::<_, HasSelf<_>>(&mut linker, |state| state).map_err(|e| anyhow!("{e}"))?;
        let pre = linker.instantiate_pre(&component).map_err(|e| anyhow!("{e}"))?;
        let pre = RuntimePre::new(pre).map_err(|e| anyhow!("{e}"))?;
        Ok(NoduleEngine { engine, pre })
    }

    /// Runs one program in a fresh instance and returns its exit status.
    pub async fn run(&self, invocation: &Invocation, permissions: &Permissions) -> anyhow::Result<i32> {
        let mut store = Store::new(&self.engine, InstanceState::new(permissions)?);
        let instance = self.pre.instantiate_async(&mut store).await.map_err(|e| anyhow!("{e:?}"))?;
        match instance.call_run(&mut store, invocation).await {
            Ok(status) => Ok(status),
            Err(err) => match err.downcast_ref::<Exit>() {
                Some(Exit(code)) => Ok(*code),
                None => {
                    eprintln!("nodule: the program was stopped: {err:?}");
                    Ok(TRAP_EXIT_STATUS)
                }
            },
        }
    }
}

/// Where compiled guests are kept: `$NODULE_CACHE_DIR`, else the user's cache folder.
fn cache_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("NODULE_CACHE_DIR") {
        return Some(PathBuf::from(dir));
    }
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cache")))?;
    Some(base.join("nodule"))
}

fn load_component(engine: &Engine) -> anyhow::Result<Component> {
    let engine_hash = {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::hash::DefaultHasher::new();
        engine.precompile_compatibility_hash().hash(&mut hasher);
        hasher.finish()
    };
    let Some(dir) = cache_dir() else { return compile(engine) };
    let path = dir.join(format!("guest-{GUEST_HASH}-{engine_hash:016x}.cwasm"));
    if path.exists() {
        // SAFETY: the file is one this function wrote, for this guest and this engine.
        if let Ok(component) = unsafe { Component::deserialize_file(engine, &path) } {
            return Ok(component);
        }
    }
    let compiled = engine.precompile_component(GUEST).map_err(|e| anyhow!("{e}")).context("compiling the guest")?;
    // A cache we cannot write only costs the next run a compile.
    let _ = std::fs::create_dir_all(&dir).and_then(|()| {
        let partial = path.with_extension(format!("{}.tmp", std::process::id()));
        std::fs::write(&partial, &compiled)?;
        std::fs::rename(&partial, &path)
    });
    // SAFETY: `compiled` was produced just now by this engine.
    unsafe { Component::deserialize(engine, &compiled) }.map_err(|e| anyhow!("{e}"))
}

fn compile(engine: &Engine) -> anyhow::Result<Component> {
    Component::new(engine, GUEST).map_err(|e| anyhow!("{e}")).context("compiling the guest")
}
