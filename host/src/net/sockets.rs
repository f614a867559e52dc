//! The instance's sockets, by id. Each holds a `closed` signal: dropping the entry
//! (closing the socket) ends every read or accept still waiting on it with `ecanceled`,
//! so the completion queue's in-flight count stays true.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;

use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{watch, Mutex};

use crate::bindings::completions::Outcome;
use crate::bindings::net::{Connection, Response, SocketAddress, SocketId};
use crate::bindings::types::ErrorCode;
use crate::errno::error_code;

pub enum Socket {
    Listener(Arc<TcpListener>),
    Stream(Arc<Stream>),
}

pub struct Stream {
    pub tcp: TcpStream,
    /// Taken by each write (and the shutdown) in turn: tokio's lock is FIFO, so
    /// writes reach the wire in the order the guest started them.
    pub write_turn: Mutex<()>,
}

struct Entry {
    socket: Socket,
    closed: watch::Sender<()>,
}

#[derive(Default)]
pub struct Sockets {
    entries: HashMap<SocketId, Entry>,
    next_id: SocketId,
}

pub fn socket_address(address: SocketAddr) -> SocketAddress {
    SocketAddress {
        address: address.ip().to_string(),
        port: address.port(),
        family: if address.is_ipv4() { 4 } else { 6 },
    }
}

impl Sockets {
    fn insert(&mut self, socket: Socket) -> SocketId {
        self.next_id += 1;
        let (closed, _) = watch::channel(());
        self.entries.insert(self.next_id, Entry { socket, closed });
        self.next_id
    }

    pub fn add_listener(&mut self, listener: TcpListener) -> SocketId {
        self.insert(Socket::Listener(Arc::new(listener)))
    }

    /// Numbers a new connection and describes it for the guest.
    pub fn register(&mut self, tcp: TcpStream) -> Outcome {
        let ends = tcp.local_addr().and_then(|local| Ok((local, tcp.peer_addr()?)));
        let (local, remote) = match ends {
            Ok(ends) => ends,
            Err(error) => return Outcome::Failed(error_code(&error)),
        };
        let socket = self.insert(Socket::Stream(Arc::new(Stream { tcp, write_turn: Mutex::new(()) })));
        Outcome::Net(Response::Connection(Connection {
            socket,
            local: socket_address(local),
            remote: socket_address(remote),
        }))
    }

    /// The socket and a receiver whose `changed()` fails once the socket is closed.
    pub fn get(&self, id: SocketId) -> Result<(&Socket, watch::Receiver<()>), ErrorCode> {
        let entry = self.entries.get(&id).ok_or(ErrorCode::Ebadf)?;
        Ok((&entry.socket, entry.closed.subscribe()))
    }

    pub fn stream(&self, id: SocketId) -> Result<&Stream, ErrorCode> {
        match self.get(id)?.0 {
            Socket::Stream(stream) => Ok(stream),
            Socket::Listener(_) => Err(ErrorCode::Enotconn),
        }
    }

    pub fn close(&mut self, id: SocketId) {
        self.entries.remove(&id);
    }
}
