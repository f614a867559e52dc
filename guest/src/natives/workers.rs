//! Worker threads for js-lib's `worker_threads`: starting, messaging and ending other
//! instances of this guest (`wit/workers.wit`). Receiving is an operation (see
//! `event_loop`) whose result is a message (a string) or `{ exitCode }`.

use rquickjs::{Ctx, Function, IntoJs, Object, Value};

use crate::wit::nodule::runtime::process::Entry;
use crate::wit::nodule::runtime::workers::{self as host, Event, WorkerStart};

/// Starts a worker running the file at `path` or, with `eval`, the source `entry`;
/// returns its thread id, or a negative errno.
fn start(kind: String, entry: String, argv: Vec<String>, data: String, max_memory: Option<f64>) -> i32 {
    let entry = if kind == "eval" { Entry::Eval(entry) } else { Entry::File(entry) };
    let max_memory = max_memory.filter(|bytes| bytes.is_finite() && *bytes > 0.0).map(|bytes| bytes as u64);
    match host::start(&WorkerStart { entry, argv, data, max_memory }) {
        Ok(thread_id) => thread_id as i32,
        Err(code) => super::errno(code),
    }
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
        Event::Exit(code) => {
            let object = Object::new(ctx.clone())?;
            object.set("exitCode", code)?;
            Ok(object.into_value())
        }
    }
}

pub fn create<'js>(ctx: &Ctx<'js>) -> rquickjs::Result<Object<'js>> {
    let binding = Object::new(ctx.clone())?;
    binding.set("start", Function::new(ctx.clone(), start)?)?;
    binding.set("post", Function::new(ctx.clone(), post)?)?;
    binding.set("receive", Function::new(ctx.clone(), |thread_id: u32| host::receive(thread_id) as f64)?)?;
    binding.set("terminate", Function::new(ctx.clone(), host::terminate)?)?;
    binding.set("parent", Function::new(ctx.clone(), parent)?)?;
    binding.set("postToParent", Function::new(ctx.clone(), |message: String| host::post_to_parent(&message))?)?;
    binding.set("receiveFromParent", Function::new(ctx.clone(), || host::receive_from_parent() as f64)?)?;
    Ok(binding)
}
