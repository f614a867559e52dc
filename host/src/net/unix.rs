//! Unix domain sockets, confined as files are: a socket's path must lie inside a
//! `--allow-fs-write` grant (binding creates a file, connecting writes to one).
//!
//! The kernel names a Unix socket by path and has no `bindat` or `connectat`, so the
//! path it is given goes through `/proc/self/fd`: for a bind, the folder opened inside
//! the grant by cap-std (which refuses `..` and symbolic links out of it) and the new
//! socket's name; for a connect, the socket file itself, opened with `O_PATH |
//! O_NOFOLLOW`, so no symbolic link (planted by the program, or swapped in after a
//! check) can lead a connection out of the grant, to the Docker daemon's socket say.

use std::io;
use std::os::fd::{AsRawFd, OwnedFd};
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use cap_std::fs::Dir;
use rustix::fs::{FileType, Mode, OFlags};
use socket2::{Domain, SockAddr, Type};
use tokio::net::{UnixListener, UnixStream};

use super::sockets::{Connected, Socket, Stream};
use crate::bindings::completions::Outcome;
use crate::bindings::net::{SocketAddress, SocketId};
use crate::bindings::types::{ErrorCode, OpId};
use crate::errno::error_code;
use crate::fs::Access;
use crate::io::completions::Finished;
use crate::state::InstanceState;

/// A listening Unix socket. Closing it removes its socket file, as libuv does.
pub struct UnixListening {
    pub listener: Arc<UnixListener>,
    folder: Dir,
    name: PathBuf,
}

impl Drop for UnixListening {
    fn drop(&mut self) {
        let _ = self.folder.remove_file(&self.name);
    }
}

/// What a Unix socket's connection reports as its addresses: none, as in Node.
fn unnamed() -> SocketAddress {
    SocketAddress { address: String::new(), port: 0, family: 0 }
}

/// The folder holding `path`, opened inside a write grant, and the socket's name in it.
fn locate(state: &InstanceState, path: &str) -> Result<(Dir, PathBuf), ErrorCode> {
    let resolved = state.files.resolve(path, Access::Write)?;
    let Some(Component::Normal(name)) = resolved.relative.components().next_back() else {
        return Err(ErrorCode::Einval);
    };
    let name = PathBuf::from(name);
    let folder = match resolved.relative.parent().filter(|parent| !parent.as_os_str().is_empty()) {
        Some(parent) => resolved.dir.open_dir(parent).map_err(|e| error_code(&e))?,
        None => resolved.dir,
    };
    Ok((folder, name))
}

/// `/proc/self/fd/N`: a path the kernel resolves to what descriptor N has open.
fn descriptor_path(fd: &impl AsRawFd) -> PathBuf {
    PathBuf::from(format!("/proc/self/fd/{}", fd.as_raw_fd()))
}

/// A connection made or accepted, to be numbered on the instance's thread.
fn connection(stream: UnixStream) -> Finished {
    Connected { socket: Socket::Stream(Arc::new(Stream::unix(stream))), ends: Ok((unnamed(), unnamed())), tls: None }.finish()
}

/// Waits for the next connection on a Unix listener.
pub(super) fn accept(listening: &UnixListening) -> impl Future<Output = Result<Finished, ErrorCode>> + Send + 'static {
    let listener = listening.listener.clone();
    async move {
        let (stream, _) = listener.accept().await.map_err(|e| error_code(&e))?;
        Ok(connection(stream))
    }
}

fn bind(address: &Path, backlog: u32) -> io::Result<UnixListener> {
    let socket = socket2::Socket::new(Domain::UNIX, Type::STREAM, None)?;
    socket.bind(&SockAddr::unix(address)?)?;
    socket.listen(backlog.try_into().unwrap_or(i32::MAX))?;
    socket.set_nonblocking(true)?;
    UnixListener::from_std(socket.into())
}

/// The socket file at `name` in `folder`, never through a symbolic link.
fn open_socket_file(folder: &Dir, name: &Path) -> io::Result<OwnedFd> {
    let fd = rustix::fs::openat(folder, name, OFlags::PATH | OFlags::NOFOLLOW | OFlags::CLOEXEC, Mode::empty())?;
    if FileType::from_raw_mode(rustix::fs::fstat(&fd)?.st_mode) != FileType::Socket {
        // What connect(2) says of a path that is not a listening socket.
        return Err(rustix::io::Errno::CONNREFUSED.into());
    }
    Ok(fd)
}

impl InstanceState {
    pub(super) fn listen_unix_checked(&mut self, path: &str, backlog: u32) -> Result<(SocketId, SocketAddress), ErrorCode> {
        if self.net.route.is_some() {
            // Under `nodule serve` the app's first listen is its route, whatever it names.
            return self.listen_with("", 0, backlog, || Ok(None));
        }
        let (folder, name) = locate(self, path)?;
        let listener = bind(&descriptor_path(&folder).join(&name), backlog).map_err(|e| error_code(&e))?;
        let listening = UnixListening { listener: Arc::new(listener), folder, name };
        let address = SocketAddress { address: path.to_string(), ..unnamed() };
        Ok((self.net.sockets.add_unix_listener(listening), address))
    }

    pub(super) fn connect_unix_started(&mut self, path: &str) -> OpId {
        let target = locate(self, path).and_then(|(folder, name)| open_socket_file(&folder, &name).map_err(|e| error_code(&e)));
        let socket_file = match target {
            Ok(socket_file) => socket_file,
            Err(code) => return self.completions.complete_now(Outcome::Failed(code)),
        };
        self.completions.start_async(async move {
            // The descriptor stays open until the connection is made through it.
            let connected = UnixStream::connect(descriptor_path(&socket_file)).await;
            drop(socket_file);
            connected.map_or_else(|error| Outcome::Failed(error_code(&error)).into(), connection)
        })
    }
}
