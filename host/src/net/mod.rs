//! The `net` interface: TCP over tokio, and TLS over it (`tls.rs`), every host and
//! port checked against the `--allow-net` grants before a socket exists. Waiting work
//! runs as tasks on the instance's runtime and completes through the completion queue.

mod shared;
mod sockets;
mod tls;
mod udp;
mod unix;
mod x509;

use std::collections::HashMap;
use std::future::Future;
use std::io;
use std::net::{IpAddr, Ipv6Addr, SocketAddr};
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use socket2::{SockRef, TcpKeepalive};
use tokio::net::{TcpSocket, TcpStream};
use tokio::sync::{mpsc, oneshot};

use crate::bindings::completions::Outcome;
use crate::bindings::net::{Host, Response, SocketAddress, SocketId, TlsClientOptions, TlsServerOptions};
use crate::bindings::types::{ErrorCode, OpId};
use crate::errno::error_code;
use crate::io::buffers::BufferBudget;
use crate::io::completions::Finished;
use crate::permissions::NetGrants;
use crate::state::InstanceState;
pub use shared::SharedPorts;
pub use sockets::{Connected, RoutedConnection, Sockets, Stream};
use sockets::{Socket, ends, socket_address};

/// The instance's network: what it may reach and the sockets it has.
pub struct Network {
    pub grants: NetGrants,
    pub sockets: Sockets,
    /// Under `nodule serve`, where the program's `listen` goes instead of a port.
    pub route: Option<Route>,
    /// What read buffers and unsent writes are held against.
    budget: Arc<BufferBudget>,
    /// What names resolved to in this instance's lookups. `listen` on a name binds
    /// what its lookup found (js-lib looks the name up first, as Node does), so
    /// binding never waits for a resolver on the instance's thread.
    resolved: HashMap<String, Vec<IpAddr>>,
    /// How many times this instance has listened on each host and port with
    /// `listen-shared` (`shared.rs`'s `ShareKey`).
    shared_listens: HashMap<(String, u16), usize>,
}

/// A tenant's `listen` under `nodule serve`: no port is bound; its first listener
/// accepts the connections the front end routes to the tenant.
pub struct Route {
    /// The routed connections, until the first listener takes them.
    pub connections: Option<mpsc::Receiver<RoutedConnection>>,
    /// Told when the program first listens: it is ready for requests.
    pub listening: Option<oneshot::Sender<()>>,
    /// The address `listen` reports, with the port the program asked for.
    pub address: IpAddr,
}

/// The most names `resolved` remembers; past it, it starts again.
const MAX_RESOLVED: usize = 256;

impl Network {
    pub fn new(grants: NetGrants, budget: Arc<BufferBudget>) -> Self {
        Network { grants, sockets: Sockets::default(), route: None, budget, resolved: HashMap::new(), shared_listens: HashMap::new() }
    }

    fn remember(&mut self, host: String, addresses: Vec<IpAddr>) {
        if self.resolved.len() >= MAX_RESOLVED {
            self.resolved.clear();
        }
        self.resolved.insert(host, addresses);
    }

    /// The address to bind: the host's IP, the first address its name resolved to in
    /// an earlier lookup, or (no host) every interface, IPv6 and IPv4 together where
    /// the system allows.
    pub(crate) fn bind_address(&self, host: &str, port: u16) -> Result<SocketAddr, ErrorCode> {
        if host.is_empty() {
            return Ok(SocketAddr::new(IpAddr::V6(Ipv6Addr::UNSPECIFIED), port));
        }
        if let Ok(ip) = host.parse::<IpAddr>() {
            return Ok(SocketAddr::new(ip, port));
        }
        let resolved = self.resolved.get(&host.to_ascii_lowercase()).and_then(|addresses| addresses.first());
        resolved.map(|ip| SocketAddr::new(*ip, port)).ok_or(ErrorCode::Enotfound)
    }
}

