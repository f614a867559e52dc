//! `nodule.toml`: the front end's address and each tenant's route, app, grants and
//! limits. Every mistake is refused with the file, the line and the reason, so a bad
//! config never starts (or, on reload, never replaces the one serving).

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::limits::Limits;
use crate::permissions::{EnvGrant, NetGrant, NetGrants, Permissions};

/// What a tenant's requests run in.
#[derive(Clone, Copy, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Isolation {
    /// A new instance for every request: nothing crosses requests.
    #[default]
    Fresh,
    /// Warm instances, reused for this tenant's requests only.
    Pool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    listen: Spanned<String>,
    #[serde(default)]
    tenants: BTreeMap<String, Spanned<TenantFile>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct TenantFile {
    host: Option<Spanned<String>>,
    prefix: Option<Spanned<String>>,
    dir: Spanned<PathBuf>,
    entry: Option<Spanned<String>>,
    #[serde(default)]
    isolation: Isolation,
    allow_net: Option<Spanned<Vec<String>>>,
    #[serde(default)]
    allow_fs_read: Vec<PathBuf>,
    #[serde(default)]
    allow_fs_write: Vec<PathBuf>,
    allow_env: Option<Spanned<Vec<String>>>,
    max_memory_mb: Option<Spanned<u64>>,
    cpu_time_ms: Option<u64>,
    timeout_ms: Option<u64>,
}

/// A tenant as the front end serves it.
#[derive(Clone, Debug)]
pub struct Tenant {
    pub name: String,
    /// Lowercase, without a port.
    pub host: Option<String>,
    /// Starts with `/`, never ends with one.
    pub prefix: Option<String>,
    pub dir: PathBuf,
    pub entry: PathBuf,
    pub isolation: Isolation,
    pub permissions: Permissions,
    pub limits: Limits,
}

#[derive(Debug)]
pub struct Config {
    pub listen: SocketAddr,
    pub tenants: Vec<Tenant>,
}

/// A request's time limit when the tenant sets none: a request that never ends would
/// hold its instance for ever.
pub const DEFAULT_TIMEOUT_MS: u64 = 30_000;
/// Each instance's memory when the tenant sets no limit.
pub const DEFAULT_MAX_MEMORY_MIB: u64 = 128;

