//! Everything one instance owns on the host side: its WASI context, its granted
//! directories and network, its sockets, its completion queue and its limits. Each WIT
//! interface is implemented on it in its own file.

use std::sync::OnceLock;
use std::time::Instant;

use wasmtime_wasi::{HostMonotonicClock, ResourceTable, WasiCtx, WasiCtxView, WasiView};

use crate::fs::FileSystem;
use crate::host_processes::HostProcesses;
use crate::io::buffers::{BufferBudget, DEFAULT_BUFFER_BUDGET};
use crate::io::completions::CompletionQueue;
use crate::limits::{Enforcer, Limits, MeteredStdio, OutputBudget, OutputRelay};
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
    /// No input; output to nodule's own streams: a worker's.
    Worker,
    /// No input; output to these relays: a worker whose parent reads its output.
    Relay { stdout: OutputRelay, stderr: OutputRelay },
}

/// The monotonic clock every instance reads: time since this host process started.
/// (WASI's default starts each instance's clock at zero; an instance started from a
/// snapshot would then read times earlier than those its snapshot holds.)
struct HostProcessClock;

impl HostProcessClock {
    fn origin() -> Instant {
        static ORIGIN: OnceLock<Instant> = OnceLock::new();
        *ORIGIN.get_or_init(Instant::now)
    }
}

impl HostMonotonicClock for HostProcessClock {
    fn resolution(&self) -> u64 {
        1
    }

    fn now(&self) -> u64 {
        u64::try_from(Self::origin().elapsed().as_nanos()).unwrap_or(u64::MAX)
    }
}

pub struct InstanceState {
    wasi: WasiCtx,
    table: ResourceTable,
    pub files: FileSystem,
    pub completions: CompletionQueue,
    pub net: Network,
    pub enforcer: Enforcer,
    pub workers: Workers,
    /// The host processes it started (`--allow-child-process=<names or paths>`).
    pub host_processes: HostProcesses,
    /// What was granted, for the checks that have no interface of their own
    /// (`process.permission.has`, the machine's name).
    pub permissions: Permissions,
}

impl InstanceState {
    pub fn new(permissions: &Permissions, limits: Limits, stdio: Stdio) -> anyhow::Result<Self> {
        let mut wasi = WasiCtx::builder();
        let output = OutputBudget::new(limits.max_output_mib);
        match &stdio {
            Stdio::Inherit => wasi.inherit_stdin().stdout(MeteredStdio::stdout(output.clone())),
            Stdio::Log => wasi.stdout(MeteredStdio::stderr(output.clone())),
            Stdio::Worker => wasi.stdout(MeteredStdio::stdout(output.clone())),
            Stdio::Relay { stdout, .. } => wasi.stdout(MeteredStdio::relayed(output.clone(), stdout.clone())),
        };
        match &stdio {
            Stdio::Relay { stderr, .. } => wasi.stderr(MeteredStdio::relayed(output, stderr.clone())),
            _ => wasi.stderr(MeteredStdio::stderr(output)),
        };
        for (name, value) in permissions.env.visible() {
            wasi.env(name, value);
        }
        wasi.monotonic_clock(HostProcessClock);
        // Under a memory limit the host holds at most twice as much for the program.
        let budget = BufferBudget::new(limits.max_memory_bytes().map_or(DEFAULT_BUFFER_BUDGET, |max| 2 * max as usize));
        let mut files = FileSystem::new(permissions, budget.clone())?;
        // Only the program nodule runs has nodule's stdio to hand a host process, and
        // its output only while no limit has to count it.
        let main_program = matches!(stdio, Stdio::Inherit);
        let host_processes = HostProcesses::new(main_program, main_program && limits.max_output_mib.is_none());
        if !matches!(stdio, Stdio::Inherit) {
            // The host's standard input is its main program's to read: a worker's or a
            // tenant's reads see a closed descriptor.
            files.close_stdin();
        }
        Ok(InstanceState {
            wasi: wasi.build(),
            table: ResourceTable::new(),
            files,
            completions: CompletionQueue::default(),
            net: Network::new(permissions.net.clone(), budget),
            enforcer: Enforcer::new(limits),
            workers: Workers::default(),
            host_processes,
            permissions: permissions.clone(),
        })
    }

    /// What `--max-handles` counts: open files, sockets (a host process's pipes too),
    /// running host processes and operations in flight.
    pub fn handles(&self) -> usize {
        self.files.descriptor_count() + self.net.sockets.count() + self.host_processes.count() + self.completions.in_flight()
    }

    /// What of the instance the host holds, if anything: a snapshot of an instance
    /// that holds nothing can start other instances (`serve/snapshot.rs`).
    pub fn left_on_host(&self) -> Option<&'static str> {
        if self.files.descriptor_count() > 0 {
            Some("a file")
        } else if self.net.sockets.count() > 0 {
            Some("a socket")
        } else if self.host_processes.count() > 0 {
            Some("a process")
        } else if self.completions.in_flight() > 0 {
            Some("an operation")
        } else if !self.table.is_empty() {
            Some("a WASI stream")
        } else {
            None
        }
    }
}

impl WasiView for InstanceState {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView { ctx: &mut self.wasi, table: &mut self.table }
    }
}

impl crate::bindings::types::Host for InstanceState {}
