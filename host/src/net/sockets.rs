//! The instance's sockets, by id. Each holds a `closed` signal: dropping the entry
//! (closing the socket) ends every read or accept still waiting on it with `ecanceled`,
//! so the completion queue's in-flight count stays true.

use std::collections::HashMap;
use std::io;
use std::net::SocketAddr;
use std::sync::Arc;

use rustls::ServerConfig;
use socket2::SockRef;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, DuplexStream, ReadHalf, WriteHalf};
use tokio::net::{TcpListener, TcpStream, UnixStream};
use tokio::sync::{Mutex, mpsc, watch};
use tokio_rustls::TlsStream;

use crate::bindings::completions::Outcome;
use crate::bindings::net::{Connection, Response, SecureConnection, SocketAddress, SocketId, TlsFacts};
use crate::bindings::types::ErrorCode;
use crate::errno::error_code;
use crate::io::completions::Finished;

pub enum Socket {
    /// A listener, with the TLS configuration its connections are secured with.
    Listener(Arc<TcpListener>, Option<Arc<ServerConfig>>),
    Stream(Arc<Stream>),
    /// Accepted by a TLS listener; its handshake waits for the guest to start it.
    Accepted(TcpStream, Arc<ServerConfig>),
    /// Its handshake is running, with the connection.
    Handshaking,
    /// A bound UDP socket (`udp.rs`).
    Udp(super::udp::Udp),
    /// A Unix domain socket listener (`unix.rs`).
    UnixListener(super::unix::UnixListening),
    /// A listener `nodule serve` routes a tenant's connections to, through memory;
    /// `None` for the app's later listeners, which are given none.
    Routed(Option<Arc<Mutex<mpsc::Receiver<RoutedConnection>>>>),
    /// A cluster worker's share of a listener (`shared.rs`).
    Shared(Arc<super::shared::SharedListener>),
}

/// A connection `nodule serve` hands a tenant: one end of an in-memory pipe whose
/// other end carries the HTTP request the front end accepted.
pub struct RoutedConnection {
    pub stream: DuplexStream,
    pub local: SocketAddr,
    pub remote: SocketAddr,
}

/// A connected stream, plain or TLS.
pub enum Stream {
    Tcp {
        tcp: TcpStream,
        /// Taken by each write (and the shutdown) in turn: tokio's lock is FIFO, so
        /// writes reach the wire in the order the guest started them.
        write_turn: Mutex<()>,
    },
    /// TLS split into halves so a waiting read never holds up a write; the write
    /// half's lock orders writes as `write_turn` does.
    Tls {
        reader: Mutex<ReadHalf<TlsStream<TcpStream>>>,
        writer: Mutex<WriteHalf<TlsStream<TcpStream>>>,
        /// A duplicate of the TCP socket's descriptor, for socket options: the TLS
        /// halves do not lend out the socket inside them.
        options: socket2::Socket,
    },
    /// A routed connection (`Socket::Routed`) or a Unix domain socket, split as TLS
    /// is; neither has TCP's socket options.
    Piped { reader: Mutex<Box<dyn AsyncRead + Send + Unpin>>, writer: Mutex<Box<dyn AsyncWrite + Send + Unpin>> },
}

impl Stream {
    pub fn tcp(tcp: TcpStream) -> Self {
        Stream::Tcp { tcp, write_turn: Mutex::new(()) }
    }

    pub fn tls(tls: TlsStream<TcpStream>) -> io::Result<Self> {
        let options = socket2::Socket::from(std::os::fd::AsFd::as_fd(tls.get_ref().0).try_clone_to_owned()?);
        let (reader, writer) = tokio::io::split(tls);
        Ok(Stream::Tls { reader: Mutex::new(reader), writer: Mutex::new(writer), options })
    }

    pub fn memory(stream: DuplexStream) -> Self {
        let (reader, writer): (ReadHalf<DuplexStream>, WriteHalf<DuplexStream>) = tokio::io::split(stream);
        Stream::Piped { reader: Mutex::new(Box::new(reader)), writer: Mutex::new(Box::new(writer)) }
    }

