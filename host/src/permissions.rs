//! What one instance is allowed to reach. Nothing is reachable unless granted here.
//!
//! Plain std code, so that the fuzz targets (`fuzz/`) can include this file on its own.

use std::ffi::OsStr;
use std::net::IpAddr;
use std::path::{Path, PathBuf};

use crate::fs::paths::normalize;

#[derive(Clone, Debug, Default)]
pub struct Permissions {
    /// Directory trees the program may read.
    pub fs_read: Vec<PathBuf>,
    /// Directory trees the program may write (and read).
    pub fs_write: Vec<PathBuf>,
    /// Hosts and ports the program may listen on, connect to and resolve.
    pub net: NetGrants,
    /// Which of the host's environment variables are visible.
    pub env: EnvGrant,
    /// `--allow-child-process`: whether the program may start child instances of this
    /// runtime (`fork`, `spawn` of node).
    pub child_process: bool,
    /// `--allow-child-process=<names or paths>`: the host executables it may run as
    /// real processes of the host.
    pub executables: Executables,
    /// `--allow-worker`: whether the program may start worker threads.
    pub worker: bool,
}

impl Permissions {
    /// Every capability the sandbox has: all files, the network, the environment, child
    /// instances and workers. Not host executables: a host process is outside the
    /// sandbox, so only `--allow-child-process=<names or paths>` grants one.
    pub fn all() -> Self {
        Permissions {
            fs_read: vec![],
            fs_write: vec![PathBuf::from("/")],
            net: NetGrants(vec![NetGrant::any()]),
            env: EnvGrant::All,
            child_process: true,
            executables: Executables::default(),
            worker: true,
        }
    }
}

/// The host executables a program may run (`--allow-child-process=git,/opt/tool/bin/x`),
/// each resolved to the file that runs when nodule starts, before the program can
/// plant anything.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Executables(Vec<Executable>);

/// One granted executable.
#[derive(Clone, Debug, PartialEq)]
pub struct Executable {
    /// The name it was granted by (`git`); none when it was granted by its path.
    pub name: Option<String>,
    /// The file that runs: the path granted, or where the name was found on the PATH.
    pub path: PathBuf,
}

impl Executables {
    /// Reads the entries of `--allow-child-process=...`. An entry is a name without a
    /// `/` (looked up now in the absolute folders of `search_path`, the host's PATH,
    /// skipping the folders `writable` says the program may write, where it could plant
    /// a file of that name) or an absolute path, which names exactly that file. An empty
    /// entry (a trailing comma's), `*` or a relative path is refused, never widened.
    pub fn resolve(entries: &[String], search_path: Option<&OsStr>, writable: impl Fn(&Path) -> bool) -> Result<Self, String> {
        let mut executables: Vec<Executable> = Vec::new();
        for entry in entries {
            let refuse = |why: &str| Err(format!("--allow-child-process: {why} in {entry:?}"));
            let executable = if entry.trim().is_empty() {
                return refuse("empty entry (name each executable)");
            } else if entry == "*" {
                return refuse("`*` grants nothing (name each executable)");
            } else if entry.contains('\0') || entry == "." || entry == ".." {
                return refuse("invalid name");
            } else if entry.contains('/') {
                let Some(path) = normalize(Path::new(entry)) else { return refuse("a path must be absolute") };
                if path.is_dir() {
                    return refuse("a folder is not an executable");
                }
                Executable { name: None, path }
            } else {
                match find_on_path(entry, search_path, &writable) {
                    Some(path) => Executable { name: Some(entry.clone()), path },
                    None => return refuse("no executable of that name on PATH (outside the folders the program may write)"),
                }
            };
            if !executables.contains(&executable) {
                executables.push(executable);
            }
        }
        Ok(Executables(executables))
    }

    /// The granted executable `file` stands for, as a program names it: a name (no
    /// `/`) is only ever one granted by that name, never looked up again, so neither
    /// the program's `PATH` nor a file it planted can stand in for it; a path (relative
    /// to `cwd`, an absolute path) is the granted executable whose path it is, or
    /// whose file it leads to through symbolic links. What runs is always the granted
    /// path, never the program's.
    pub fn find(&self, file: &str, cwd: &Path) -> Option<&Executable> {
        if file.is_empty() || file.contains('\0') {
            return None;
        }
        if !file.contains('/') {
            return self.0.iter().find(|executable| executable.name.as_deref() == Some(file));
        }
        let asked = normalize(&cwd.join(file))?;
        if let Some(executable) = self.0.iter().find(|executable| executable.path == asked) {
            return Some(executable);
        }
        let real = asked.canonicalize().ok()?;
        self.0.iter().find(|executable| executable.path.canonicalize().is_ok_and(|granted| granted == real))
    }
}

