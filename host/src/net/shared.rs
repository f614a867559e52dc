//! Listeners a cluster's workers share (`listen-shared`). In Node the primary owns the
//! listening socket and hands its connections to the workers in turn; here the workers
//! are instances in this process, so the host does: the first worker to listen on a
//! host and port binds the socket, a thread of its own accepts on it, and every
//! connection goes to one of the sharing instances waiting in `accept`. The socket is
//! closed when the last of them closes its listener.
//!
//! A program and the instances it starts (its workers, its child instances, theirs)
//! share one `SharedPorts`; nothing is shared with any other program.

use std::collections::HashMap;
use std::io;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, Weak};

use tokio::net::TcpStream;
use tokio::sync::{mpsc, oneshot};

/// Accepted connections waiting for a sharing instance to take them.
const QUEUED_CONNECTIONS: usize = 64;

/// Which listener an instance's listen shares: the host and port it asked for, and how
/// many times it had listened there before (a worker's second server on port 0 shares
/// with the other workers' second servers, as Node's cluster does).
pub type ShareKey = (String, u16, usize);

/// The listeners of one family of instances.
#[derive(Default)]
pub struct SharedPorts {
    listeners: Mutex<HashMap<ShareKey, Weak<SharedListener>>>,
}

impl SharedPorts {
    /// The listener for `key`, bound by `bind` if no instance of the family holds one.
    pub fn listen(&self, key: ShareKey, bind: impl FnOnce() -> io::Result<std::net::TcpListener>) -> io::Result<Arc<SharedListener>> {
        let mut listeners = self.listeners.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        listeners.retain(|_, listener| listener.strong_count() > 0);
        if let Some(listener) = listeners.get(&key).and_then(Weak::upgrade) {
            return Ok(listener);
        }
        let listener = Arc::new(SharedListener::start(bind()?)?);
        listeners.insert(key, Arc::downgrade(&listener));
        Ok(listener)
    }
}

/// A listening socket its sharers take connections from.
pub struct SharedListener {
    local: SocketAddr,
    connections: tokio::sync::Mutex<mpsc::Receiver<std::net::TcpStream>>,
    /// Dropped with the last sharer: the accepting thread then ends, closing the socket.
    _stop: oneshot::Sender<()>,
}

impl SharedListener {
    fn start(listener: std::net::TcpListener) -> io::Result<Self> {
        let local = listener.local_addr()?;
        listener.set_nonblocking(true)?;
        let (queue, connections) = mpsc::channel(QUEUED_CONNECTIONS);
        let (stop, mut stopped) = oneshot::channel::<()>();
        let runtime = tokio::runtime::Builder::new_current_thread().enable_io().build()?;
        std::thread::Builder::new().name(format!("nodule-shared-{local}")).spawn(move || {
            runtime.block_on(async move {
                let Ok(listener) = tokio::net::TcpListener::from_std(listener) else { return };
                loop {
                    let accepted = tokio::select! {
                        accepted = listener.accept() => accepted,
                        _ = &mut stopped => return,
                    };
                    // A failed accept (the peer gave up, descriptors ran out) is the
                    // connection's, not the listener's, as libuv treats it.
                    let Ok(tcp) = accepted.and_then(|(tcp, _)| tcp.into_std()) else { continue };
                    tokio::select! {
                        sent = queue.send(tcp) => if sent.is_err() { return },
                        _ = &mut stopped => return,
                    }
                }
            });
        })?;
        Ok(SharedListener { local, connections: tokio::sync::Mutex::new(connections), _stop: stop })
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.local
    }

    /// The next connection for the instance calling, on its own thread's runtime.
    pub async fn accept(&self) -> io::Result<TcpStream> {
        let tcp = self.connections.lock().await.recv().await.ok_or(io::ErrorKind::ConnectionAborted)?;
        tcp.set_nonblocking(true)?;
        TcpStream::from_std(tcp)
    }
}
