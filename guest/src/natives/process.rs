//! What `process` needs from the guest: stdio, clocks, memory, host facts, exit.

use std::cell::{Cell, RefCell};
use std::io::Write as _;
use std::time::Instant;

use rquickjs::{Ctx, Function, IntoJs, Object, TypedArray, Value};

use crate::wit::nodule::runtime::process::{self as host, Entry, Invocation};

thread_local! {
    /// When this instance's program started; `hrtime` and `performance.now` count from it.
    static START: Cell<Option<Instant>> = const { Cell::new(None) };
    /// Output held instead of written, with its stream (1 or 2), while a tenant is
    /// prepared for its snapshot: writing would leave WASI's stream handles, which no
    /// later instance has, in the snapshot's memory.
    static HELD_OUTPUT: RefCell<Option<Vec<HeldWrite>>> = const { RefCell::new(None) };
}

/// A write held by `hold_output`: the stream (1 or 2) and the bytes.
type HeldWrite = (i32, Vec<u8>);

/// Holds everything written to stdout and stderr from now until `release_output`.
pub fn hold_output() {
    HELD_OUTPUT.with(|held| *held.borrow_mut() = Some(Vec::new()));
}

/// Writes out the held output, in order, and stops holding.
pub fn release_output() {
    for (fd, bytes) in HELD_OUTPUT.with(|held| held.borrow_mut().take()).unwrap_or_default() {
        let _ = write_bytes(fd, &bytes);
    }
}

pub fn start_clock() {
    START.with(|start| start.set(Some(Instant::now())));
}

/// Nanoseconds since the program started (a monotonic clock).
fn hrtime() -> f64 {
    START.with(|start| start.get().map_or(0.0, |t| t.elapsed().as_nanos() as f64))
}

/// Writes a string or the bytes of a Uint8Array to stdout (fd 1) or stderr (fd 2).
fn write(fd: i32, data: Value<'_>) -> rquickjs::Result<()> {
    if let Some(text) = data.as_string() {
        return write_bytes(fd, text.to_string()?.as_bytes());
    }
    let array = TypedArray::<u8>::from_value(data)?;
    // SAFETY: the bytes are written out before any JavaScript runs that could detach the buffer.
    write_bytes(fd, unsafe { array.as_bytes() }.unwrap_or_default())
}

fn write_bytes(fd: i32, bytes: &[u8]) -> rquickjs::Result<()> {
    let held = HELD_OUTPUT.with(|held| held.borrow_mut().as_mut().map(|held| held.push((fd, bytes.to_vec()))).is_some());
    if held {
        return Ok(());
    }
    // A closed pipe is not the program's error: Node ignores EPIPE on stdio too.
    let _ = if fd == 2 {
        std::io::stderr().write_all(bytes)
    } else {
        let mut out = std::io::stdout().lock();
        out.write_all(bytes).and_then(|()| out.flush())
    };
    Ok(())
}

pub fn flush_stdio() {
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().flush();
}

fn exit(code: i32) {
    flush_stdio();
    host::exit(code);
    unreachable!("the host ends the instance in exit");
}

/// `[rss, heapTotal, heapUsed, external, arrayBuffers]` in bytes. The instance's linear
/// memory is its resident set; the heap figures are QuickJS's own accounting.
fn memory_usage(ctx: Ctx<'_>) -> Vec<f64> {
    let rss = core::arch::wasm32::memory_size(0) as f64 * 65536.0;
    let mut usage = std::mem::MaybeUninit::<rquickjs::qjs::JSMemoryUsage>::uninit();
    // SAFETY: fills the struct for the live runtime of `ctx`; initialized by the call.
    let usage = unsafe {
        let runtime = rquickjs::qjs::JS_GetRuntime(ctx.as_raw().as_ptr());
        rquickjs::qjs::JS_ComputeMemoryUsage(runtime, usage.as_mut_ptr());
        usage.assume_init()
    };
    vec![rss, usage.malloc_size as f64, usage.memory_used_size as f64, 0.0, 0.0]
}

fn host_info(ctx: Ctx<'_>) -> rquickjs::Result<Object<'_>> {
    let info = host::query_host();
    let object = Object::new(ctx)?;
    object.set("pid", info.pid)?;
    object.set("ppid", info.ppid)?;
    object.set("platform", info.platform)?;
    object.set("arch", info.arch)?;
    object.set("timeZone", info.time_zone)?;
    object.set("systemTimeZone", info.system_time_zone)?;
    Ok(object)
}

fn system_info(ctx: Ctx<'_>) -> rquickjs::Result<Object<'_>> {
    let info = host::query_system();
    let object = Object::new(ctx)?;
    object.set("hostname", info.hostname)?;
    object.set("osRelease", info.os_release)?;
    object.set("osVersion", info.os_version)?;
    object.set("machine", info.machine)?;
    object.set("cpuCount", info.cpu_count)?;
    object.set("totalMemory", info.total_memory as f64)?;
    object.set("freeMemory", info.free_memory as f64)?;
    object.set("uptime", info.uptime)?;
    let (one, five, fifteen) = info.load_average;
    object.set("loadAverage", vec![one, five, fifteen])?;
    Ok(object)
}

/// The environment variables the host granted, as an object.
fn env(ctx: Ctx<'_>) -> rquickjs::Result<Object<'_>> {
    let object = Object::new(ctx)?;
    for (name, value) in std::env::vars() {
        object.set(name, value)?;
    }
    Ok(object)
}

pub fn invocation_to_js<'js>(ctx: &Ctx<'js>, invocation: Invocation) -> rquickjs::Result<Object<'js>> {
    let object = Object::new(ctx.clone())?;
    object.set("argv", invocation.argv)?;
    object.set("execArgv", invocation.exec_argv)?;
    object.set("cwd", invocation.cwd)?;
    // A number of bytes (f64: exact below 2^53), or undefined without a limit.
    object.set("maxMemory", invocation.max_memory.map(|bytes| bytes as f64))?;
    let (kind, value) = match invocation.entry {
        Entry::File(path) => ("file", path),
        Entry::Eval(source) => ("eval", source),
        Entry::Print(source) => ("print", source),
        Entry::Stdin(source) => ("stdin", source),
        Entry::Serve(path) => ("serve", path),
    };
    object.set("entryKind", kind)?;
    object.set("entry", value.into_js(ctx)?)?;
    Ok(object)
}

pub fn create<'js>(ctx: &Ctx<'js>) -> rquickjs::Result<Object<'js>> {
    let binding = Object::new(ctx.clone())?;
    binding.set("hrtime", Function::new(ctx.clone(), hrtime)?)?;
    binding.set("write", Function::new(ctx.clone(), write)?)?;
    binding.set("exit", Function::new(ctx.clone(), exit)?)?;
    binding.set("memoryUsage", Function::new(ctx.clone(), memory_usage)?)?;
    binding.set("hostInfo", Function::new(ctx.clone(), host_info)?)?;
    binding.set("systemInfo", Function::new(ctx.clone(), system_info)?)?;
    binding.set("env", Function::new(ctx.clone(), env)?)?;
    binding.set(
        "permissionHas",
        Function::new(ctx.clone(), |scope: String, reference: Option<String>| host::permission_has(&scope, reference.as_deref()))?,
    )?;
    Ok(binding)
}
