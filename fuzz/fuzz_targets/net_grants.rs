//! `--allow-net` entries (`NetGrant::parse`), the checks made with them
//! (`NetGrants::allows`, `NetGrants::allows_connecting_to`) and the references of
//! `process.permission.has('net', reference)` (`split_host_port`), against a model of
//! what README.md promises, written here apart from the host's code:
//!
//! - an entry is `host`, `host:port`, `[v6]`, `[v6]:port`, `*:port` or `*` (a port may
//!   be `*`; a bare host with two or more colons is an IPv6 address without a port);
//!   anything else is refused, with an error that quotes the entry;
//! - a grant allows exactly the hosts it names: a name without case, an address by
//!   value (`0.0.0.0` and `::` both mean every interface), and for `localhost` the
//!   loopback addresses too; and only its port, if it has one;
//! - a connection to an address Linux takes to loopback (`0.0.0.0`, `::`, and
//!   `::ffff:0.0.0.0`, the IPv4-mapped `0.0.0.0`) is allowed only when loopback on
//!   that port is; any other address a granted name resolved to is allowed;
//! - a grant allows what its own entry says when a program asks about it, and a
//!   reference written from a host and a port reads back as that host and port.
//!
//! Input: UTF-8 text. Its first line is an `--allow-net` value (entries separated by
//! commas, as on the command line); each further line is a reference a program asks
//! about. Hosts and ports derived from the entries are asked about too, so that the
//! fuzzer need not guess them.

#![no_main]

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use libfuzzer_sys::fuzz_target;

// Only the network grants are exercised here; the file's other items are unused.
#[allow(dead_code)]
#[path = "../../host/src/permissions.rs"]
mod permissions;

// Where permissions.rs finds its lexical path handling in the host.
#[path = "../../host/src/fs/paths.rs"]
mod paths;
mod fs {
    pub(crate) use super::paths;
}

use permissions::{NetGrant, NetGrants, split_host_port};

/// Enough entries and references to combine, few enough to keep a run fast.
const MOST: usize = 8;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut lines = text.split('\n');
    let entries: Vec<&str> = lines.next().unwrap_or_default().split(',').take(MOST).collect();
    let references: Vec<&str> = lines.take(MOST).collect();

    let mut grants = NetGrants::default();
    let mut models = Vec::new();
    let mut granted = Vec::new();
    for entry in &entries {
        match (NetGrant::parse(entry), Model::of(entry)) {
            (Ok(grant), Some(model)) => {
                grants.0.push(grant);
                models.push(model);
                granted.push(entry);
            }
            (Err(why), None) => assert!(why.contains(&format!("{entry:?}")), "the refusal of {entry:?} does not quote it: {why}"),
            (parsed, model) => panic!("{entry:?}: the host reads {parsed:?}, the model {model:?}"),
        }
    }

    // A grant allows what its own entry says.
    for entry in granted {
        let (host, port) = split_host_port(entry);
        assert!(grants.allows(host, port), "{entry:?} does not allow itself, asked as {host:?} {port:?}");
    }

    let mut hosts: Vec<String> =
        ["localhost", "127.0.0.1", "127.1.2.3", "::1", "0.0.0.0", "::", "::ffff:0.0.0.0", "example.com"].map(String::from).into();
    let mut ports: Vec<Option<u16>> = vec![None, Some(0), Some(80), Some(u16::MAX)];
    for reference in &references {
        let (host, port) = check_split(reference);
        hosts.push(host.to_owned());
        ports.push(port);
    }
    for model in &models {
        if let Some(host) = &model.host {
            hosts.extend(spellings(host));
        }
        if let Some(port) = model.port {
            ports.extend([Some(port), port.checked_add(1)]);
        }
    }

    for host in &hosts {
        for &port in &ports {
            let allowed = grants.allows(host, port);
            let covered = models.iter().any(|model| model.covers(host, port));
            assert_eq!(allowed, covered, "{host:?} {port:?} under {entries:?}: the host says {allowed}, the model {covered}");
            // Asked as a program asks, through a reference.
            if !host.contains(['[', ']']) {
                assert_eq!(split_host_port(&reference(host, port)), (host.as_str(), port), "{:?}", reference(host, port));
            }
        }
    }

    let mut addresses: Vec<IpAddr> = hosts.iter().filter_map(|host| host.parse().ok()).collect();
    addresses.extend(addresses.clone().into_iter().filter_map(|address| match address {
        IpAddr::V4(v4) => Some(IpAddr::V6(v4.to_ipv6_mapped())),
        IpAddr::V6(_) => None,
    }));
    for address in addresses {
        for port in ports.iter().flatten().copied() {
            let allowed = grants.allows_connecting_to(address, port);
            let expected = loopback_reached_from(address).is_none_or(|loopback| grants.allows(&loopback.to_string(), Some(port)));
            assert_eq!(allowed, expected, "connecting to {address} port {port} under {entries:?}");
        }
    }
});