/// The most one socket read returns: libuv's 64 KiB, whatever the guest asks for.
const MAX_READ: usize = 64 << 10;

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

    /// The kernel socket under a connected stream; none for a routed connection,
    /// whose socket options are the front end's.
    fn stream_of(&self, id: SocketId) -> Result<Option<SockRef<'_>>, ErrorCode> {
        Ok(self.net.sockets.stream(id)?.socket_ref())
    }

    /// Starts `work` on a connected stream.
    fn start_on_stream<F>(&mut self, id: SocketId, until: Until, work: impl FnOnce(Arc<Stream>) -> F) -> OpId
    where
        F: Future<Output = io::Result<Response>> + Send + 'static,
    {
        self.start_on(id, until, |socket| {
            let Socket::Stream(stream) = socket else { return Err(ErrorCode::Enotconn) };
            let work = work(stream.clone());
            Ok(async move { work.await.map(net).map_err(|e| error_code(&e)) })
        })
    }

    /// Binds a listener after the grant check, for plain or TLS connections.
    fn listen_with(
        &mut self,
        host: &str,
        port: u16,
        backlog: u32,
        tls: impl FnOnce() -> Result<Option<Arc<rustls::ServerConfig>>, ErrorCode>,
    ) -> Result<(SocketId, SocketAddress), ErrorCode> {
        if let Some(route) = &mut self.net.route {
            // The app is served where `nodule serve` routes it, never on a port of its own.
            tls()?;
            let _ = route.listening.take().map(|listening| listening.send(()));
            let local = SocketAddr::new(route.address, port);
            let connections = route.connections.take();
            return Ok((self.net.sockets.add_routed(connections), socket_address(local)));
        }
        let address = self.granted_listen_address(host, port)?;
        let tls = tls()?;
        let listener = bind_listener(address, backlog, host.is_empty()).map_err(|e| error_code(&e))?;
        let local = listener.local_addr().map_err(|e| error_code(&e))?;
        Ok((self.net.sockets.add_listener(listener, tls), socket_address(local)))
    }

    /// Where a listen on `host` and `port` binds, once the grants allow it.
    fn granted_listen_address(&self, host: &str, port: u16) -> Result<SocketAddr, ErrorCode> {
        let granted_as = if host.is_empty() { "::" } else { host };
        if !self.net.grants.allows(granted_as, Some(port)) {
            return Err(ErrorCode::AccessDenied);
        }
        self.net.bind_address(host, port)
    }

    /// Connects after the grant check, then `secure`s the TCP stream.
    fn connect_with<F>(&mut self, host: String, port: u16, secure: impl FnOnce(TcpStream) -> F + Send + 'static) -> OpId
    where
        F: Future<Output = Result<Connected, Finished>> + Send,
    {
        if !self.net.grants.allows(&host, Some(port)) {
            return self.completions.complete_now(Outcome::Failed(ErrorCode::AccessDenied));
        }
        let grants = self.net.grants.clone();
        self.completions.start_async(async move {
            let connected = async {
                let mut addresses = resolve(&host, port).await?;
                addresses.retain(|address| grants.allows_connecting_to(address.ip(), port));
                if addresses.is_empty() {
                    return Err(ErrorCode::AccessDenied);
                }
                TcpStream::connect(&addresses[..]).await.map_err(|e| error_code(&e))
            };
            match connected.await {
                Ok(tcp) => secure(tcp).await.map_or_else(|failed| failed, Connected::finish),
                Err(code) => Outcome::Failed(code).into(),
            }
        })
    }
}

/// Binds a listener on `address`; with `any_host` (no host named) a host without IPv6
/// listens on IPv4's every-interface address instead, as Node does.
fn bind_listener(address: SocketAddr, backlog: u32, any_host: bool) -> io::Result<tokio::net::TcpListener> {
    match bind(address, backlog) {
        Err(_) if any_host => bind(SocketAddr::from(([0, 0, 0, 0], address.port())), backlog),
        bound => bound,
    }
}

fn bind(address: SocketAddr, backlog: u32) -> io::Result<tokio::net::TcpListener> {
    let socket = if address.is_ipv4() { TcpSocket::new_v4()? } else { TcpSocket::new_v6()? };
    socket.set_reuseaddr(true)?;
    socket.bind(address)?;
    socket.listen(backlog)
}

async fn resolve(host: &str, port: u16) -> Result<Vec<SocketAddr>, ErrorCode> {
    let addresses: Vec<SocketAddr> = tokio::net::lookup_host((host, port)).await.map_err(|_| ErrorCode::Enotfound)?.collect();
    if addresses.is_empty() { Err(ErrorCode::Enotfound) } else { Ok(addresses) }
}

impl Host for InstanceState {
    fn listen(&mut self, host: String, port: u16, backlog: u32) -> Result<(SocketId, SocketAddress), ErrorCode> {
        self.listen_with(&host, port, backlog, || Ok(None))
    }

