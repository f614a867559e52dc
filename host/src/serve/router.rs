//! Which tenant a request is for: by its `Host` header (the port ignored), by the
//! start of its path, or both. The most specific route wins: a host over none, then
//! the longest prefix. A prefix matches whole path segments and is stripped before
//! the app sees the URL.

use super::config::Tenant;

/// The tenant (by index) a request goes to and the path its app sees.
pub fn route(tenants: &[Tenant], host: Option<&str>, path: &str) -> Option<(usize, String)> {
    let host = host.map(|host| strip_port(host).to_ascii_lowercase());
    let mut best: Option<(usize, (bool, usize))> = None;
    for (index, tenant) in tenants.iter().enumerate() {
        if tenant.host.as_ref().is_some_and(|wanted| Some(wanted) != host.as_ref()) {
            continue;
        }
        let prefix_len = match &tenant.prefix {
            Some(prefix) if under(path, prefix) => prefix.len(),
            Some(_) => continue,
            None => 0,
        };
        let rank = (tenant.host.is_some(), prefix_len);
        if best.is_none_or(|(_, best)| rank > best) {
            best = Some((index, rank));
        }
    }
    let (index, (_, prefix_len)) = best?;
    let rest = &path[prefix_len..];
    let seen = if rest.starts_with('/') { rest.to_owned() } else { format!("/{rest}") };
    Some((index, seen))
}

/// Whether `path` (with its query) is `prefix` or below it.
fn under(path: &str, prefix: &str) -> bool {
    path.strip_prefix(prefix).is_some_and(|rest| rest.is_empty() || rest.starts_with(['/', '?']))
}

fn strip_port(host: &str) -> &str {
    match host.rfind(':') {
        // `[::1]:8080`, `example.com:80`; a bare IPv6 address has colons but no brackets.
        Some(colon) if host.starts_with('[') || !host[..colon].contains(':') => &host[..colon],
        _ => host,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::serve::config::Isolation;

    fn tenant(name: &str, host: Option<&str>, prefix: Option<&str>) -> Tenant {
        Tenant {
            name: name.into(),
            host: host.map(str::to_owned),
            prefix: prefix.map(str::to_owned),
            dir: "/".into(),
            entry: "/index.js".into(),
            isolation: Isolation::Fresh,
            permissions: Default::default(),
            limits: Default::default(),
        }
    }

    #[test]
    fn the_most_specific_route_wins_and_the_prefix_is_stripped() {
        let tenants = [
            tenant("acme", Some("acme.localhost"), None),
            tenant("api", None, Some("/api")),
            tenant("acme-api", Some("acme.localhost"), Some("/api")),
            tenant("deep", None, Some("/api/v2")),
        ];
        let name = |host, path| route(&tenants, host, path).map(|(i, seen)| format!("{} {seen}", tenants[i].name));
        assert_eq!(name(Some("ACME.localhost:8080"), "/x?y=1"), Some("acme /x?y=1".into()));
        assert_eq!(name(Some("acme.localhost"), "/api/users"), Some("acme-api /users".into()));
        assert_eq!(name(Some("other"), "/api"), Some("api /".into()));
        assert_eq!(name(Some("other"), "/api?q"), Some("api /?q".into()));
        assert_eq!(name(None, "/api/v2/x"), Some("deep /x".into()));
        assert_eq!(name(None, "/apiary"), None, "a prefix matches whole segments");
        assert_eq!(name(Some("[::1]:80"), "/"), None);
        assert_eq!(name(Some("acme.localhost.evil"), "/"), None);
    }
}
