//! Tenants' snapshots. A tenant's app is run once in an instance of the guest that
//! wasmtime-wizer instrumented, up to where it would start serving (the guest's
//! `prepare`: its top level run, its `listen` held); that instance's memory becomes
//! the initial memory of a component of its own, compiled, from which each of the
//! tenant's instances starts (`resume`). A request then pays instantiation and its
//! handler, not the app's top level, as Fastly's and Shopify's wizer-based hosting do.
//!
//! A snapshot holds the tenant's state and is native code: it is built with the
//! tenant's grants, used for that tenant only, kept in memory only, and built again
//! when the config is reloaded or a module file the app's start read changes (the
//! tenant's warm instances are retired then too). An app whose preparation leaves something on the host
//! (a file or socket open, an operation in flight, a WASI stream) cannot be snapshotted,
//! as a later instance would not have it: its instances go on running its top level.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use anyhow::anyhow;
use wasmtime::component::Component;
use wasmtime_wizer::{ComponentContext, WasmtimeWizerComponent, Wizer};

use super::config::Tenant;
use super::instances::{tenant_invocation, tenant_state};
use super::metrics::Metrics;
use crate::bindings::{Runtime, RuntimePre};
use crate::engine::{NoduleEngine, ended, within_time_limit};
use crate::net::Route;
use crate::state::InstanceState;
use crate::watch::ReadModules;

/// The longest an app's preparation may take when its tenant sets no time limit.
const PREPARE_TIMEOUT: Duration = Duration::from_secs(30);

/// A tenant's snapshot, ready to instantiate.
pub type Snapshot = Arc<RuntimePre<InstanceState>>;

/// What a tenant has of its snapshot.
#[derive(Default)]
pub enum Progress {
    #[default]
    NotStarted,
    Building,
    Ready(Snapshot),
    /// The app cannot be snapshotted (the log says why).
    Refused,
}

/// The guest instrumented to be snapshotted, compiled once, when the first tenant's
/// snapshot is built; and the builds, taken one at a time so that compiling never
/// takes more than one core from the requests being served.
pub struct Snapshots {
    instrumented: OnceLock<Result<Instrumented, String>>,
    building: tokio::sync::Mutex<()>,
    metrics: Arc<Metrics>,
    /// The files each tenant's snapshot was built from, taken or refused.
    watched: Mutex<Vec<Watched>>,
}

/// The module files a tenant's app read while it was prepared, and what to do when
/// one changes: `outdated` forgets the tenant's snapshot and warm instances, and
/// returns false when the tenant is gone (a reload replaced it).
struct Watched {
    tenant: String,
    files: ReadModules,
    outdated: Box<dyn Fn() -> bool + Send>,
}

struct Instrumented {
    /// What wizer learned of the guest while instrumenting it, to snapshot it with.
    context: ComponentContext<'static>,
    pre: RuntimePre<InstanceState>,
}

fn wizer() -> Wizer {
    let mut wizer = Wizer::new();
    // `prepare` is called by the host, not by wizer; the guest's exports stay as they are.
    wizer.keep_init_func(true);
    wizer
}

impl Snapshots {
    pub fn new(metrics: Arc<Metrics>) -> Self {
        Snapshots { instrumented: OnceLock::new(), building: tokio::sync::Mutex::new(()), metrics, watched: Mutex::default() }
    }