    fn listen_shared(&mut self, host: String, port: u16, backlog: u32) -> Result<(SocketId, SocketAddress), ErrorCode> {
        if self.net.route.is_some() {
            // Under `nodule serve` there is no cluster to share with: the tenant's route.
            return self.listen(host, port, backlog);
        }
        let address = self.granted_listen_address(&host, port)?;
        let earlier = self.net.shared_listens.entry((host.clone(), port)).or_default();
        let key = (host, port, *earlier);
        *earlier += 1;
        let any_host = key.0.is_empty();
        let listener =
            self.workers.shared_ports.listen(key, || bind_listener(address, backlog, any_host)?.into_std()).map_err(|e| error_code(&e))?;
        let local = listener.local_addr();
        Ok((self.net.sockets.add_shared(listener), socket_address(local)))
    }

    fn listen_tls(
        &mut self,
        host: String,
        port: u16,
        backlog: u32,
        options: TlsServerOptions,
    ) -> Result<(SocketId, SocketAddress), ErrorCode> {
        // Under `nodule serve`, TLS ends at the front end (or the load balancer before it).
        let serving = self.net.route.is_some();
        self.listen_with(&host, port, backlog, || if serving { Err(ErrorCode::Enotsup) } else { tls::server_config(&options).map(Some) })
    }

    fn accept(&mut self, listener: SocketId) -> OpId {
        self.start_on(listener, Until::Closed, |socket| {
            let accepted: Pin<Box<dyn Future<Output = Result<Finished, ErrorCode>> + Send>> = match socket {
                Socket::Listener(listener, tls) => {
                    let (listener, tls) = (listener.clone(), tls.clone());
                    Box::pin(async move {
                        let (tcp, _) = listener.accept().await.map_err(|e| error_code(&e))?;
                        let ends = ends(&tcp);
                        let socket = match tls {
                            Some(config) => Socket::Accepted(tcp, config),
                            None => Socket::Stream(Arc::new(Stream::tcp(tcp))),
                        };
                        Ok(Connected { socket, ends, tls: None }.finish())
                    })
                }
                Socket::Shared(listener) => {
                    let listener = listener.clone();
                    Box::pin(async move {
                        let tcp = listener.accept().await.map_err(|e| error_code(&e))?;
                        Ok(Connected { ends: ends(&tcp), socket: Socket::Stream(Arc::new(Stream::tcp(tcp))), tls: None }.finish())
                    })
                }
                Socket::UnixListener(listening) => Box::pin(unix::accept(listening)),
                // The app's later listeners are given no connections: they wait until closed.
                Socket::Routed(None) => Box::pin(std::future::pending()),
                Socket::Routed(Some(connections)) => {
                    let connections = connections.clone();
                    Box::pin(async move {
                        let connection = connections.lock().await.recv().await.ok_or(ErrorCode::Ecanceled)?;
                        Ok(connection.finish())
                    })
                }
                _ => return Err(ErrorCode::Einval),
            };
            Ok(accepted)
        })
    }

    fn listen_unix(&mut self, path: String, backlog: u32) -> Result<(SocketId, SocketAddress), ErrorCode> {
        self.listen_unix_checked(&path, backlog)
    }

    fn connect_unix(&mut self, path: String) -> OpId {
        self.connect_unix_started(&path)
    }

    fn connect(&mut self, host: String, port: u16) -> OpId {
        self.connect_with(host, port, |tcp| async move {
            Ok(Connected { ends: ends(&tcp), socket: Socket::Stream(Arc::new(Stream::tcp(tcp))), tls: None })
        })
    }

    fn connect_tls(&mut self, host: String, port: u16, options: TlsClientOptions) -> OpId {
        self.connect_with(host, port, |tcp| async move {
            let ends = ends(&tcp);
            let (tls, facts) = tls::connect(tcp, &options).await?;
            let stream = Stream::tls(tls).map_err(|e| Finished::from(Outcome::Failed(error_code(&e))))?;
            Ok(Connected { socket: Socket::Stream(Arc::new(stream)), ends, tls: Some(facts) })
        })
    }

    fn handshake(&mut self, socket: SocketId) -> OpId {
        let (tcp, config, mut closed) = match self.net.sockets.start_handshake(socket) {
            Ok(taken) => taken,
            Err(code) => return self.completions.complete_now(Outcome::Failed(code)),
        };
        self.completions.start_async(async move {
            let secured = async {
                let (tls, facts) = tls::accept(tcp, config).await?;
                let stream = Stream::tls(tls).map_err(|e| Finished::from(Outcome::Failed(error_code(&e))))?;
                Ok(Finished::on_instance(move |state| state.net.sockets.finish_handshake(socket, stream, facts)))
            };
            tokio::select! {
                secured = secured => secured.unwrap_or_else(|failed: Finished| failed),
                _ = closed.changed() => Outcome::Failed(ErrorCode::Ecanceled).into(),
            }
        })
    }