impl Config {
    pub fn load(path: &Path) -> anyhow::Result<Config> {
        let text = std::fs::read_to_string(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
        let base = path.parent().unwrap_or(Path::new("."));
        let base = if base.as_os_str().is_empty() { Path::new(".") } else { base };
        Config::parse(&text, base).map_err(|Refused { offset, reason }| match offset {
            Some(offset) => anyhow::anyhow!("{}:{}: {reason}", path.display(), line_of(&text, offset)),
            None => anyhow::anyhow!("{}: {reason}", path.display()),
        })
    }

    /// Reads a config whose relative paths are relative to `base`.
    fn parse(text: &str, base: &Path) -> Result<Config, Refused> {
        let file: File = toml::from_str(text).map_err(|e| Refused { offset: e.span().map(|s| s.start), reason: e.message().to_owned() })?;
        let listen =
            file.listen.get_ref().parse().map_err(|_| Refused::at(&file.listen, "listen: expected an address such as 127.0.0.1:8080"))?;
        let mut tenants = Vec::new();
        for (name, tenant) in file.tenants {
            let span = tenant.span();
            let tenant = tenant.into_inner().resolve(&name, base).map_err(|mut refused| {
                refused.offset = refused.offset.or(Some(span.start));
                refused
            })?;
            if let Some(other) = tenants.iter().find(|other: &&Tenant| other.host == tenant.host && other.prefix == tenant.prefix) {
                return Err(Refused {
                    offset: Some(span.start),
                    reason: format!("tenant {name} has the same route as tenant {}", other.name),
                });
            }
            tenants.push(tenant);
        }
        Ok(Config { listen, tenants })
    }
}

impl TenantFile {
    fn resolve(self, name: &str, base: &Path) -> Result<Tenant, Refused> {
        if self.host.is_none() && self.prefix.is_none() {
            return Err(Refused { offset: None, reason: format!("tenant {name}: give a host, a prefix or both") });
        }
        let host = self.host.map(|host| host.into_inner().to_ascii_lowercase());
        let prefix = match self.prefix {
            Some(prefix) if !prefix.get_ref().starts_with('/') => return Err(Refused::at(&prefix, "prefix: must start with /")),
            Some(prefix) => Some(prefix.get_ref().trim_end_matches('/').to_owned()).filter(|p| !p.is_empty()),
            None => None,
        };
        let dir = base.join(self.dir.get_ref()).canonicalize().map_err(|e| Refused::at(&self.dir, &format!("dir: {e}")))?;
        if !dir.is_dir() {
            return Err(Refused::at(&self.dir, "dir: not a folder"));
        }
        let entry = match &self.entry {
            Some(entry) => dir.join(entry.get_ref()).canonicalize().map_err(|e| Refused::at(entry, &format!("entry: {e}")))?,
            None => default_entry(&dir)
                .ok_or_else(|| Refused::at(&self.dir, "no entry: package.json has no \"main\" and there is no index.js"))?,
        };
        if !entry.starts_with(&dir) {
            return Err(Refused::at(&self.dir, "entry: must be inside dir"));
        }
        let net = match &self.allow_net {
            Some(hosts) => hosts
                .get_ref()
                .iter()
                .map(|h| NetGrant::parse(h))
                .collect::<Result<_, _>>()
                .map_err(|e| Refused::at(hosts, &format!("allow-net: {e}")))?,
            None => Vec::new(),
        };
        let env = match &self.allow_env {
            Some(names) => EnvGrant::parse(names.get_ref().clone()).map_err(|e| Refused::at(names, &format!("allow-env: {e}")))?,
            None => EnvGrant::Nothing,
        };
        let mut fs_read = vec![dir.clone()];
        fs_read.extend(self.allow_fs_read.iter().map(|p| base.join(p)));
        let max_memory_mib = match self.max_memory_mb {
            Some(mib) if !(1..=4096).contains(mib.get_ref()) => return Err(Refused::at(&mib, "max-memory-mb: must be 1-4096")),
            Some(mib) => *mib.get_ref(),
            None => DEFAULT_MAX_MEMORY_MIB,
        };
        Ok(Tenant {
            name: name.to_owned(),
            host,
            prefix,
            entry,
            isolation: self.isolation,
            permissions: Permissions {
                fs_read,
                fs_write: self.allow_fs_write.iter().map(|p| base.join(p)).collect(),
                net: NetGrants(net),
                env,
                ..Permissions::default()
            },
            limits: Limits {
                max_memory_mib: Some(max_memory_mib),
                cpu_time_ms: self.cpu_time_ms,
                timeout_ms: Some(self.timeout_ms.unwrap_or(DEFAULT_TIMEOUT_MS)),
                ..Limits::default()
            },
            dir,
        })
    }
}

/// The app's file when the tenant names none: package.json's "main", else index.js.
fn default_entry(dir: &Path) -> Option<PathBuf> {
    let main = std::fs::read_to_string(dir.join("package.json"))
        .ok()
        .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
        .and_then(|package| package.get("main")?.as_str().map(str::to_owned));
    let candidates = match main {
        Some(main) => vec![dir.join(&main), dir.join(format!("{main}.js")), dir.join(&main).join("index.js")],
        None => vec![dir.join("index.js"), dir.join("index.mjs")],
    };
    candidates.into_iter().find(|path| path.is_file()).and_then(|path| path.canonicalize().ok())
}

/// Why a config was refused, and where (a byte offset into the file).
struct Refused {
    offset: Option<usize>,
    reason: String,
}

impl Refused {
    fn at<T>(value: &Spanned<T>, reason: &str) -> Refused {
        Refused { offset: Some(value.span().start), reason: reason.to_owned() }
    }
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(text: &str) -> String {
        let dir = std::env::temp_dir().join(format!("nodule-config-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("app")).unwrap();
        std::fs::write(dir.join("app/index.js"), "").unwrap();
        let path = dir.join("nodule.toml");
        std::fs::write(&path, text).unwrap();
        Config::load(&path).unwrap_err().to_string().replace(&path.display().to_string(), "FILE")
    }

    #[test]
    fn mistakes_name_the_line_and_the_reason() {
        let head = "listen = \"127.0.0.1:0\"\n[tenants.a]\n";
        assert_eq!(refused(&format!("{head}dir = \"app\"\n")), "FILE:2: tenant a: give a host, a prefix or both");
        assert_eq!(refused(&format!("{head}prefix = \"/a\"\ndir = \"nowhere\"\n")).split(": No such").next().unwrap(), "FILE:4: dir");
        assert_eq!(refused(&format!("{head}prefix = \"a\"\ndir = \"app\"\n")), "FILE:3: prefix: must start with /");
        assert!(refused(&format!("{head}prefix = \"/a\"\ndir = \"app\"\nallow-net = [\"\"]\n")).starts_with("FILE:5: allow-net: "));
        assert!(
            refused(&format!("{head}prefix = \"/a\"\ndir = \"app\"\nisolaton = \"pool\"\n"))
                .starts_with("FILE:5: unknown field `isolaton`")
        );
        assert_eq!(refused("listen = \"here\"\n"), "FILE:1: listen: expected an address such as 127.0.0.1:8080");
        assert!(refused(&format!("{head}prefix = \"/a\"\ndir = \"app\"\nmax-memory-mb = 0\n")).starts_with("FILE:5: max-memory-mb"));
        let twice = format!("{head}prefix = \"/a\"\ndir = \"app\"\n[tenants.b]\nprefix = \"/a/\"\ndir = \"app\"\n");
        assert_eq!(refused(&twice), "FILE:5: tenant b has the same route as tenant a");
    }
}