    /// Looks at the files of every tenant's snapshot; a tenant whose files changed gets
    /// a new snapshot with its next request.
    pub fn check_for_changes(&self) {
        self.watched.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).retain(|watched| {
            if !watched.files.changed() {
                return true;
            }
            if (watched.outdated)() {
                eprintln!("nodule serve: {}: its files changed; a new snapshot is taken with its next request", watched.tenant);
            }
            false
        });
    }

    /// Builds `tenant`'s snapshot on a thread of its own (compiling takes seconds), and
    /// reports how it went to `progress`; `outdated` is called if the app's files
    /// change later (see `Watched`).
    pub fn start_building(
        self: &Arc<Self>,
        engine: Arc<NoduleEngine>,
        tenant: Tenant,
        front: SocketAddr,
        progress: Arc<Mutex<Progress>>,
        outdated: impl Fn() -> bool + Send + 'static,
    ) {
        let snapshots = self.clone();
        std::thread::spawn(move || {
            let started = Instant::now();
            let files = ReadModules::default();
            files.note(&tenant.entry.to_string_lossy());
            let built = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .map_err(|e| e.to_string())
                .and_then(|runtime| runtime.block_on(snapshots.build(&engine, &tenant, front, &files)));
            snapshots.metrics.snapshot(&tenant.name, built.is_ok());
            let outcome = match built {
                Ok(snapshot) => {
                    eprintln!("nodule serve: {}: snapshot taken in {} ms", tenant.name, started.elapsed().as_millis());
                    Progress::Ready(Arc::new(snapshot))
                }
                Err(reason) => {
                    eprintln!("nodule serve: {}: not snapshotted ({reason}); each instance runs the app from its start", tenant.name);
                    Progress::Refused
                }
            };
            *progress.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = outcome;
            let watched = Watched { tenant: tenant.name.clone(), files, outdated: Box::new(outdated) };
            snapshots.watched.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).push(watched);
        });
    }

    async fn build(
        &self,
        engine: &NoduleEngine,
        tenant: &Tenant,
        front: SocketAddr,
        files: &ReadModules,
    ) -> Result<RuntimePre<InstanceState>, String> {
        let _one_at_a_time = self.building.lock().await;
        let instrumented = self.instrumented.get_or_init(|| Instrumented::new(engine).map_err(|e| format!("{e:#}"))).as_ref()?;
        let mut state = tenant_state(tenant).map_err(|failure| failure.reason)?;
        state.files.read_modules = Some(files.clone());
        // A listen the guest does not hold (a second server's) is routed nowhere, and
        // leaves a socket that refuses the snapshot below.
        state.net.route = Some(Route { connections: None, listening: None, address: front.ip() });
        let mut store = engine.store(state, true);
        let instance = instrumented.pre.instance_pre().instantiate_async(&mut store).await.map_err(|e| format!("{e:#}"))?;
        let runtime = Runtime::new(&mut store, &instance).map_err(|e| format!("{e:#}"))?;
        let invocation = tenant_invocation(tenant);
        let prepare = within_time_limit(&mut store, async |store| runtime.call_prepare(store, &invocation).await);
        let prepared = tokio::time::timeout(PREPARE_TIMEOUT, prepare)
            .await
            .unwrap_or_else(|_| Err(wasmtime::Error::msg(format!("it was still starting after {} s", PREPARE_TIMEOUT.as_secs()))));
        match prepared {
            Ok(true) => {}
            Ok(false) => return Err("the app did not listen".to_owned()),
            Err(err) => return Err(ended(Err(err), &store).reason().unwrap_or_else(|| "the app exited".to_owned())),
        }
        if let Some(left) = store.data().left_on_host() {
            return Err(format!("its start left {left} open"));
        }
        let snapshot = wizer()
            .snapshot_component(&instrumented.context, &mut WasmtimeWizerComponent { store: &mut store, instance })
            .await
            .map_err(|e| format!("{e:#}"))?;
        let component = Component::new(engine.engine(), &snapshot).map_err(|e| format!("compiling the snapshot: {e:#}"))?;
        engine.instantiable(&component).map_err(|e| format!("{e:#}"))
    }
}

impl Instrumented {
    fn new(engine: &NoduleEngine) -> anyhow::Result<Self> {
        let (context, instrumented) = wizer().instrument_component(NoduleEngine::guest_wasm()).map_err(|e| anyhow!("{e:#}"))?;
        let component = Component::new(engine.engine(), &instrumented).map_err(|e| anyhow!("compiling the instrumented guest: {e:#}"))?;
        Ok(Instrumented { context, pre: engine.instantiable(&component)? })
    }
}
