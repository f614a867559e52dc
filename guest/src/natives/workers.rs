//! Worker threads and child processes for js-lib's `worker_threads` and
//! `child_process`: starting, messaging and ending other instances of this guest
//! (`wit/workers.wit`). Receiving is an operation (see `event_loop`) whose result is an
//! event: a message (a string), `{ output, stderr }`, `{ exitCode }` or `{ terminated }`.

use rquickjs::{ArrayBuffer, Ctx, Function, IntoJs, Object, Value};

use crate::wit::nodule::runtime::process::Entry;
use crate::wit::nodule::runtime::workers::{self as host, Event, Kind, WorkerStart};

/// How js-lib asks for a worker: `{ child, entryKind, entry, argv, execArgv, data, maxMemory, cwd, captureOutput }`
/// (`execArgv` may be left out: none).
fn worker_start(options: Object<'_>) -> rquickjs::Result<WorkerStart> {
    let entry: String = options.get("entry")?;
    let entry = match options.get::<_, String>("entryKind")?.as_str() {
        "eval" => Entry::Eval(entry),
        "print" => Entry::Print(entry),
        _ => Entry::File(entry),
    };
    let max_memory: Option<f64> = options.get("maxMemory")?;
    Ok(WorkerStart {
        kind: if options.get("child")? { Kind::ChildProcess } else { Kind::Thread },
        entry,
        argv: options.get("argv")?,
        exec_argv: options.get::<_, Option<Vec<String>>>("execArgv")?.unwrap_or_default(),
        data: options.get("data")?,
        max_memory: max_memory.filter(|bytes| bytes.is_finite() && *bytes > 0.0).map(|bytes| bytes as u64),
        cwd: options.get("cwd")?,
        capture_output: options.get("captureOutput")?,
    })
}

/// Starts a worker; returns its thread id, or a negative errno.
fn start(options: Object<'_>) -> rquickjs::Result<i32> {
    Ok(match host::start(&worker_start(options)?) {
        Ok(thread_id) => thread_id as i32,
        Err(code) => super::errno(code),
    })
}

/// Posts to worker `thread_id`; 0, or a negative errno.
fn post(thread_id: u32, message: String) -> i32 {
    host::post(thread_id, &message).map_or_else(super::errno, |()| 0)
}

/// `{ threadId, data }` in a worker, null in the main program.
fn parent(ctx: Ctx<'_>) -> rquickjs::Result<Value<'_>> {
    let Some(link) = host::parent() else { return Ok(Value::new_null(ctx)) };
    let object = Object::new(ctx)?;
    object.set("threadId", link.thread_id)?;
    object.set("data", link.data)?;
    Ok(object.into_value())
}

pub fn event_to_js<'js>(ctx: &Ctx<'js>, event: Event) -> rquickjs::Result<Value<'js>> {
    match event {
        Event::Message(message) => message.into_js(ctx),
        Event::Output(output) => {
            let object = Object::new(ctx.clone())?;
            object.set("output", ArrayBuffer::new(ctx.clone(), output.bytes)?)?;
            object.set("stderr", output.stderr)?;
            Ok(object.into_value())
        }
        Event::Exit(code) => {
            let object = Object::new(ctx.clone())?;
            object.set("exitCode", code)?;
            Ok(object.into_value())
        }
        Event::Terminated => {
            let object = Object::new(ctx.clone())?;
            object.set("terminated", true)?;
            Ok(object.into_value())
        }
    }
}

/// Every event of a worker up to its end (see `event_to_js`), waiting for it.
fn run_to_end(ctx: Ctx<'_>, thread_id: u32, timeout_ms: Option<f64>) -> rquickjs::Result<Vec<Value<'_>>> {
    let timeout = timeout_ms.filter(|ms| ms.is_finite() && *ms > 0.0).map(|ms| ms.min(u32::MAX as f64).ceil() as u32);
    host::run_to_end(thread_id, timeout).into_iter().map(|event| event_to_js(&ctx, event)).collect()
}

pub fn create<'js>(ctx: &Ctx<'js>) -> rquickjs::Result<Object<'js>> {
    let binding = Object::new(ctx.clone())?;
    binding.set("start", Function::new(ctx.clone(), start)?)?;
    binding.set("post", Function::new(ctx.clone(), post)?)?;
    binding.set("receive", Function::new(ctx.clone(), |thread_id: u32| host::receive(thread_id) as f64)?)?;
    binding.set("terminate", Function::new(ctx.clone(), host::terminate)?)?;
    binding.set("runToEnd", Function::new(ctx.clone(), run_to_end)?)?;
    binding.set("parent", Function::new(ctx.clone(), parent)?)?;
    binding.set("postToParent", Function::new(ctx.clone(), |message: String| host::post_to_parent(&message))?)?;
    binding.set("receiveFromParent", Function::new(ctx.clone(), || host::receive_from_parent() as f64)?)?;
    Ok(binding)
}