/// The first executable regular file named `name` in the absolute folders of
/// `search_path` that the program may not write.
fn find_on_path(name: &str, search_path: Option<&OsStr>, writable: &impl Fn(&Path) -> bool) -> Option<PathBuf> {
    use std::os::unix::fs::PermissionsExt as _;
    std::env::split_paths(search_path?).filter(|dir| dir.is_absolute() && !writable(dir)).find_map(|dir| {
        let candidate = normalize(&dir.join(name))?;
        let meta = std::fs::metadata(&candidate).ok()?;
        (meta.is_file() && meta.permissions().mode() & 0o111 != 0).then_some(candidate)
    })
}

/// `--allow-env`: none of the host's variables, the named ones, or all of them.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum EnvGrant {
    #[default]
    Nothing,
    Names(Vec<String>),
    All,
}

impl EnvGrant {
    /// `--allow-env` bare grants every variable; with names, those that are set.
    pub fn parse(names: Vec<String>) -> Result<Self, String> {
        if names.is_empty() {
            return Ok(EnvGrant::All);
        }
        if let Some(bad) = names.iter().find(|name| name.is_empty() || name.contains('=')) {
            return Err(format!("--allow-env: invalid variable name {bad:?}"));
        }
        Ok(EnvGrant::Names(names))
    }

    /// The variables the program sees, with their values.
    pub fn visible(&self) -> Vec<(String, String)> {
        match self {
            EnvGrant::Nothing => Vec::new(),
            EnvGrant::Names(names) => names.iter().filter_map(|name| Some((name.clone(), std::env::var(name).ok()?))).collect(),
            EnvGrant::All => std::env::vars().collect(),
        }
    }

    pub fn is_all(&self) -> bool {
        *self == EnvGrant::All
    }