    /// One end of a pipe to a host process (`host_processes.rs`): what the program
    /// reads from (its stdout or stderr, writes going nowhere) or writes to (its stdin,
    /// reads at their end at once).
    pub fn pipe(reader: Box<dyn AsyncRead + Send + Unpin>, writer: Box<dyn AsyncWrite + Send + Unpin>) -> Self {
        Stream::Piped { reader: Mutex::new(reader), writer: Mutex::new(writer) }
    }

    pub fn unix(stream: UnixStream) -> Self {
        let (reader, writer) = stream.into_split();
        Stream::Piped { reader: Mutex::new(Box::new(reader)), writer: Mutex::new(Box::new(writer)) }
    }

    /// The kernel TCP socket under the stream; none under a piped one.
    pub fn socket_ref(&self) -> Option<SockRef<'_>> {
        match self {
            Stream::Tcp { tcp, .. } => Some(SockRef::from(tcp)),
            Stream::Tls { options, .. } => Some(SockRef::from(options)),
            Stream::Piped { .. } => None,
        }
    }

    /// What has arrived, up to `max_len` bytes, waiting for at least one; empty at
    /// the end of the stream.
    pub async fn read(&self, max_len: usize) -> io::Result<Vec<u8>> {
        match self {
            Stream::Tcp { tcp, .. } => loop {
                // Allocated once there is something to read: idle connections hold no buffer.
                tcp.readable().await?;
                let mut bytes = Vec::with_capacity(max_len);
                match tcp.try_read_buf(&mut bytes) {
                    Ok(_) => return Ok(bytes),
                    Err(e) if e.kind() == io::ErrorKind::WouldBlock => continue,
                    Err(e) => return Err(e),
                }
            },
            Stream::Tls { reader, .. } => {
                let mut bytes = Vec::with_capacity(max_len);
                match reader.lock().await.read_buf(&mut bytes).await {
                    // A peer that closes without close_notify has still ended its side.
                    Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => {}
                    result => {
                        result?;
                    }
                }
                Ok(bytes)
            }
            Stream::Piped { reader, .. } => {
                let mut bytes = Vec::with_capacity(max_len);
                reader.lock().await.read_buf(&mut bytes).await?;
                Ok(bytes)
            }
        }
    }

    pub async fn write(&self, data: &[u8]) -> io::Result<()> {
        match self {
            Stream::Tcp { tcp, write_turn } => {
                let _turn = write_turn.lock().await;
                let mut written = 0;
                while written < data.len() {
                    tcp.writable().await?;
                    match tcp.try_write(&data[written..]) {
                        Ok(n) => written += n,
                        Err(e) if e.kind() == io::ErrorKind::WouldBlock => continue,
                        Err(e) => return Err(e),
                    }
                }
                Ok(())
            }
            Stream::Tls { writer, .. } => {
                let mut writer = writer.lock().await;
                writer.write_all(data).await?;
                writer.flush().await
            }
            Stream::Piped { writer, .. } => writer.lock().await.write_all(data).await,
        }
    }

    /// Ends the writing side; TLS says close_notify first.
    pub async fn shutdown(&self) -> io::Result<()> {
        match self {
            Stream::Tcp { tcp, write_turn } => {
                let _turn = write_turn.lock().await;
                SockRef::from(tcp).shutdown(std::net::Shutdown::Write)
            }
            Stream::Tls { writer, .. } => writer.lock().await.shutdown().await,
            Stream::Piped { writer, .. } => writer.lock().await.shutdown().await,
        }
    }
}

/// A new connection, made off the instance's thread, waiting to be numbered.
pub struct Connected {
    pub socket: Socket,
    /// Its local and remote addresses.
    pub ends: io::Result<(SocketAddress, SocketAddress)>,
    pub tls: Option<TlsFacts>,
}

impl Connected {
    /// The completion that numbers this connection on the instance's thread.
    pub fn finish(self) -> Finished {
        Finished::on_instance(move |state| state.net.sockets.register(self))
    }
}

impl RoutedConnection {
    /// The completion that numbers this connection on the instance's thread.
    pub fn finish(self) -> Finished {
        let ends = Ok((socket_address(self.local), socket_address(self.remote)));
        Connected { socket: Socket::Stream(Arc::new(Stream::memory(self.stream))), ends, tls: None }.finish()
    }
}

