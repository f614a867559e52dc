//! The native bindings js-lib is written against, reached from built-in modules as
//! `internalBinding(name)`; user code cannot reach them.

pub mod async_context;
pub mod buffer;
pub mod builtins;
pub mod contextify;
pub mod crypto;
pub mod encoding;
pub mod errno;
pub mod event_loop;
pub mod fs;
pub mod host_process;
pub mod http_parser;
pub mod intl;
pub mod modules;
pub mod net;
pub mod process;
pub mod promise_hooks;
pub mod random;
pub mod task_queue;
pub mod url;
pub mod util;
pub mod workers;
pub mod zlib;

use std::io::Write as _;

use std::ffi::{CStr, c_int};

use rquickjs::{CaughtError, Ctx, Object, Value, qjs};

pub fn create_bindings<'js>(ctx: &Ctx<'js>) -> rquickjs::Result<Object<'js>> {
    let bindings = Object::new(ctx.clone())?;
    bindings.set("async_context", async_context::create(ctx)?)?;
    bindings.set("buffer", buffer::create(ctx)?)?;
    bindings.set("builtins", builtins::create(ctx)?)?;
    bindings.set("contextify", contextify::create(ctx)?)?;
    bindings.set("crypto", crypto::create(ctx)?)?;
    bindings.set("encoding", encoding::create(ctx)?)?;
    bindings.set("errno", errno::create(ctx)?)?;
    bindings.set("event_loop", event_loop::create(ctx)?)?;
    bindings.set("fs", fs::create(ctx)?)?;
    bindings.set("host_process", host_process::create(ctx)?)?;
    bindings.set("http_parser", http_parser::create(ctx)?)?;
    bindings.set("intl", intl::create(ctx)?)?;
    bindings.set("modules", modules::create(ctx)?)?;
    bindings.set("net", net::create(ctx)?)?;
    bindings.set("process", process::create(ctx)?)?;
    bindings.set("promise_hooks", promise_hooks::create(ctx)?)?;
    bindings.set("task_queue", task_queue::create(ctx)?)?;
    bindings.set("url", url::create(ctx)?)?;
    bindings.set("util", util::create(ctx)?)?;
    bindings.set("workers", workers::create(ctx)?)?;
    bindings.set("zlib", zlib::create(ctx)?)?;
    Ok(bindings)
}

/// A binding function that is a plain QuickJS C function: for natives called so often
/// (every `getStore()`, every Buffer decoded) that rquickjs's argument conversions would
/// cost more than their work.
pub(crate) fn c_function<'js>(ctx: &Ctx<'js>, function: qjs::JSCFunction, name: &CStr, length: c_int) -> rquickjs::Result<Value<'js>> {
    // SAFETY: `ctx` is live; QuickJS copies the name; the value made is owned.
    let value =
        unsafe { qjs::JS_NewCFunction2(ctx.as_raw().as_ptr(), function, name.as_ptr(), length, qjs::JSCFunctionEnum_JS_CFUNC_generic, 0) };
    // SAFETY: reads the tag of the value just made.
    if unsafe { qjs::JS_IsException(value) } {
        return Err(rquickjs::Error::Exception);
    }
    // SAFETY: an owned reference from `ctx`'s runtime, handed over once.
    Ok(unsafe { Value::from_raw(ctx.clone(), value) })
}

/// Last resort for an exception that escaped js-lib's own handlers (a bug in js-lib):
/// print what QuickJS knows about it.
pub fn report_fatal(ctx: &Ctx<'_>, err: rquickjs::Error) {
    let caught = CaughtError::from_error(ctx, err);
    let _ = writeln!(std::io::stderr(), "nodule: internal error: {caught}");
}

pub use errno::{ACCESS_DENIED, errno};
