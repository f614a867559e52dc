//! Host I/O errors as the guest sees them: Node's errno names.

use std::io;

use rustix::io::Errno;

use crate::bindings::types::ErrorCode;

/// Node's code for a host I/O error. cap-std reports an attempted escape from a
/// grant as `PermissionDenied` without an OS error: that is the sandbox saying no.
pub fn error_code(error: &io::Error) -> ErrorCode {
    let Some(errno) = Errno::from_io_error(error) else {
        return match error.kind() {
            io::ErrorKind::NotFound => ErrorCode::Enoent,
            io::ErrorKind::PermissionDenied => ErrorCode::AccessDenied,
            io::ErrorKind::AlreadyExists => ErrorCode::Eexist,
            io::ErrorKind::InvalidInput => ErrorCode::Einval,
            _ => ErrorCode::Eio,
        };
    };
    match errno {
        Errno::ACCESS => ErrorCode::Eacces,
        Errno::NOENT => ErrorCode::Enoent,
        Errno::EXIST => ErrorCode::Eexist,
        Errno::ISDIR => ErrorCode::Eisdir,
        Errno::NOTDIR => ErrorCode::Enotdir,
        Errno::NOTEMPTY => ErrorCode::Enotempty,
        Errno::INVAL => ErrorCode::Einval,
        Errno::BADF => ErrorCode::Ebadf,
        Errno::LOOP => ErrorCode::Eloop,
        Errno::NAMETOOLONG => ErrorCode::Enametoolong,
        Errno::PERM => ErrorCode::Eperm,
        Errno::MFILE => ErrorCode::Emfile,
        Errno::OPNOTSUPP => ErrorCode::Enotsup,
        Errno::XDEV => ErrorCode::Exdev,
        Errno::NOSPC => ErrorCode::Enospc,
        Errno::ROFS => ErrorCode::Erofs,
        Errno::TXTBSY => ErrorCode::Etxtbsy,
        Errno::ADDRINUSE => ErrorCode::Eaddrinuse,
        Errno::ADDRNOTAVAIL => ErrorCode::Eaddrnotavail,
        Errno::CONNREFUSED => ErrorCode::Econnrefused,
        Errno::CONNRESET => ErrorCode::Econnreset,
        Errno::CONNABORTED => ErrorCode::Econnaborted,
        Errno::PIPE => ErrorCode::Epipe,
        Errno::TIMEDOUT => ErrorCode::Etimedout,
        Errno::HOSTUNREACH => ErrorCode::Ehostunreach,
        Errno::NETUNREACH => ErrorCode::Enetunreach,
        Errno::NOTCONN => ErrorCode::Enotconn,
        Errno::SRCH => ErrorCode::Esrch,
        _ => ErrorCode::Eio,
    }
}