    /// Whether the program may read `name` (any variable when `None`).
    pub fn allows(&self, name: Option<&str>) -> bool {
        match (self, name) {
            (EnvGrant::Nothing, _) => false,
            (EnvGrant::All, _) | (EnvGrant::Names(_), None) => true,
            (EnvGrant::Names(names), Some(name)) => names.iter().any(|granted| granted == name),
        }
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

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether the program may connect to `address`, one that a granted host name or
    /// address resolved to. Linux takes a connection to the unspecified address
    /// (`0.0.0.0`, `::`) to the loopback interface, so such a connection needs what a
    /// connection to loopback needs: a grant to listen on every interface is not one.
    /// An IPv4-mapped address is the IPv4 one (`::ffff:0.0.0.0` reaches loopback too).
    pub fn allows_connecting_to(&self, address: IpAddr, port: u16) -> bool {
        match address.to_canonical() {
            IpAddr::V4(v4) if v4.is_unspecified() => self.allows(&std::net::Ipv4Addr::LOCALHOST.to_string(), Some(port)),
            IpAddr::V6(v6) if v6.is_unspecified() => self.allows(&std::net::Ipv6Addr::LOCALHOST.to_string(), Some(port)),
            _ => true,
        }
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

    /// An entry that names nothing (empty, `[]`, `:80`, a trailing comma's empty
    /// entry) is refused, never read as "every host".
    pub fn parse(entry: &str) -> Result<Self, String> {
        let refuse = |why: &str| Err(format!("--allow-net: {why} in {entry:?}"));
        if entry.trim().is_empty() {
            return refuse("empty entry (use `*` to grant every host)");
        }
        let (host, port) = if let Some(rest) = entry.strip_prefix('[') {
            let (host, after) = rest.split_once(']').ok_or_else(|| format!("--allow-net: unclosed '[' in {entry:?}"))?;
            // Only a port may follow the address: `[::1]8080` is a typo, not every port.
            match after {
                "" => (host, None),
                after => (host, Some(after.strip_prefix(':').ok_or_else(|| format!("--allow-net: invalid port in {entry:?}"))?)),
            }
        } else if entry.matches(':').count() == 1 {
            let (host, port) = entry.split_once(':').unwrap_or_default();
            (host, Some(port))
        } else {
            (entry, None)
        };
        let port = match port {
            None | Some("*") => None,
            Some(port) => Some(port.parse().map_err(|_| format!("--allow-net: invalid port in {entry:?}"))?),
        };
        let host = match host {
            "" => return refuse("no host (use `*:port` for every host)"),
            "*" => None,
            // No host name or address holds these; `a[::1]` is a typo, not a host.
            host if host.chars().any(|c| c.is_whitespace() || matches!(c, '/' | '@' | '[' | ']')) => return refuse("invalid host"),
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

/// A reference of `process.permission.has('net', reference)`, `host`, `host:port` or
/// `[v6]:port`, as a host and an optional port. It is here, beside the grants it is
/// checked against, rather than in `process.rs`, which needs the wasmtime bindings.
pub fn split_host_port(reference: &str) -> (&str, Option<u16>) {
    if let Some(rest) = reference.strip_prefix('[') {
        let (host, after) = rest.split_once(']').unwrap_or((rest, ""));
        return (host, after.strip_prefix(':').and_then(|port| port.parse().ok()));
    }
    match reference.split_once(':') {
        Some((host, port)) if !port.contains(':') => (host, port.parse().ok()),
        _ => (reference, None),
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

    #[test]
    fn brackets_only_enclose_an_address_followed_by_a_port() {
        // Found by fuzz/fuzz_targets/net_grants.rs: `[::1]8080` granted every port on
        // ::1, and a bracket inside a host was taken as part of it.
        for entry in ["[::1]8080", "[::1]x", "[::1]]:80", "[[::1]]", "a[::1]:80", "a]:80"] {
            assert!(NetGrant::parse(entry).is_err(), "{entry:?} must be refused");
        }
        assert_eq!(NetGrant::parse("[::1]").unwrap(), NetGrant { host: Some("::1".into()), port: None });
        assert_eq!(NetGrant::parse("[::1]:*").unwrap(), NetGrant { host: Some("::1".into()), port: None });
    }

    #[test]
    fn entries_that_name_nothing_are_refused() {
        for entry in ["", " ", "[]", "[]:80", ":80", ":", "host name", "user@host", "host/path"] {
            assert!(NetGrant::parse(entry).is_err(), "{entry:?} must be refused");
        }
        assert_eq!(NetGrant::parse("*").unwrap(), NetGrant::any());
        assert_eq!(NetGrant::parse("*:*").unwrap(), NetGrant::any());
    }

    #[test]
    fn every_interface_grants_listening_not_connecting_to_loopback() {
        let p = grants(&["0.0.0.0:8080", "[::]:8080"]);
        assert!(!p.allows_connecting_to("0.0.0.0".parse().unwrap(), 8080));
        assert!(!p.allows_connecting_to("::".parse().unwrap(), 8080));
        assert!(p.allows_connecting_to("10.1.2.3".parse().unwrap(), 8080));
        let loopback = grants(&["localhost:8080"]);
        assert!(loopback.allows_connecting_to("0.0.0.0".parse().unwrap(), 8080));
        assert!(!loopback.allows_connecting_to("0.0.0.0".parse().unwrap(), 8081));
        assert!(grants(&["*"]).allows_connecting_to("::".parse().unwrap(), 1));
    }

    #[test]
    fn the_ipv4_mapped_unspecified_address_is_loopback_too() {
        // Found by fuzz/fuzz_targets/net_grants.rs: a grant to listen on every IPv4
        // interface written this way let a program connect there, which is loopback.
        let mapped = "::ffff:0.0.0.0".parse().unwrap();
        assert!(!grants(&["[::ffff:0.0.0.0]:8080", "0.0.0.0:8080"]).allows_connecting_to(mapped, 8080));
        assert!(grants(&["127.0.0.1:8080"]).allows_connecting_to(mapped, 8080));
        assert!(!grants(&["[::1]:8080"]).allows_connecting_to(mapped, 8080));
        assert!(grants(&["example.com"]).allows_connecting_to("::ffff:10.0.0.1".parse().unwrap(), 8080));
    }

    #[test]
    fn named_variables_only() {
        // SAFETY: the test process sets a variable no other test reads.
        unsafe { std::env::set_var("NODULE_TEST_GRANTED", "yes") };
        let grant = EnvGrant::parse(vec!["NODULE_TEST_GRANTED".into(), "NODULE_TEST_UNSET".into()]).unwrap();
        assert_eq!(grant.visible(), vec![("NODULE_TEST_GRANTED".to_owned(), "yes".to_owned())]);
        assert!(EnvGrant::parse(vec!["A=B".into()]).is_err());
        assert!(EnvGrant::parse(vec![String::new()]).is_err());
        assert!(EnvGrant::Nothing.visible().is_empty());
    }

    /// A folder with an executable `tool`, a file `plain` that is not executable, and a
    /// folder `dir`.
    fn bin_folder(name: &str) -> PathBuf {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = std::env::temp_dir().join(format!("nodule-executables-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("dir")).unwrap();
        for (file, mode) in [("tool", 0o755), ("plain", 0o644)] {
            std::fs::write(dir.join(file), "#!/bin/sh\n").unwrap();
            std::fs::set_permissions(dir.join(file), std::fs::Permissions::from_mode(mode)).unwrap();
        }
        dir
    }

    fn executables(entries: &[&str], search_path: &Path) -> Result<Executables, String> {
        let entries: Vec<String> = entries.iter().map(|e| e.to_string()).collect();
        Executables::resolve(&entries, Some(search_path.as_os_str()), |_| false)
    }

    #[test]
    fn names_are_looked_up_on_the_path_once() {
        let dir = bin_folder("names");
        let granted = executables(&["tool"], &dir).unwrap();
        assert_eq!(granted.find("tool", Path::new("/")).map(|e| e.path.clone()), Some(dir.join("tool")));
        assert!(granted.find("plain", Path::new("/")).is_none());
        assert!(executables(&["plain"], &dir).is_err(), "a file that is not executable is not found");
        assert!(executables(&["dir"], &dir).is_err(), "nor is a folder");
        assert!(executables(&["missing"], &dir).is_err());
        // A path to the file the name found is the same executable.
        assert!(granted.find(&dir.join("tool").to_string_lossy(), Path::new("/")).is_some());
        assert!(granted.find("./tool", &dir).is_some());
        assert!(granted.find("./plain", &dir).is_none());
    }

    #[test]
    fn relative_and_writable_path_folders_are_skipped() {
        let dir = bin_folder("skipped");
        let entries = vec!["tool".to_owned()];
        let path = std::env::join_paths([Path::new("relative"), &dir]).unwrap();
        assert!(Executables::resolve(&entries, Some(&path), |_| false).is_ok());
        assert!(Executables::resolve(&entries, Some(OsStr::new("relative:")), |_| false).is_err());
        assert!(Executables::resolve(&entries, Some(dir.as_os_str()), |folder| folder == dir).is_err());
        assert!(Executables::resolve(&entries, None, |_| false).is_err());
    }

    #[test]
    fn executable_entries_that_name_nothing_are_refused() {
        let dir = bin_folder("refused");
        for entry in ["", " ", "*", ".", "..", "bin/tool", "./tool", "a\0b"] {
            assert!(executables(&[entry], &dir).is_err(), "{entry:?} must be refused");
        }
        assert!(executables(&[&dir.join("dir").to_string_lossy()], &dir).is_err(), "a folder is refused");
        // A path names exactly that file, whether or not it exists yet.
        let later = executables(&["/nonexistent/later"], &dir).unwrap();
        assert!(later.find("/nonexistent/later", Path::new("/")).is_some());
        assert!(later.find("later", Path::new("/nonexistent")).is_none(), "a path grant is no name grant");
    }

    #[test]
    fn a_path_grant_is_that_file_only() {
        let dir = bin_folder("paths");
        let tool = dir.join("tool");
        let granted = executables(&[&tool.to_string_lossy()], &dir).unwrap();
        assert!(granted.find("tool", &dir).is_none(), "a bare name is never a path grant");
        assert!(granted.find(&format!("{}/dir/../tool", dir.display()), Path::new("/")).is_some());
        assert!(granted.find("plain", &dir).is_none());
        assert!(granted.find(&dir.join("plain").to_string_lossy(), Path::new("/")).is_none());
        // A link planted to another file is that other file; one to the granted file runs the granted path.
        std::os::unix::fs::symlink(dir.join("plain"), dir.join("dir/tool")).unwrap();
        assert!(granted.find("dir/tool", &dir).is_none());
        std::os::unix::fs::symlink(&tool, dir.join("dir/alias")).unwrap();
        assert_eq!(granted.find("dir/alias", &dir).map(|e| e.path.clone()), Some(tool));
    }
}
