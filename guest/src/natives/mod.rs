//! The native bindings js-lib is written against, reached from built-in modules as
//! `internalBinding(name)`; user code cannot reach them.

pub mod buffer;
pub mod builtins;
pub mod contextify;
pub mod crypto;
pub mod encoding;
pub mod event_loop;
pub mod fs;
pub mod http_parser;
pub mod modules;
pub mod net;
pub mod process;
pub mod random;
pub mod task_queue;
pub mod url;
pub mod util;
pub mod zlib;

use std::io::Write as _;

use rquickjs::{CaughtError, Ctx, Object};

pub fn create_bindings<'js>(ctx: &Ctx<'js>) -> rquickjs::Result<Object<'js>> {
    let bindings = Object::new(ctx.clone())?;
    bindings.set("buffer", buffer::create(ctx)?)?;
    bindings.set("builtins", builtins::create(ctx)?)?;
    bindings.set("contextify", contextify::create(ctx)?)?;
    bindings.set("crypto", crypto::create(ctx)?)?;
    bindings.set("encoding", encoding::create(ctx)?)?;
    bindings.set("event_loop", event_loop::create(ctx)?)?;
    bindings.set("fs", fs::create(ctx)?)?;
    bindings.set("http_parser", http_parser::create(ctx)?)?;
    bindings.set("modules", modules::create(ctx)?)?;
    bindings.set("net", net::create(ctx)?)?;
    bindings.set("process", process::create(ctx)?)?;
    bindings.set("task_queue", task_queue::create(ctx)?)?;
    bindings.set("url", url::create(ctx)?)?;
    bindings.set("util", util::create(ctx)?)?;
    bindings.set("zlib", zlib::create(ctx)?)?;
    Ok(bindings)
}

/// Last resort for an exception that escaped js-lib's own handlers (a bug in js-lib):
/// print what QuickJS knows about it.
pub fn report_fatal(ctx: &Ctx<'_>, err: rquickjs::Error) {
    let caught = CaughtError::from_error(ctx, err);
    let _ = writeln!(std::io::stderr(), "nodule: internal error: {caught}");
}

/// What natives return for a refusal by the sandbox: no errno means that, so it is
/// outside libuv's range.
pub const ACCESS_DENIED: i32 = -10000;

/// A host error as natives return it to js-lib: libuv's (negative) errno, which
/// `internal/errors` turns into Node's error with its `code` and message.
pub fn errno(code: crate::wit::nodule::runtime::types::ErrorCode) -> i32 {
    use crate::wit::nodule::runtime::types::ErrorCode as E;
    match code {
        E::AccessDenied => ACCESS_DENIED,
        E::Eperm => -1,
        E::Enoent => -2,
        E::Eio => -5,
        E::Ebadf => -9,
        E::Eacces => -13,
        E::Eexist => -17,
        E::Enotdir => -20,
        E::Eisdir => -21,
        E::Einval => -22,
        E::Emfile => -24,
        E::Enametoolong => -36,
        E::Enotempty => -39,
        E::Eloop => -40,
        E::Enotsup => -95,
        E::Exdev => -18,
        E::Enospc => -28,
        E::Erofs => -30,
        E::Etxtbsy => -26,
        E::Eaddrinuse => -98,
        E::Eaddrnotavail => -99,
        E::Econnrefused => -111,
        E::Econnreset => -104,
        E::Econnaborted => -103,
        E::Epipe => -32,
        E::Etimedout => -110,
        E::Ehostunreach => -113,
        E::Enetunreach => -101,
        E::Enotconn => -107,
        E::Ecanceled => -125,
        // libuv's UV_EAI_NONAME, which Node reports as ENOTFOUND.
        E::Enotfound => -3008,
    }
}
