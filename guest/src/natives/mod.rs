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

use rquickjs::{CaughtError, Ctx, Object};

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

/// Last resort for an exception that escaped js-lib's own handlers (a bug in js-lib):
/// print what QuickJS knows about it.
pub fn report_fatal(ctx: &Ctx<'_>, err: rquickjs::Error) {
    let caught = CaughtError::from_error(ctx, err);
    let _ = writeln!(std::io::stderr(), "nodule: internal error: {caught}");
}

pub use errno::{ACCESS_DENIED, errno};
