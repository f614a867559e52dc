//! Everything one instance owns on the host side: its WASI context, its granted
//! directories and network, its sockets and its completion queue. Each WIT interface is implemented on it in
//! its own file.

use wasmtime_wasi::{ResourceTable, WasiCtx, WasiCtxView, WasiView};

use crate::fs::FileSystem;
use crate::io::completions::CompletionQueue;
use crate::net::Network;
use crate::permissions::Permissions;

pub struct InstanceState {
    wasi: WasiCtx,
    table: ResourceTable,
    pub files: FileSystem,
    pub completions: CompletionQueue,
    pub net: Network,
    /// Whether facts that identify the machine (its name) may be shown.
    pub identity_visible: bool,
}

impl InstanceState {
    pub fn new(permissions: &Permissions) -> anyhow::Result<Self> {
        let mut wasi = WasiCtx::builder();
        wasi.inherit_stdio();
        if permissions.env {
            wasi.inherit_env();
        }
        Ok(InstanceState {
            wasi: wasi.build(),
            table: ResourceTable::new(),
            files: FileSystem::new(permissions)?,
            completions: CompletionQueue::default(),
            net: Network::new(permissions.net.clone()),
            identity_visible: permissions.env,
        })
    }
}

impl WasiView for InstanceState {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView { ctx: &mut self.wasi, table: &mut self.table }
    }
}

impl crate::bindings::types::Host for InstanceState {}
