//! What one instance is allowed to reach. Nothing is reachable unless granted here.

use std::net::IpAddr;
use std::path::PathBuf;

#[derive(Clone, Debug, Default)]
pub struct Permissions {
    /// Directory trees the program may read.
    pub fs_read: Vec<PathBuf>,
    /// Directory trees the program may write (and read).
    pub fs_write: Vec<PathBuf>,
    /// Hosts and ports the program may listen on, connect to and resolve.
    pub net: NetGrants,
    /// Whether the host's environment variables are visible.
    pub env: bool,
}

impl Permissions {
    /// Every capability the host has: all files, the network and the environment.
    pub fn all() -> Self {
        Permissions { fs_read: vec![], fs_write: vec![PathBuf::from("/")], net: NetGrants(vec![NetGrant::any()]), env: true }
    }
}

#[derive(Clone, Debug, Default)]
pub struct NetGrants(pub Vec<NetGrant>);

impl NetGrants {
    /// Whether the program may use `host` (a name or an IP address as it gave it) on
    /// `port` (`None`: only resolve the name).
    pub fn allows(&self, host: &str, port: Option<u16>) -> bool {
        self.0.iter().any(|grant| grant.allows(host, port))
    }
}

/// One `--allow-net` entry: `host`, `host:port`, `[ipv6]:port`, `*:port` or `*`.
#[derive(Clone, Debug, PartialEq)]
pub struct NetGrant {
    /// `None` grants every host.
    host: Option<String>,
    /// `None` grants every port.
    port: Option<u16>,
}

impl NetGrant {
    pub fn any() -> Self {
        NetGrant { host: None, port: None }
    }

    pub fn parse(entry: &str) -> Result<Self, String> {
        let (host, port) = if let Some(rest) = entry.strip_prefix('[') {
            let (host, after) = rest.split_once(']').ok_or_else(|| format!("unclosed '[' in {entry:?}"))?;
            (host, after.strip_prefix(':'))
        } else if entry.matches(':').count() == 1 {
            let (host, port) = entry.split_once(':').unwrap_or_default();
            (host, Some(port))
        } else {
            (entry, None)
        };
        let port = match port {
            None | Some("*") => None,
            Some(port) => Some(port.parse().map_err(|_| format!("invalid port in {entry:?}"))?),
        };
        let host = match host {
            "" | "*" => None,
            host => Some(host.to_ascii_lowercase()),
        };
        Ok(NetGrant { host, port })
    }

    fn allows(&self, host: &str, port: Option<u16>) -> bool {
        let port_allowed = match (self.port, port) {
            (None, _) | (_, None) => true,
            (Some(granted), Some(port)) => granted == port,
        };
        port_allowed && self.host.as_deref().is_none_or(|granted| same_host(granted, host))
    }
}

/// Names compare without case, addresses by value (`0.0.0.0` and `::` both mean
/// every interface); `localhost` stands for the loopback addresses, which never
/// leave the machine.
fn same_host(granted: &str, host: &str) -> bool {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    if granted.eq_ignore_ascii_case(host) {
        return true;
    }
    match (granted.parse::<IpAddr>(), host.parse::<IpAddr>()) {
        (Ok(granted), Ok(host)) => granted == host || (granted.is_unspecified() && host.is_unspecified()),
        (Err(_), Ok(host)) => granted == "localhost" && host.is_loopback(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grants(entries: &[&str]) -> NetGrants {
        NetGrants(entries.iter().map(|e| NetGrant::parse(e).unwrap()).collect())
    }

    #[test]
    fn nothing_is_granted_by_default() {
        assert!(!NetGrants::default().allows("localhost", Some(80)));
    }

    #[test]
    fn host_and_port_must_both_match() {
        let p = grants(&["example.com:443"]);
        assert!(p.allows("EXAMPLE.com", Some(443)));
        assert!(p.allows("example.com", None));
        assert!(!p.allows("example.com", Some(80)));
        assert!(!p.allows("example.org", Some(443)));
        assert!(!p.allows("example.com.evil.org", Some(443)));
    }

    #[test]
    fn localhost_covers_loopback_addresses_only() {
        let p = grants(&["localhost"]);
        assert!(p.allows("127.0.0.1", Some(8080)));
        assert!(p.allows("::1", Some(1)));
        assert!(!p.allows("0.0.0.0", Some(8080)));
        assert!(!p.allows("10.0.0.1", Some(8080)));
    }

    #[test]
    fn addresses_compare_by_value() {
        let p = grants(&["[::1]:8000", "*:9000"]);
        assert!(p.allows("0:0::1", Some(8000)));
        assert!(!p.allows("::1", Some(8001)));
        assert!(p.allows("anything.example", Some(9000)));
    }

    #[test]
    fn every_interface_has_two_spellings() {
        let p = grants(&["0.0.0.0:80"]);
        assert!(p.allows("::", Some(80)));
        assert!(!p.allows("127.0.0.1", Some(80)));
    }

    #[test]
    fn bad_entries_are_refused() {
        assert!(NetGrant::parse("[::1:80").is_err());
        assert!(NetGrant::parse("host:port").is_err());
    }
}
