//! The `process` interface: host facts and ending the program.

use crate::bindings::process::{Host, HostInfo};
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

impl Host for InstanceState {
    fn query_host(&mut self) -> HostInfo {
        HostInfo {
            pid: std::process::id(),
            ppid: std::os::unix::process::parent_id(),
            platform: node_platform().into(),
            arch: node_arch().into(),
        }
    }

    fn exit(&mut self, code: i32) -> wasmtime::Result<()> {
        Err(wasmtime::Error::new(Exit(code)))
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
