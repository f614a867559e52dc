//! The `net` interface: TCP over tokio, every host and port checked against the
//! `--allow-net` grants before a socket exists. Waiting work runs as tasks on the
//! instance's runtime and completes through the completion queue.

mod sockets;

use std::future::Future;
use std::io;
use std::net::{IpAddr, Ipv6Addr, SocketAddr};
use std::time::Duration;

use socket2::{SockRef, TcpKeepalive};
use tokio::net::{TcpSocket, TcpStream};

use crate::bindings::completions::Outcome;
use crate::bindings::net::{Host, Response, SocketAddress, SocketId};
use crate::bindings::types::{ErrorCode, OpId};
use crate::errno::error_code;
use crate::io::completions::Finished;
use crate::permissions::NetGrants;
use crate::state::InstanceState;
use sockets::{socket_address, Socket};
pub use sockets::Sockets;

/// The instance's network: what it may reach and the sockets it has.
pub struct Network {
    pub grants: NetGrants,
    pub sockets: Sockets,
}

impl Network {
    pub fn new(grants: NetGrants) -> Self {
        Network { grants, sockets: Sockets::default() }
    }
}

/// How long an operation on a socket may run.
enum Until {
    Closed,
    Done,
}

fn net(response: Response) -> Finished {
    Outcome::Net(response).into()
}

impl InstanceState {
    /// Starts `work` on socket `id`. Waiting for something to arrive (`Until::Closed`)
    /// ends with `ecanceled` when the socket closes; sending (`Until::Done`) goes on,
    /// as bytes handed to a kernel socket are still delivered after `close(2)`.
    fn start_on<F>(&mut self, id: SocketId, until: Until, work: impl FnOnce(&Socket) -> Result<F, ErrorCode>) -> OpId
    where
        F: Future<Output = Result<Finished, ErrorCode>> + Send + 'static,
    {
        let started = self.net.sockets.get(id).and_then(|(socket, closed)| Ok((work(socket)?, closed)));
        match started {
            Ok((work, mut closed)) => self.completions.start_async(async move {
                let result = match until {
                    Until::Closed => tokio::select! {
                        result = work => result,
                        _ = closed.changed() => Err(ErrorCode::Ecanceled),
                    },
                    Until::Done => work.await,
                };
                result.unwrap_or_else(|code| Outcome::Failed(code).into())
            }),
            Err(code) => self.completions.complete_now(Outcome::Failed(code)),
        }
    }

    fn stream_of(&self, id: SocketId) -> Result<SockRef<'_>, ErrorCode> {
        Ok(SockRef::from(&self.net.sockets.stream(id)?.tcp))
    }
}

/// The address to bind: the host's IP, the first address its name resolves to, or
/// (no host) every interface, IPv6 and IPv4 together where the system allows.
fn bind_address(host: &str, port: u16) -> Result<SocketAddr, ErrorCode> {
    if host.is_empty() {
        return Ok(SocketAddr::new(IpAddr::V6(Ipv6Addr::UNSPECIFIED), port));
    }
    if let Ok(ip) = host.parse::<IpAddr>() {
        return Ok(SocketAddr::new(ip, port));
    }
    std::net::ToSocketAddrs::to_socket_addrs(&(host, port))
        .map_err(|_| ErrorCode::Enotfound)?
        .next()
        .ok_or(ErrorCode::Enotfound)
}

fn bind(address: SocketAddr, backlog: u32) -> io::Result<tokio::net::TcpListener> {
    let socket = if address.is_ipv4() { TcpSocket::new_v4()? } else { TcpSocket::new_v6()? };
    socket.set_reuseaddr(true)?;
    socket.bind(address)?;
    socket.listen(backlog)
}

async fn resolve(host: &str, port: u16) -> Result<Vec<SocketAddr>, ErrorCode> {
    let addresses: Vec<SocketAddr> =
        tokio::net::lookup_host((host, port)).await.map_err(|_| ErrorCode::Enotfound)?.collect();
    if addresses.is_empty() { Err(ErrorCode::Enotfound) } else { Ok(addresses) }
}

impl Host for InstanceState {
    fn listen(&mut self, host: String, port: u16, backlog: u32) -> Result<(SocketId, SocketAddress), ErrorCode> {
        let granted_as = if host.is_empty() { "::" } else { &host };
        if !self.net.grants.allows(granted_as, Some(port)) {
            return Err(ErrorCode::AccessDenied);
        }
        let address = bind_address(&host, port)?;
        let listener = match bind(address, backlog) {
            // A host without IPv6 listens on IPv4's every-interface address, as Node does.
            Err(_) if host.is_empty() => bind(SocketAddr::from(([0, 0, 0, 0], port)), backlog),
            bound => bound,
        }
        .map_err(|e| error_code(&e))?;
        let local = listener.local_addr().map_err(|e| error_code(&e))?;
        Ok((self.net.sockets.add_listener(listener), socket_address(local)))
    }

