//! Loading and instantiating the guest. The build compiles the guest to native code
//! (`nodule-preinit`, with the same engine settings) and puts it beside the binary
//! (`compiled_guest.rs`); the binary embeds the component itself, compiled in memory
//! when that file is missing, from another build, or unfit for this CPU. Nothing
//! compiled is ever read from or written to anywhere else.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use anyhow::{Context as _, anyhow};
use nodule_engine_config::Interruption;
use wasmtime::component::{Component, HasSelf, Linker};
use wasmtime::{Enabled, Engine, InstanceAllocationStrategy, PoolingAllocationConfig, Store};

use crate::bindings::process::Invocation;
use crate::bindings::{Runtime, RuntimePre};
use crate::compiled_guest;
use crate::limits::LimitExceeded;
use crate::process::Exit;
use crate::state::InstanceState;

/// The pre-initialized guest this host was built with.
static GUEST: &[u8] = include_bytes!(env!("NODULE_GUEST_PATH"));
/// The fingerprints of the compiled forms of `GUEST` the build put beside the binary.
const GUEST_FINGERPRINT: &str = env!("NODULE_GUEST_FINGERPRINT");
const GUEST_FINGERPRINT_UNINTERRUPTIBLE: &str = env!("NODULE_GUEST_FINGERPRINT_UNINTERRUPTIBLE");

/// What one guest instance holds, for the pooling allocator's slots: the component's
/// core instances (the program, WASI's adapter and their shims), their memories, and
/// the most elements a table of theirs has.
const CORE_INSTANCES_PER_GUEST: u32 = 8;
const MEMORIES_PER_GUEST: u32 = 2;
const TABLE_ELEMENTS: usize = 20_000;
/// Bytes of each memory reset in place when its slot is reused.
const KEEP_RESIDENT: usize = 64 << 20;

/// Exit status when the guest traps (a runtime bug), like Node's abort.
pub const TRAP_EXIT_STATUS: i32 = 134;

/// How often the epoch advances while limits are watched: the most a program runs
/// past a time or handle limit.
const EPOCH_TICK: Duration = Duration::from_millis(1);

pub struct NoduleEngine {
    engine: Engine,
    interruption: Interruption,
    linker: Linker<InstanceState>,
    pre: RuntimePre<InstanceState>,
    /// Started by the first run that needs time watched; lives as long as the engine.
    ticker: OnceLock<EpochTicker>,
    /// An uninterruptible engine's interruptible twin, for the workers of its program.
    interruptible: OnceLock<Result<Arc<NoduleEngine>, String>>,
}

/// How a run ended.
#[derive(Debug)]
pub enum Ended {
    /// The program finished, or called `process.exit`, with this status.
    Exited(i32),
    /// The sandbox ended it at a limit.
    Limit(LimitExceeded),
    /// The guest trapped (a runtime bug, or a guest the host refused to serve).
    Trapped(String),
}

impl Ended {
    pub fn exit_status(&self) -> i32 {
        match self {
            Ended::Exited(status) => *status,
            Ended::Limit(exceeded) => exceeded.exit_status(),
            Ended::Trapped(_) => TRAP_EXIT_STATUS,
        }
    }

    /// Why the sandbox ended the run, when it did: the line nodule prints.
    pub fn reason(&self) -> Option<String> {
        match self {
            Ended::Exited(_) => None,
            Ended::Limit(exceeded) => Some(exceeded.to_string()),
            Ended::Trapped(trap) => Some(format!("the program was stopped: {trap}")),
        }
    }
}

impl NoduleEngine {
    /// An engine for one program (and its workers): `Uninterruptible` when nothing will
    /// need to stop the program while it computes (no time or handle limit).
    pub fn new(interruption: Interruption) -> anyhow::Result<Self> {
        let engine = Engine::new(&nodule_engine_config::config(interruption)).map_err(|e| anyhow!("{e}"))?;
        let component = load_component(&engine, interruption)?;
        Self::with_component(engine, interruption, &component)
    }

