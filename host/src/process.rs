//! The `process` interface: host facts, the Intl data file and ending the program.

use std::path::Path;
use std::sync::OnceLock;

use anyhow::Context as _;

use crate::bindings::process::{Host, HostInfo, SystemInfo};
use crate::fs::Access;
use crate::permissions::split_host_port;
use crate::state::InstanceState;

/// The program called `process.exit(code)`: carried out of the guest as a trap.
#[derive(Debug)]
pub struct Exit(pub i32);

impl std::fmt::Display for Exit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "process.exit({})", self.0)
    }
}

impl std::error::Error for Exit {}

/// The ICU4X data file the user named, read once: one for the nodule process, so the
/// workers and child instances of its program read it too.
static ICU_DATA: OnceLock<Vec<u8>> = OnceLock::new();

/// Reads the ICU4X data file at `path` for every instance to come, checking that it is a
/// blob ICU4X reads (what is in it is Intl's to look up); `named_by` is the option or the
/// variable that named it, for the error.
pub fn load_icu_data(named_by: &str, path: &Path) -> anyhow::Result<()> {
    let bytes = std::fs::read(path).with_context(|| format!("{named_by}: cannot read {}", path.display()))?;
    icu_provider_blob::BlobDataProvider::try_new_from_blob(bytes.clone().into_boxed_slice())
        .map_err(|error| anyhow::anyhow!("{named_by}: {} is not an ICU4X data blob ({error})", path.display()))?;
    // Only `main` loads it, once.
    let _ = ICU_DATA.set(bytes);
    Ok(())
}

impl Host for InstanceState {
    fn query_host(&mut self) -> HostInfo {
        let system_time_zone = system_time_zone();
        HostInfo {
            pid: std::process::id(),
            ppid: std::os::unix::process::parent_id(),
            platform: node_platform().into(),
            arch: node_arch().into(),
            time_zone: std::env::var("TZ").map_or_else(|_| system_time_zone.clone(), |tz| zone_of_tz(&tz)),
            system_time_zone,
        }
    }

    fn query_system(&mut self) -> SystemInfo {
        let proc_text = |path: &str| std::fs::read_to_string(path).map(|s| s.trim().to_owned()).unwrap_or_default();
        let meminfo = proc_text("/proc/meminfo");
        let meminfo_bytes = |field: &str| {
            meminfo
                .lines()
                .find_map(|line| line.strip_prefix(field)?.trim().strip_suffix("kB")?.trim().parse::<u64>().ok())
                .map_or(0, |kib| kib * 1024)
        };
        let numbers = |text: String| text.split_whitespace().filter_map(|n| n.parse::<f64>().ok()).collect::<Vec<_>>();
        let load = numbers(proc_text("/proc/loadavg"));
        SystemInfo {
            // The machine's name identifies it: only a program granted the whole environment sees it.
            hostname: if self.permissions.env.is_all() { proc_text("/proc/sys/kernel/hostname") } else { "localhost".into() },
            os_release: proc_text("/proc/sys/kernel/osrelease"),
            os_version: proc_text("/proc/sys/kernel/version"),
            machine: std::env::consts::ARCH.into(),
            cpu_count: std::thread::available_parallelism().map_or(1, |n| n.get() as u32),
            total_memory: meminfo_bytes("MemTotal:"),
            free_memory: meminfo_bytes("MemAvailable:"),
            uptime: numbers(proc_text("/proc/uptime")).first().copied().unwrap_or(0.0),
            load_average: (load.first().copied().unwrap_or(0.0), load.get(1).copied().unwrap_or(0.0), load.get(2).copied().unwrap_or(0.0)),
        }
    }

    fn icu_data(&mut self) -> Option<Vec<u8>> {
        ICU_DATA.get().cloned()
    }

    fn exit(&mut self, code: i32) -> wasmtime::Result<()> {
        Err(wasmtime::Error::new(Exit(code)))
    }

    fn permission_has(&mut self, scope: String, reference: Option<String>) -> bool {
        let path_granted = |access| reference.as_deref().is_none_or(|path| self.files.resolve(path, access).is_ok());
        match scope.as_str() {
            "fs" => path_granted(Access::Read) && path_granted(Access::Write),
            "fs.read" => path_granted(Access::Read),
            "fs.write" => path_granted(Access::Write),
            "net" => match reference.as_deref() {
                None => !self.net.grants.is_empty(),
                Some(reference) => {
                    let (host, port) = split_host_port(reference);
                    self.net.grants.allows(host, port)
                }
            },
            "env" => self.permissions.env.allows(reference.as_deref()),
            // A reference is an executable as `spawn` names it (relative paths already
            // resolved by js-lib): granted when it would run.
            "child" => match reference.as_deref() {
                None => self.permissions.child_process,
                Some(file) => self.permissions.executables.find(file, std::path::Path::new("/")).is_some(),
            },
            "worker" => self.permissions.worker,
            _ => false,
        }
    }
}

/// `process.platform` as Node spells it.
fn node_platform() -> &'static str {
    match std::env::consts::OS {
        "windows" => "win32",
        "macos" => "darwin",
        other => other,
    }
}

/// `process.arch` as Node spells it.
fn node_arch() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "x64",
        "aarch64" => "arm64",
        "x86" => "ia32",
        other => other,
    }
}

/// The zone `TZ` names, as the C library reads it: a zone name, `:name`, a path into the
/// zone database, or a POSIX rule.
fn zone_of_tz(tz: &str) -> String {
    let tz = tz.strip_prefix(':').unwrap_or(tz);
    zone_database_name(tz).unwrap_or(tz).to_owned()
}

/// The zone /etc/localtime links to; empty (UTC) for none.
fn system_time_zone() -> String {
    let link = std::fs::read_link("/etc/localtime").unwrap_or_default();
    zone_database_name(&link.to_string_lossy()).unwrap_or_default().to_owned()
}

/// `America/New_York` of a path into the zone database.
fn zone_database_name(path: &str) -> Option<&str> {
    path.split_once("zoneinfo/").map(|(_, name)| name)
}