/// What an entry grants, by README.md's grammar; `None` for an entry that must be refused.
#[derive(Debug)]
struct Model {
    /// `None`: every host.
    host: Option<String>,
    /// `None`: every port.
    port: Option<u16>,
}

impl Model {
    fn of(entry: &str) -> Option<Model> {
        let (host, port) = if let Some(rest) = entry.strip_prefix('[') {
            let (inside, after) = rest.split_once(']')?;
            if after.is_empty() { (inside, None) } else { (inside, Some(after.strip_prefix(':')?)) }
        } else {
            match entry.split(':').collect::<Vec<_>>()[..] {
                [host, port] => (host, Some(port)),
                _ => (entry, None),
            }
        };
        let port = match port {
            None | Some("*") => None,
            Some(port) => Some(port.parse().ok()?),
        };
        let host = match host {
            "" => return None,
            "*" => None,
            // What no host name or address holds: a grant must not read as something else.
            host if host.contains(|c: char| c.is_whitespace() || "/@[]".contains(c)) => return None,
            host => Some(host.to_owned()),
        };
        Some(Model { host, port })
    }

    fn covers(&self, host: &str, port: Option<u16>) -> bool {
        // A port of `None` asks only to resolve the name, which any port's grant allows.
        let port_covered = match (self.port, port) {
            (Some(granted), Some(port)) => granted == port,
            _ => true,
        };
        port_covered && self.host.as_deref().is_none_or(|granted| Destination::of(granted).covers(&Destination::of(host)))
    }
}

/// Where a host as a program writes it leads, as far as a grant is concerned.
#[derive(PartialEq)]
enum Destination {
    Name(String),
    Address(IpAddr),
    EveryInterface,
}

impl Destination {
    fn of(host: &str) -> Destination {
        // `[::1]` is `::1`. The host also drops unbalanced brackets (`[[::1`): such a
        // spelling reaches no other host, it is not a way around a grant.
        let host = host.trim_start_matches('[').trim_end_matches(']');
        match host.parse::<IpAddr>() {
            Ok(address) if address.is_unspecified() => Destination::EveryInterface,
            Ok(address) => Destination::Address(address),
            Err(_) => Destination::Name(host.to_ascii_lowercase()),
        }
    }

    /// Whether a grant for `self` covers `host`.
    fn covers(&self, host: &Destination) -> bool {
        let loopback = matches!(host, Destination::Address(address) if address.is_loopback());
        self == host || (*self == Destination::Name("localhost".into()) && loopback)
    }
}

/// Where Linux takes a connection to `address` instead, if it is an unspecified one.
fn loopback_reached_from(address: IpAddr) -> Option<IpAddr> {
    match address {
        IpAddr::V4(v4) if v4.is_unspecified() => Some(Ipv4Addr::LOCALHOST.into()),
        IpAddr::V6(v6) if v6.is_unspecified() => Some(Ipv6Addr::LOCALHOST.into()),
        IpAddr::V6(v6) if v6.to_ipv4_mapped().is_some_and(|v4| v4.is_unspecified()) => Some(Ipv4Addr::LOCALHOST.into()),
        _ => None,
    }
}

/// Other spellings of a granted host, and near misses of it.
fn spellings(host: &str) -> Vec<String> {
    let mut spellings = vec![
        host.to_owned(),
        host.to_ascii_uppercase(),
        format!("[{host}]"),
        format!("{host}."),
        format!("{host}.evil.example"),
        format!("a{host}"),
        host[..host.len() - host.chars().next_back().map_or(0, char::len_utf8)].to_owned(),
    ];
    match host.parse::<IpAddr>() {
        Ok(IpAddr::V4(v4)) => spellings.extend([v4.to_string(), v4.to_ipv6_mapped().to_string()]),
        Ok(IpAddr::V6(v6)) => spellings.extend([Some(v6.to_string()), v6.to_ipv4_mapped().map(|v4| v4.to_string())].into_iter().flatten()),
        Err(_) => {}
    }
    spellings
}

/// A reference naming `host` and `port`, as a program writes it.
fn reference(host: &str, port: Option<u16>) -> String {
    match port {
        Some(port) if host.contains(':') => format!("[{host}]:{port}"),
        Some(port) => format!("{host}:{port}"),
        None if host.matches(':').count() == 1 => format!("[{host}]"),
        None => host.to_owned(),
    }
}

/// `split_host_port` of a reference the fuzzer wrote: the host is a piece of it, and
/// a port is read only from a `:port` at its end.
fn check_split(reference: &str) -> (&str, Option<u16>) {
    let (host, port) = split_host_port(reference);
    assert!(reference.contains(host), "{reference:?} read as host {host:?}");
    if let Some(port) = port {
        let (_, written) = reference.rsplit_once(':').unwrap_or_else(|| panic!("{reference:?} read as port {port} without a colon"));
        assert_eq!(written.parse::<u16>().ok(), Some(port), "{reference:?} read as port {port}");
    }
    (host, port)
}