    fn read(&mut self, socket: SocketId, max_len: u32) -> OpId {
        let max_len = (max_len as usize).min(MAX_READ);
        let Some(reservation) = self.net.budget.try_reserve(max_len) else {
            return self.completions.complete_now(Outcome::Failed(ErrorCode::Enomem));
        };
        self.start_on(socket, Until::Closed, |socket| {
            let Socket::Stream(stream) = socket else { return Err(ErrorCode::Enotconn) };
            let stream = stream.clone();
            Ok(async move {
                let bytes = stream.read(max_len).await.map_err(|e| error_code(&e))?;
                // Held against the budget until the guest takes the bytes.
                Ok(Finished::on_instance(move |_| {
                    drop(reservation);
                    Outcome::Net(Response::Bytes(bytes))
                }))
            })
        })
    }

    fn write(&mut self, socket: SocketId, data: Vec<u8>) -> OpId {
        // Bytes the peer has not taken stay in host memory: past the budget the guest
        // is told to wait (`ENOBUFS`) and keeps them in its own memory until a write
        // finishes, as Node keeps them in its stream's buffer.
        let Some(reservation) = self.net.budget.try_reserve(data.len()) else {
            return self.completions.complete_now(Outcome::Failed(ErrorCode::Enobufs));
        };
        self.start_on_stream(socket, Until::Done, |stream| async move {
            let written = stream.write(&data).await.map(|()| Response::Done);
            drop(reservation);
            written
        })
    }

    fn shutdown(&mut self, socket: SocketId) -> OpId {
        self.start_on_stream(socket, Until::Done, |stream| async move { stream.shutdown().await.map(|()| Response::Done) })
    }

    fn close(&mut self, socket: SocketId) {
        self.net.sockets.close(socket);
    }

    fn reset(&mut self, socket: SocketId) {
        // A zero linger time makes the close send RST instead of FIN.
        if let Ok(Some(socket_ref)) = self.stream_of(socket) {
            // Failing to set it leaves an ordinary close, which still ends the connection.
            let _ = socket_ref.set_linger(Some(Duration::ZERO));
        }
        self.net.sockets.close(socket);
    }

    fn set_no_delay(&mut self, socket: SocketId, no_delay: bool) -> Result<(), ErrorCode> {
        let Some(stream) = self.stream_of(socket)? else { return Ok(()) };
        stream.set_tcp_nodelay(no_delay).map_err(|e| error_code(&e))
    }

    fn set_keep_alive(&mut self, socket: SocketId, enable: bool, delay_ms: u32) -> Result<(), ErrorCode> {
        let Some(stream) = self.stream_of(socket)? else { return Ok(()) };
        let result = if enable {
            let delay = Duration::from_millis(delay_ms.max(1000).into());
            stream.set_tcp_keepalive(&TcpKeepalive::new().with_time(delay))
        } else {
            stream.set_keepalive(false)
        };
        result.map_err(|e| error_code(&e))
    }

    fn udp_bind(&mut self, host: String, port: u16, family: u8) -> Result<(SocketId, SocketAddress), ErrorCode> {
        self.udp_bind_checked(&host, port, family)
    }

    fn udp_send(&mut self, socket: SocketId, data: Vec<u8>, address: String, port: u16) -> OpId {
        self.udp_send_checked(socket, data, &address, port)
    }

    fn udp_receive(&mut self, socket: SocketId) -> OpId {
        self.udp_receive_started(socket)
    }

    fn lookup(&mut self, host: String, family: u8) -> OpId {
        if !self.net.grants.allows(&host, None) {
            return self.completions.complete_now(Outcome::Failed(ErrorCode::AccessDenied));
        }
        self.completions.start_async(async move {
            match resolve(&host, 0).await {
                Ok(addresses) => Finished::on_instance(move |state| {
                    state.net.remember(host.to_ascii_lowercase(), addresses.iter().map(SocketAddr::ip).collect());
                    Outcome::Net(Response::Addresses(
                        addresses.into_iter().map(socket_address).filter(|address| family == 0 || address.family == family).collect(),
                    ))
                }),
                Err(code) => Outcome::Failed(code).into(),
            }
        })
    }
}