    /// This engine if it is interruptible, else its interruptible twin, made on first
    /// use: workers and child instances run there, as `terminate()` and `kill()` must
    /// be able to stop one that is computing.
    pub fn interruptible(self: &Arc<Self>) -> anyhow::Result<Arc<NoduleEngine>> {
        if self.interruption == Interruption::Interruptible {
            return Ok(self.clone());
        }
        let twin =
            self.interruptible.get_or_init(|| NoduleEngine::new(Interruption::Interruptible).map(Arc::new).map_err(|e| format!("{e:#}")));
        twin.clone().map_err(anyhow::Error::msg)
    }

    /// An engine for `nodule serve`, whose instances come and go by the thousand: each
    /// takes a slot of wasmtime's pooling allocator (memory, tables, stacks reserved once
    /// and reset on reuse, the snapshot's pages mapped copy-on-write) instead of mapping
    /// and unmapping its own. At most `concurrent` instances live at once.
    pub fn for_serving(concurrent: u32) -> anyhow::Result<Self> {
        let mut pooling = PoolingAllocationConfig::new();
        pooling
            .total_component_instances(concurrent)
            .total_core_instances(concurrent.saturating_mul(CORE_INSTANCES_PER_GUEST))
            .total_memories(concurrent.saturating_mul(MEMORIES_PER_GUEST))
            .total_tables(concurrent.saturating_mul(CORE_INSTANCES_PER_GUEST))
            .total_stacks(concurrent)
            .max_core_instances_per_component(CORE_INSTANCES_PER_GUEST)
            .max_memories_per_component(MEMORIES_PER_GUEST)
            .max_tables_per_component(CORE_INSTANCES_PER_GUEST)
            .max_memory_size(4 << 30)
            .table_elements(TABLE_ELEMENTS)
            // The pages a run touches first are rewritten in place on reuse rather than
            // unmapped and faulted in again; only those it wrote, where Linux's
            // PAGEMAP_SCAN tells which (6.7 and later), else all of them.
            .linear_memory_keep_resident(KEEP_RESIDENT)
            .pagemap_scan(Enabled::Auto);
        // Instances share threads, each giving its thread back every tick.
        let mut config = nodule_engine_config::config(Interruption::Interruptible);
        config.allocation_strategy(InstanceAllocationStrategy::Pooling(pooling));
        let engine = Engine::new(&config).map_err(|e| anyhow!("{e}"))?;
        let component = load_component(&engine, Interruption::Interruptible)?;
        Self::with_component(engine, Interruption::Interruptible, &component)
    }

    fn with_component(engine: Engine, interruption: Interruption, component: &Component) -> anyhow::Result<Self> {
        let mut linker = Linker::new(&engine);
        wasmtime_wasi::p2::add_to_linker_async(&mut linker).map_err(|e| anyhow!("{e}"))?;
        Runtime::add_to_linker::<_, HasSelf<_>>(&mut linker, |state| state).map_err(|e| anyhow!("{e}"))?;
        let pre = Self::pre_with(&linker, component)?;
        Ok(NoduleEngine { engine, interruption, linker, pre, ticker: OnceLock::new(), interruptible: OnceLock::new() })
    }