pub fn ends(tcp: &TcpStream) -> io::Result<(SocketAddress, SocketAddress)> {
    tcp.local_addr().and_then(|local| Ok((socket_address(local), socket_address(tcp.peer_addr()?))))
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
    SocketAddress { address: address.ip().to_string(), port: address.port(), family: if address.is_ipv4() { 4 } else { 6 } }
}

impl Sockets {
    fn insert(&mut self, socket: Socket) -> SocketId {
        self.next_id += 1;
        let (closed, _) = watch::channel(());
        self.entries.insert(self.next_id, Entry { socket, closed });
        self.next_id
    }

    pub fn add_listener(&mut self, listener: TcpListener, tls: Option<Arc<ServerConfig>>) -> SocketId {
        self.insert(Socket::Listener(Arc::new(listener), tls))
    }

    pub fn add_unix_listener(&mut self, listener: super::unix::UnixListening) -> SocketId {
        self.insert(Socket::UnixListener(listener))
    }

    pub fn add_udp(&mut self, udp: super::udp::Udp) -> SocketId {
        self.insert(Socket::Udp(udp))
    }

    pub fn add_shared(&mut self, listener: Arc<super::shared::SharedListener>) -> SocketId {
        self.insert(Socket::Shared(listener))
    }

    /// Numbers one end of a pipe to a host process.
    pub fn add_pipe(&mut self, stream: Stream) -> SocketId {
        self.insert(Socket::Stream(Arc::new(stream)))
    }

    pub fn add_routed(&mut self, connections: Option<mpsc::Receiver<RoutedConnection>>) -> SocketId {
        self.insert(Socket::Routed(connections.map(|receiver| Arc::new(Mutex::new(receiver)))))
    }

    /// Numbers a new connection and describes it for the guest.
    pub fn register(&mut self, connected: Connected) -> Outcome {
        let (local, remote) = match connected.ends {
            Ok(ends) => ends,
            Err(error) => return Outcome::Failed(error_code(&error)),
        };
        let connection = Connection { socket: self.insert(connected.socket), local, remote };
        Outcome::Net(match connected.tls {
            Some(tls) => Response::SecureConnection(SecureConnection { connection, tls }),
            None => Response::Connection(connection),
        })
    }

    /// The socket and a receiver whose `changed()` fails once the socket is closed.
    pub fn get(&self, id: SocketId) -> Result<(&Socket, watch::Receiver<()>), ErrorCode> {
        let entry = self.entries.get(&id).ok_or(ErrorCode::Ebadf)?;
        Ok((&entry.socket, entry.closed.subscribe()))
    }

    pub fn stream(&self, id: SocketId) -> Result<&Stream, ErrorCode> {
        match self.get(id)?.0 {
            Socket::Stream(stream) => Ok(stream),
            _ => Err(ErrorCode::Enotconn),
        }
    }

    /// Takes an accepted TLS connection out for its handshake, leaving `Handshaking`.
    pub fn start_handshake(&mut self, id: SocketId) -> Result<(TcpStream, Arc<ServerConfig>, watch::Receiver<()>), ErrorCode> {
        let entry = self.entries.get_mut(&id).ok_or(ErrorCode::Ebadf)?;
        match std::mem::replace(&mut entry.socket, Socket::Handshaking) {
            Socket::Accepted(tcp, config) => Ok((tcp, config, entry.closed.subscribe())),
            other => {
                entry.socket = other;
                Err(ErrorCode::Einval)
            }
        }
    }

    /// Puts a secured connection back under its id; a socket closed meanwhile drops it.
    pub fn finish_handshake(&mut self, id: SocketId, stream: Stream, tls: TlsFacts) -> Outcome {
        match self.entries.get_mut(&id) {
            Some(entry) => {
                entry.socket = Socket::Stream(Arc::new(stream));
                Outcome::Net(Response::Secured(tls))
            }
            None => Outcome::Failed(ErrorCode::Ecanceled),
        }
    }

    pub fn close(&mut self, id: SocketId) {
        self.entries.remove(&id);
    }

    pub fn count(&self) -> usize {
        self.entries.len()
    }
}
