//! The one JavaScript runtime of this instance: built by `init` (at build time, when the
//! guest is pre-initialized), then used once by `run`, or by `prepare` and, in each
//! instance of the snapshot taken after it, `resume`.

use std::cell::RefCell;

use rquickjs::{Context, Ctx, Function, Object, Persistent, Runtime, Value};

use crate::natives;
use crate::wit::nodule::runtime::process::Invocation;

/// QuickJS's own stack limit, a little under the guest's shadow stack (set with the
/// linker's `-zstack-size` in `.cargo/config.toml`) so that deep recursion throws a
/// catchable `RangeError` before the shadow stack runs out.
const JS_STACK_LIMIT: usize = 7 * 1024 * 1024 + 512 * 1024;

struct Engine {
    runtime: Runtime,
    context: Context,
    /// `internal/main`'s exports: `run(invocation)`, which runs a program and its event
    /// loop, and serve's `prepare(invocation)` and `resume()`.
    main: Persistent<Object<'static>>,
    /// QuickJS's heap as the snapshot holds it, in bytes: measuring it walks the whole
    /// heap, which every run under a memory limit would otherwise pay (~1 ms).
    snapshot_heap: u64,
}

thread_local! {
    static ENGINE: RefCell<Option<Engine>> = const { RefCell::new(None) };
}

pub fn init() {
    ENGINE.with(|cell| {
        if cell.borrow().is_none() {
            *cell.borrow_mut() = Some(build_engine());
        }
    });
}

pub fn run(invocation: Invocation) -> i32 {
    start_instance();
    limit_memory(&invocation);
    let code = call_main("run", |ctx| Ok(natives::process::invocation_to_js(ctx, invocation)?.into_value())).unwrap_or(1);
    natives::process::flush_stdio();
    code
}

/// Runs a tenant's app up to its held `listen` (see the world's `prepare`).
pub fn prepare(invocation: Invocation) -> bool {
    start_instance();
    natives::process::hold_output();
    limit_memory(&invocation);
    call_main("prepare", |ctx| Ok(natives::process::invocation_to_js(ctx, invocation)?.into_value())).unwrap_or(false)
}

/// Continues an instance started from a snapshot taken after `prepare`. Its clock
/// goes on from the snapshot's (the host's monotonic clock), so a time the app read
/// before the snapshot is never later than one it reads now.
pub fn resume() -> i32 {
    init();
    natives::random::reseed();
    natives::process::release_output();
    let code = call_main("resume", |ctx| Ok(Value::new_undefined(ctx.clone()))).unwrap_or(1);
    natives::process::flush_stdio();
    code
}

/// What a program's instance does first: its own random seed and its own clock, never
/// the build's snapshot's.
fn start_instance() {
    init();
    natives::random::reseed();
    natives::process::start_clock();
}

fn limit_memory(invocation: &Invocation) {
    if let Some(max_memory) = invocation.max_memory {
        ENGINE.with(|cell| {
            let engine = cell.borrow();
            let engine = engine.as_ref().expect("engine initialized");
            limit_heap(&engine.runtime, engine.snapshot_heap, max_memory);
        });
    }
}

/// Calls `internal/main`'s function `name` with the argument `argument` makes; a
/// JavaScript error escaping it is reported as fatal, and the result is `None`.
fn call_main<R>(name: &str, argument: impl for<'js> FnOnce(&Ctx<'js>) -> rquickjs::Result<Value<'js>>) -> Option<R>
where
    R: for<'js> rquickjs::FromJs<'js>,
{
    ENGINE.with(|cell| {
        let engine = cell.borrow();
        let engine = engine.as_ref().expect("engine initialized");
        engine.context.with(|ctx| {
            let main = engine.main.clone().restore(&ctx).expect("internal/main belongs to this context");
            let result = main.get::<_, Function>(name).and_then(|function| function.call::<_, R>((argument(&ctx)?,)));
            result.map_err(|err| natives::report_fatal(&ctx, err)).ok()
        })
    })
}

/// Linear memory kept free under a memory limit for what is not QuickJS's heap: the
/// Rust side's buffers, host results on their way in, and allocator slack.
fn heap_headroom(max_memory: u64) -> u64 {
    (max_memory / 8).clamp(2 << 20, 32 << 20)
}

/// Sets QuickJS's allocation limit so its heap, with the headroom, fits in
/// `max_memory` bytes of linear memory: past it an allocation throws a catchable
/// out-of-memory error instead of the host refusing memory (which ends the run).
fn limit_heap(runtime: &Runtime, heap_now: u64, max_memory: u64) {
    let memory_now = (core::arch::wasm32::memory_size(0) as u64) << 16;
    let free = max_memory.saturating_sub(memory_now).saturating_sub(heap_headroom(max_memory));
    let limit = usize::try_from(heap_now + free).unwrap_or(usize::MAX);
    runtime.set_memory_limit(limit);
    natives::event_loop::set_heap_limit(limit);
}

fn build_engine() -> Engine {
    let runtime = Runtime::new().expect("QuickJS runtime");
    runtime.set_max_stack_size(JS_STACK_LIMIT);
    natives::task_queue::install_rejection_tracker(&runtime);
    natives::modules::install_loader(&runtime);
    natives::intl::install_local_time();
    let context = Context::full(&runtime).expect("QuickJS context");
    let main = context.with(|ctx| {
        bootstrap(&ctx).unwrap_or_else(|err| {
            natives::report_fatal(&ctx, err);
            panic!("the built-in modules failed to load");
        })
    });
    // Collected once here, with the next collection set where QuickJS sets it after one
    // (half as much again): otherwise the snapshot's threshold, left from some earlier
    // collection during the build, makes nearly every run start by walking the whole
    // heap of built-ins.
    runtime.run_gc();
    let snapshot_heap = runtime.memory_usage().malloc_size.max(0) as u64;
    runtime.set_gc_threshold((snapshot_heap + snapshot_heap / 2) as usize);
    Engine { runtime, context, main, snapshot_heap }
}

/// Loads the built-in modules the way Node's bootstrap does: `internal/bootstrap/realm`
/// gets the native bindings and returns the built-in `require`; `internal/bootstrap/node`
/// sets up the globals and loads every public built-in (so the snapshot holds them
/// compiled and initialized); `internal/main` exports what the instance's exports call.
fn bootstrap<'js>(ctx: &Ctx<'js>) -> rquickjs::Result<Persistent<Object<'static>>> {
    natives::random::install(ctx)?;
    let bindings = natives::create_bindings(ctx)?;
    let internal_binding = Function::new(ctx.clone(), move |name: String| -> rquickjs::Result<Value<'js>> { bindings.get(name) })?;
    let realm = natives::builtins::compile(ctx, "internal/bootstrap/realm")?;
    let module = Object::new(ctx.clone())?;
    module.set("exports", Object::new(ctx.clone())?)?;
    realm.call::<_, ()>((module.get::<_, Value>("exports")?, Value::new_undefined(ctx.clone()), module.clone(), internal_binding))?;
    let require: Function = module.get("exports")?;
    require.call::<_, Value>(("internal/bootstrap/node",))?;
    let main: Object = require.call(("internal/main",))?;
    Ok(Persistent::save(ctx, main))
}
