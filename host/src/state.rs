//! Everything one instance owns on the host side: its WASI context, its granted
//! directories and network, its sockets, its completion queue and its limits. Each WIT
//! interface is implemented on it in its own file.

use wasmtime_wasi::{ResourceTable, WasiCtx, WasiCtxView, WasiView};

use crate::fs::FileSystem;
use crate::io::buffers::{BufferBudget, DEFAULT_BUFFER_BUDGET};
use crate::io::completions::CompletionQueue;
use crate::limits::{Enforcer, Limits, MeteredStdio, OutputBudget};
use crate::net::Network;
use crate::permissions::Permissions;
use crate::workers::Workers;

/// Where the program's standard streams go.
pub enum Stdio {
    /// nodule's own: the program is the command being run.
    Inherit,
    /// No input; output, both streams, to nodule's stderr: a tenant under `nodule serve`,
    /// whose stdout is the request log.
    Log,
    /// No input; output to nodule's own streams: a worker thread's.
    Worker,
}

pub struct InstanceState {
    wasi: WasiCtx,
    table: ResourceTable,
    pub files: FileSystem,
    pub completions: CompletionQueue,
    pub net: Network,
    pub enforcer: Enforcer,
    pub workers: Workers,
    /// What was granted, for the checks that have no interface of their own
    /// (`process.permission.has`, the machine's name).
    pub permissions: Permissions,
}

impl InstanceState {
    pub fn new(permissions: &Permissions, limits: Limits, stdio: Stdio) -> anyhow::Result<Self> {
        let mut wasi = WasiCtx::builder();
        let output = OutputBudget::new(limits.max_output_mib);
        match stdio {
            Stdio::Inherit => wasi.inherit_stdin().stdout(MeteredStdio::stdout(output.clone())),
            Stdio::Log => wasi.stdout(MeteredStdio::stderr(output.clone())),
            Stdio::Worker => wasi.stdout(MeteredStdio::stdout(output.clone())),
        };
        wasi.stderr(MeteredStdio::stderr(output));
        for (name, value) in permissions.env.visible() {
            wasi.env(name, value);
        }
        // Under a memory limit the host holds at most twice as much for the program.
        let budget = BufferBudget::new(limits.max_memory_bytes().map_or(DEFAULT_BUFFER_BUDGET, |max| 2 * max as usize));
        Ok(InstanceState {
            wasi: wasi.build(),
            table: ResourceTable::new(),
            files: FileSystem::new(permissions, budget.clone())?,
            completions: CompletionQueue::default(),
            net: Network::new(permissions.net.clone(), budget),
            enforcer: Enforcer::new(limits),
            workers: Workers::default(),
            permissions: permissions.clone(),
        })
    }

    /// What `--max-handles` counts: open files, sockets and operations in flight.
    pub fn handles(&self) -> usize {
        self.files.descriptor_count() + self.net.sockets.count() + self.completions.in_flight()
    }
}

impl WasiView for InstanceState {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView { ctx: &mut self.wasi, table: &mut self.table }
    }
}

impl crate::bindings::types::Host for InstanceState {}