    fn accept(&mut self, listener: SocketId) -> OpId {
        self.start_on(listener, Until::Closed, |socket| match socket {
            Socket::Listener(listener) => {
                let listener = listener.clone();
                Ok(async move {
                    let (stream, _) = listener.accept().await.map_err(|e| error_code(&e))?;
                    Ok(Finished::Connected(stream))
                })
            }
            Socket::Stream(_) => Err(ErrorCode::Einval),
        })
    }

    fn connect(&mut self, host: String, port: u16) -> OpId {
        if !self.net.grants.allows(&host, Some(port)) {
            return self.completions.complete_now(Outcome::Failed(ErrorCode::AccessDenied));
        }
        self.completions.start_async(async move {
            let connected = async {
                let addresses = resolve(&host, port).await?;
                TcpStream::connect(&addresses[..]).await.map_err(|e| error_code(&e))
            };
            match connected.await {
                Ok(stream) => Finished::Connected(stream),
                Err(code) => Outcome::Failed(code).into(),
            }
        })
    }

    fn read(&mut self, socket: SocketId, max_len: u32) -> OpId {
        self.start_on(socket, Until::Closed, |socket| {
            let Socket::Stream(stream) = socket else { return Err(ErrorCode::Enotconn) };
            let stream = stream.clone();
            Ok(async move {
                let mut bytes = Vec::with_capacity(max_len as usize);
                loop {
                    stream.tcp.readable().await.map_err(|e| error_code(&e))?;
                    match stream.tcp.try_read_buf(&mut bytes) {
                        Ok(_) => return Ok(net(Response::Bytes(bytes))),
                        Err(e) if e.kind() == io::ErrorKind::WouldBlock => continue,
                        Err(e) => return Err(error_code(&e)),
                    }
                }
            })
        })
    }

    fn write(&mut self, socket: SocketId, data: Vec<u8>) -> OpId {
        self.start_on(socket, Until::Done, |socket| {
            let Socket::Stream(stream) = socket else { return Err(ErrorCode::Enotconn) };
            let stream = stream.clone();
            Ok(async move {
                let _turn = stream.write_turn.lock().await;
                let mut written = 0;
                while written < data.len() {
                    stream.tcp.writable().await.map_err(|e| error_code(&e))?;
                    match stream.tcp.try_write(&data[written..]) {
                        Ok(n) => written += n,
                        Err(e) if e.kind() == io::ErrorKind::WouldBlock => continue,
                        Err(e) => return Err(error_code(&e)),
                    }
                }
                Ok(net(Response::Done))
            })
        })
    }

    fn shutdown(&mut self, socket: SocketId) -> OpId {
        self.start_on(socket, Until::Done, |socket| {
            let Socket::Stream(stream) = socket else { return Err(ErrorCode::Enotconn) };
            let stream = stream.clone();
            Ok(async move {
                let _turn = stream.write_turn.lock().await;
                SockRef::from(&stream.tcp).shutdown(std::net::Shutdown::Write).map_err(|e| error_code(&e))?;
                Ok(net(Response::Done))
            })
        })
    }

    fn close(&mut self, socket: SocketId) {
        self.net.sockets.close(socket);
    }

    fn set_no_delay(&mut self, socket: SocketId, no_delay: bool) -> Result<(), ErrorCode> {
        self.stream_of(socket)?.set_tcp_nodelay(no_delay).map_err(|e| error_code(&e))
    }

    fn set_keep_alive(&mut self, socket: SocketId, enable: bool, delay_ms: u32) -> Result<(), ErrorCode> {
        let stream = self.stream_of(socket)?;
        let result = if enable {
            let delay = Duration::from_millis(delay_ms.max(1000).into());
            stream.set_tcp_keepalive(&TcpKeepalive::new().with_time(delay))
        } else {
            stream.set_keepalive(false)
        };
        result.map_err(|e| error_code(&e))
    }

    fn lookup(&mut self, host: String, family: u8) -> OpId {
        if !self.net.grants.allows(&host, None) {
            return self.completions.complete_now(Outcome::Failed(ErrorCode::AccessDenied));
        }
        self.completions.start_async(async move {
            match resolve(&host, 0).await {
                Ok(addresses) => net(Response::Addresses(
                    addresses
                        .into_iter()
                        .map(socket_address)
                        .filter(|address| family == 0 || address.family == family)
                        .collect(),
                )),
                Err(code) => Outcome::Failed(code).into(),
            }
        })
    }
}