    fn pre_with(linker: &Linker<InstanceState>, component: &Component) -> anyhow::Result<RuntimePre<InstanceState>> {
        let pre = linker.instantiate_pre(component).map_err(|e| anyhow!("{e}"))?;
        RuntimePre::new(pre).map_err(|e| anyhow!("{e}"))
    }

    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    /// The pre-initialized guest this host was built with, uncompiled: `nodule serve`
    /// snapshots tenants from it (`serve/snapshot.rs`).
    pub fn guest_wasm() -> &'static [u8] {
        GUEST
    }

    /// Ready-to-instantiate `component`, a guest with this engine's imports: a tenant's
    /// snapshot, or the guest instrumented to take one.
    pub fn instantiable(&self, component: &Component) -> anyhow::Result<RuntimePre<InstanceState>> {
        Self::pre_with(&self.linker, component)
    }

    /// Runs one program in a fresh instance owning `state`, to its end. With `slicing`
    /// (instances sharing a thread, as under `nodule serve`), a running guest gives the
    /// thread back every tick.
    pub async fn run(&self, invocation: &Invocation, state: InstanceState, slicing: bool) -> anyhow::Result<Ended> {
        self.execute(&self.pre, Call::Run(invocation), state, slicing).await
    }

    /// Runs an instance of a tenant's snapshot (`serve/snapshot.rs`) from where the
    /// snapshot was taken to its end, as `run` runs a program.
    pub async fn resume(&self, snapshot: &RuntimePre<InstanceState>, state: InstanceState) -> anyhow::Result<Ended> {
        self.execute(snapshot, Call::Resume, state, true).await
    }

    /// A store for one instance owning `state`, its limits watched (see `run`).
    pub fn store(&self, state: InstanceState, slicing: bool) -> Store<InstanceState> {
        let limits = state.enforcer.limits();
        let mut store = Store::new(&self.engine, state);
        store.limiter(|state| &mut state.enforcer);
        if self.interruption == Interruption::Uninterruptible {
            // Chosen only where nothing needs ticks (`NoduleEngine::new`).
            debug_assert!(!slicing && !limits.need_ticks());
        } else if slicing || limits.need_ticks() {
            self.ticker.get_or_init(|| EpochTicker::start(self.engine.clone()));
            store.set_epoch_deadline(1);
            store.epoch_deadline_callback(move |mut context| {
                let state = context.data_mut();
                let handles = state.handles();
                state.enforcer.on_tick(handles, slicing)
            });
        } else {
            store.set_epoch_deadline(u64::MAX);
        }
        store
    }

    async fn execute(&self, pre: &RuntimePre<InstanceState>, call: Call<'_>, state: InstanceState, slicing: bool) -> anyhow::Result<Ended> {
        let mut store = self.store(state, slicing);
        let instance = pre.instantiate_async(&mut store).await.map_err(|e| anyhow!("{e:?}"))?;
        let result = within_time_limit(&mut store, async |store| match call {
            Call::Run(invocation) => instance.call_run(store, invocation).await,
            Call::Resume => instance.call_resume(store).await,
        })
        .await;
        Ok(ended(result, &store))
    }
}

/// Which of the guest's exports an instance runs.
enum Call<'a> {
    Run(&'a Invocation),
    Resume,
}

/// `call` (a call into the instance in `store`), ended at the instance's time limit:
/// the epoch callback stops a guest that is running; this stops one that waits.
pub async fn within_time_limit<T>(
    store: &mut Store<InstanceState>,
    call: impl AsyncFnOnce(&mut Store<InstanceState>) -> wasmtime::Result<T>,
) -> wasmtime::Result<T> {
    let limit = store.data().enforcer.limits().timeout_ms;
    let call = call(store);
    match limit {
        Some(ms) => tokio::time::timeout(Duration::from_millis(ms), call)
            .await
            .unwrap_or_else(|_| Err(wasmtime::Error::new(LimitExceeded::Timeout(ms)))),
        None => call.await,
    }
}

/// How a call into the instance in `store` that returned `result` ended the run.
pub fn ended(result: wasmtime::Result<i32>, store: &Store<InstanceState>) -> Ended {
    let err = match result {
        Ok(status) => return Ended::Exited(status),
        Err(err) => err,
    };
    if let Some(Exit(code)) = err.downcast_ref::<Exit>() {
        return Ended::Exited(*code);
    }
    let exceeded = err.downcast_ref::<LimitExceeded>().copied().or_else(|| store.data().enforcer.explain_trap());
    exceeded.map_or_else(|| Ended::Trapped(format!("{err:?}")), Ended::Limit)
}

/// Advances the engine's epoch every tick until dropped.
struct EpochTicker {
    stopped: Arc<AtomicBool>,
}

impl EpochTicker {
    fn start(engine: Engine) -> Self {
        let stopped = Arc::new(AtomicBool::new(false));
        let stop = stopped.clone();
        std::thread::spawn(move || {
            while !stop.load(Ordering::Relaxed) {
                std::thread::sleep(EPOCH_TICK);
                engine.increment_epoch();
            }
        });
        EpochTicker { stopped }
    }
}

impl Drop for EpochTicker {
    fn drop(&mut self) {
        self.stopped.store(true, Ordering::Relaxed);
    }
}

