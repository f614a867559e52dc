//! Pre-initializes the guest: instantiates it, calls its `init` export (which builds
//! the JavaScript heap with every built-in module loaded) and writes a component
//! whose memory starts as that snapshot, then compiles that component to native code
//! with the host's engine settings, once with epoch checks and once without
//! (`Interruption`). The host embeds the component and maps the compiled forms from
//! beside itself; it never loads compiled code from anywhere a program could write.
//!
//! Usage: nodule-preinit <guest.wasm> <output.wasm> <interruptible.cwasm> <uninterruptible.cwasm>

use anyhow::{Context as _, anyhow, bail};
use nodule_engine_config::Interruption;
use wasmtime::component::types::ComponentItem;
use wasmtime::component::{Component, Linker, ResourceTable};
use wasmtime::{Config, Engine, Store};
use wasmtime_wasi::{WasiCtx, WasiCtxView, WasiView};

struct InitState {
    wasi: WasiCtx,
    table: ResourceTable,
}

impl WasiView for InitState {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView { ctx: &mut self.wasi, table: &mut self.table }
    }
}

/// Defines every function of the runtime's own (`nodule:`) imports as a trap: the
/// snapshot must not contain anything a host call returned.
fn stub_runtime_imports(linker: &mut Linker<InitState>, component: &Component) -> wasmtime::Result<()> {
    let engine = linker.engine().clone();
    for (name, item) in component.component_type().imports(&engine) {
        let (true, ComponentItem::ComponentInstance(instance)) = (name.starts_with("nodule:"), item.ty) else { continue };
        let mut stubs = linker.instance(name)?;
        for (function, item) in instance.exports(&engine) {
            if let ComponentItem::ComponentFunc(_) = item.ty {
                let called = format!("{name}#{function}");
                stubs.func_new(function, move |_, _, _, _| wasmtime::bail!("{called} was called during pre-initialization"))?;
            }
        }
    }
    Ok(())
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let [_, input, output, interruptible, uninterruptible] = args.as_slice() else {
        bail!("usage: nodule-preinit <guest.wasm> <output.wasm> <interruptible.cwasm> <uninterruptible.cwasm>");
    };
    let wasm = std::fs::read(input).with_context(|| format!("reading {input}"))?;
    let engine = Engine::new(&Config::new())?;
    // The snapshot must not depend on the build machine: init sees no environment,
    // no arguments and no files, and the runtime's own imports trap if init calls them.
    let state = InitState { wasi: WasiCtx::builder().inherit_stderr().build(), table: ResourceTable::new() };
    let mut store = Store::new(&engine, state);
    let (snapshot, _) = wasmtime_wizer::Wizer::new()
        .init_func("init")
        // The world still exports `init`; removing it would make the component invalid.
        .keep_init_func(true)
        .run_component(&mut store, &wasm, async |store: &mut Store<InitState>, component: &Component| {
            let mut linker = Linker::new(store.engine());
            wasmtime_wasi::p2::add_to_linker_async(&mut linker)?;
            stub_runtime_imports(&mut linker, component)?;
            linker.instantiate_async(store, component).await
        })
        .await
        .map_err(|e| anyhow!("{e:?}"))?;
    std::fs::write(output, &snapshot).with_context(|| format!("writing {output}"))?;
    eprintln!("pre-initialized {input} ({} bytes) -> {output} ({} bytes)", wasm.len(), snapshot.len());
    for (interruption, compiled_output) in [(Interruption::Interruptible, interruptible), (Interruption::Uninterruptible, uninterruptible)]
    {
        let compiled = Engine::new(&nodule_engine_config::config(interruption))?.precompile_component(&snapshot)?;
        std::fs::write(compiled_output, &compiled).with_context(|| format!("writing {compiled_output}"))?;
        eprintln!("compiled {output} -> {compiled_output} ({} bytes, {interruption:?})", compiled.len());
    }
    Ok(())
}
