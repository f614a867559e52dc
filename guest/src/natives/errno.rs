//! Host errors as js-lib sees them: libuv's (negative) errno, code and description
//! for each `error-code` of the WIT interface. This is the one table: the natives
//! return the errno, and `internal/errors` builds Node's errors from the same rows
//! (`internalBinding('errno')`), so a code the host adds cannot be missing from
//! either side: the match below would not compile.

use rquickjs::{Array, Ctx, Object};

use crate::wit::nodule::runtime::types::ErrorCode;

/// What natives return for a refusal by the sandbox: no errno means that, so it is
/// outside libuv's range.
pub const ACCESS_DENIED: i32 = -10000;

pub struct UvError {
    pub errno: i32,
    pub code: &'static str,
    pub description: &'static str,
}

macro_rules! uv_errors {
    ($($variant:ident => $errno:literal $code:literal $description:literal,)*) => {
        /// libuv's view of a host error.
        pub fn uv_error(error: ErrorCode) -> UvError {
            match error {
                $(ErrorCode::$variant => UvError { errno: $errno, code: $code, description: $description },)*
            }
        }

        /// Every row, for js-lib.
        const UV_ERRORS: &[UvError] = &[$(UvError { errno: $errno, code: $code, description: $description },)*];
    };
}

uv_errors! {
    AccessDenied => -10000 "ERR_ACCESS_DENIED" "access to this resource was denied",
    Eperm => -1 "EPERM" "operation not permitted",
    Enoent => -2 "ENOENT" "no such file or directory",
    Esrch => -3 "ESRCH" "no such process",
    Eio => -5 "EIO" "i/o error",
    Ebadf => -9 "EBADF" "bad file descriptor",
    Enomem => -12 "ENOMEM" "not enough memory",
    Eacces => -13 "EACCES" "permission denied",
    Eexist => -17 "EEXIST" "file already exists",
    Exdev => -18 "EXDEV" "cross-device link not permitted",
    Enotdir => -20 "ENOTDIR" "not a directory",
    Eisdir => -21 "EISDIR" "illegal operation on a directory",
    Einval => -22 "EINVAL" "invalid argument",
    Emfile => -24 "EMFILE" "too many open files",
    Etxtbsy => -26 "ETXTBSY" "text file is busy",
    Efbig => -27 "EFBIG" "file too large",
    Enospc => -28 "ENOSPC" "no space left on device",
    Erofs => -30 "EROFS" "read-only file system",
    Epipe => -32 "EPIPE" "broken pipe",
    Enametoolong => -36 "ENAMETOOLONG" "name too long",
    Enotempty => -39 "ENOTEMPTY" "directory not empty",
    Eloop => -40 "ELOOP" "too many symbolic links encountered",
    Enotsup => -95 "ENOTSUP" "operation not supported on socket",
    Eaddrinuse => -98 "EADDRINUSE" "address already in use",
    Eaddrnotavail => -99 "EADDRNOTAVAIL" "address not available",
    Enetunreach => -101 "ENETUNREACH" "network is unreachable",
    Econnaborted => -103 "ECONNABORTED" "software caused connection abort",
    Econnreset => -104 "ECONNRESET" "connection reset by peer",
    Enobufs => -105 "ENOBUFS" "no buffer space available",
    Enotconn => -107 "ENOTCONN" "socket is not connected",
    Etimedout => -110 "ETIMEDOUT" "connection timed out",
    Econnrefused => -111 "ECONNREFUSED" "connection refused",
    Ehostunreach => -113 "EHOSTUNREACH" "host is unreachable",
    Ecanceled => -125 "ECANCELED" "operation canceled",
    // libuv's UV_EAI_NONAME, which Node reports as ENOTFOUND.
    Enotfound => -3008 "ENOTFOUND" "unknown node or service",
}

/// A host error as natives return it to js-lib.
pub fn errno(error: ErrorCode) -> i32 {
    uv_error(error).errno
}

/// `internalBinding('errno')`: `table` lists `[errno, code, description]` rows and
/// `codes` maps each code to its errno (`codes.ECANCELED`), for js-lib to compare with.
pub fn create<'js>(ctx: &Ctx<'js>) -> rquickjs::Result<Object<'js>> {
    let binding = Object::new(ctx.clone())?;
    let codes = Object::new(ctx.clone())?;
    let table = Array::new(ctx.clone())?;
    for (index, row) in UV_ERRORS.iter().enumerate() {
        codes.set(row.code, row.errno)?;
        let entry = Array::new(ctx.clone())?;
        entry.set(0, row.errno)?;
        entry.set(1, row.code)?;
        entry.set(2, row.description)?;
        table.set(index, entry)?;
    }
    binding.set("codes", codes)?;
    binding.set("table", table)?;
    Ok(binding)
}
