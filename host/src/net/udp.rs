//! UDP for `dgram`: sockets bound after the same grant check as `listen`, datagrams
//! sent only where the program may connect. A socket the program sends from without
//! binding it first (Node binds it to an ephemeral port on every interface) needs no
//! grant, as a TCP connection's local port needs none; in exchange it is given only
//! datagrams from hosts and ports the program may reach.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::Arc;

use tokio::net::UdpSocket;
use tokio::sync::Mutex;

use super::sockets::{Socket, socket_address};
use super::{MAX_READ, Until, net};
use crate::bindings::completions::Outcome;
use crate::bindings::net::{Datagram, Response, SocketAddress, SocketId};
use crate::bindings::types::{ErrorCode, OpId};
use crate::errno::error_code;
use crate::io::completions::Finished;
use crate::permissions::NetGrants;
use crate::state::InstanceState;

/// A bound UDP socket and whether it takes datagrams only from reachable senders.
pub struct Udp {
    pub socket: Arc<UdpSocket>,
    pub only_from_reachable: bool,
    /// Taken by each send in turn (tokio's lock is FIFO): datagrams leave in the order
    /// the program sent them.
    send_turn: Arc<Mutex<()>>,
}

impl InstanceState {
    pub(super) fn udp_bind_checked(&mut self, host: &str, port: u16, family: u8) -> Result<(SocketId, SocketAddress), ErrorCode> {
        let ephemeral = host.is_empty() && port == 0;
        let unspecified = if family == 6 { IpAddr::V6(Ipv6Addr::UNSPECIFIED) } else { IpAddr::V4(Ipv4Addr::UNSPECIFIED) };
        let address = if host.is_empty() { SocketAddr::new(unspecified, port) } else { self.net.bind_address(host, port)? };
        if !ephemeral && !self.net.grants.allows(&address.ip().to_string(), Some(port)) {
            return Err(ErrorCode::AccessDenied);
        }
        let socket = std::net::UdpSocket::bind(address).map_err(|e| error_code(&e))?;
        socket.set_nonblocking(true).map_err(|e| error_code(&e))?;
        let socket = UdpSocket::from_std(socket).map_err(|e| error_code(&e))?;
        let local = socket.local_addr().map_err(|e| error_code(&e))?;
        let udp = Udp { socket: Arc::new(socket), only_from_reachable: ephemeral, send_turn: Arc::default() };
        Ok((self.net.sockets.add_udp(udp), socket_address(local)))
    }

    pub(super) fn udp_send_checked(&mut self, id: SocketId, data: Vec<u8>, address: &str, port: u16) -> OpId {
        let Ok(ip) = address.parse::<IpAddr>() else {
            // js-lib looks names up first, as Node does; an address is all the host takes.
            return self.completions.complete_now(Outcome::Failed(ErrorCode::Einval));
        };
        if !may_reach(&self.net.grants, &self.net.resolved, ip, port) {
            return self.completions.complete_now(Outcome::Failed(ErrorCode::AccessDenied));
        }
        let Some(reservation) = self.net.budget.try_reserve(data.len()) else {
            return self.completions.complete_now(Outcome::Failed(ErrorCode::Enobufs));
        };
        self.start_on(id, Until::Done, |socket| {
            let Socket::Udp(udp) = socket else { return Err(ErrorCode::Einval) };
            let (socket, send_turn) = (udp.socket.clone(), udp.send_turn.clone());
            Ok(async move {
                let _turn = send_turn.lock().await;
                let sent = socket.send_to(&data, SocketAddr::new(ip, port)).await.map_err(|e| error_code(&e));
                drop(reservation);
                sent.map(|_| net(Response::Done))
            })
        })
    }

    pub(super) fn udp_receive_started(&mut self, id: SocketId) -> OpId {
        let Some(reservation) = self.net.budget.try_reserve(MAX_READ) else {
            return self.completions.complete_now(Outcome::Failed(ErrorCode::Enomem));
        };
        let reach = (self.net.grants.clone(), self.net.resolved.clone());
        self.start_on(id, Until::Closed, |socket| {
            let Socket::Udp(udp) = socket else { return Err(ErrorCode::Einval) };
            let (socket, only_from_reachable) = (udp.socket.clone(), udp.only_from_reachable);
            Ok(async move {
                let (data, sender) = receive(&socket, only_from_reachable.then_some(&reach)).await?;
                Ok(Finished::on_instance(move |_| {
                    drop(reservation);
                    Outcome::Net(Response::Datagram(Datagram { data, sender: socket_address(sender) }))
                }))
            })
        })
    }
}

/// Whether the program may send to `ip:port`: a grant names the address, or a name
/// this instance looked up to it (js-lib resolves names before sending, as Node does).
fn may_reach(grants: &NetGrants, resolved: &HashMap<String, Vec<IpAddr>>, ip: IpAddr, port: u16) -> bool {
    let named = grants.allows(&ip.to_string(), Some(port))
        || resolved.iter().any(|(name, addresses)| addresses.contains(&ip) && grants.allows(name, Some(port)));
    named && grants.allows_connecting_to(ip, port)
}

type Reach = (NetGrants, HashMap<String, Vec<IpAddr>>);

/// The next datagram, skipping those from senders the program may not reach, when given.
async fn receive(socket: &UdpSocket, reachable: Option<&Reach>) -> Result<(Vec<u8>, SocketAddr), ErrorCode> {
    loop {
        socket.readable().await.map_err(|e| error_code(&e))?;
        let mut data = Vec::with_capacity(MAX_READ);
        match socket.try_recv_buf_from(&mut data) {
            Ok((_, sender)) if reachable.is_none_or(|(grants, resolved)| may_reach(grants, resolved, sender.ip(), sender.port())) => {
                return Ok((data, sender));
            }
            Ok(_) => continue,
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => continue,
            Err(e) => return Err(error_code(&e)),
        }
    }
}