fn load_component(engine: &Engine, interruption: Interruption) -> anyhow::Result<Component> {
    let (file_name, fingerprint) = match interruption {
        Interruption::Interruptible => (compiled_guest::FILE_NAME, GUEST_FINGERPRINT),
        Interruption::Uninterruptible => (compiled_guest::UNINTERRUPTIBLE_FILE_NAME, GUEST_FINGERPRINT_UNINTERRUPTIBLE),
    };
    let beside_binary = std::env::current_exe()?.with_file_name(file_name);
    let ours = compiled_guest::fingerprint(&beside_binary).is_ok_and(|f| format!("{f:016x}") == fingerprint);
    if ours {
        // SAFETY: the file beside the binary is the build's compilation of `GUEST` (its
        // fingerprint says so), and it is as trusted as the binary itself (see
        // `compiled_guest.rs`); wasmtime checks it was compiled by this version with
        // these settings for this CPU, and refuses it otherwise.
        if let Ok(component) = unsafe { Component::deserialize_file(engine, &beside_binary) } {
            return Ok(component);
        }
    }
    eprintln!("nodule: {} is missing or not this build's; compiling the guest (a slow start)", beside_binary.display());
    Component::new(engine, GUEST).map_err(|e| anyhow!("{e}")).context("compiling the guest")
}

#[cfg(test)]
mod tests {
    //! The host against a guest that sends what no honest guest sends
    //! (`tests/hostile-guest`, built by `make test`).

    use std::path::{Path, PathBuf};

    use super::*;
    use crate::bindings::process::Entry;
    use crate::limits::Limits;
    use crate::permissions::Permissions;
    use crate::permissions::{NetGrant, NetGrants};
    use crate::state::Stdio;

    fn hostile_engine() -> NoduleEngine {
        let path = std::env::var_os("NODULE_HOSTILE_GUEST")
            .map(PathBuf::from)
            .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/wasm32-wasip2/release/nodule_hostile_guest.wasm"));
        let engine = Engine::new(&nodule_engine_config::config(Interruption::Interruptible)).unwrap();
        let component = Component::from_file(&engine, &path)
            .unwrap_or_else(|e| panic!("{}: {e} (`make test` builds the hostile guest)", path.display()));
        NoduleEngine::with_component(engine, Interruption::Interruptible, &component).unwrap()
    }

    /// Runs one case of the hostile guest; its status is how many expectations failed.
    fn run_case(case: &str) -> i32 {
        let folder = std::env::temp_dir().join(format!("nodule-hostile-guest-{case}-{}", std::process::id()));
        std::fs::create_dir_all(&folder).unwrap();
        let permissions = Permissions {
            fs_write: vec![folder.clone()],
            net: NetGrants(vec![NetGrant::parse("127.0.0.1").unwrap()]),
            ..Permissions::default()
        };
        let invocation = Invocation {
            argv: vec!["nodule".into(), case.into()],
            exec_argv: vec![],
            cwd: folder.to_string_lossy().into_owned(),
            entry: Entry::Eval(String::new()),
            max_memory: None,
        };
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        let state = InstanceState::new(&permissions, Limits::default(), Stdio::Inherit).unwrap();
        let status = runtime.block_on(hostile_engine().run(&invocation, state, false)).unwrap().exit_status();
        runtime.shutdown_background();
        status
    }

    #[test]
    fn unknown_handles_are_errors() {
        assert_eq!(run_case("unknown-handles"), 0);
    }

    #[test]
    fn handles_of_the_wrong_kind_are_errors() {
        assert_eq!(run_case("wrong-kinds"), 0);
    }

    #[test]
    fn huge_lengths_are_bounded() {
        assert_eq!(run_case("huge-lengths"), 0);
    }

    #[test]
    fn a_flood_of_operations_completes_without_growing_the_host() {
        assert_eq!(run_case("operation-flood"), 0);
    }

    #[test]
    fn workers_not_started_or_not_granted_are_errors() {
        assert_eq!(run_case("workers"), 0);
    }

    #[test]
    fn host_processes_not_granted_or_not_started_are_errors() {
        assert_eq!(run_case("host-processes"), 0);
        let folder = std::env::temp_dir().join(format!("nodule-hostile-guest-host-processes-{}", std::process::id()));
        assert!(!folder.join("pwned").exists(), "nothing ran");
    }

    #[test]
    fn a_string_that_is_not_utf8_ends_only_that_instance() {
        assert_eq!(run_case("bad-utf8"), TRAP_EXIT_STATUS);
        assert_eq!(run_case("unknown-handles"), 0, "the host goes on");
    }
}
