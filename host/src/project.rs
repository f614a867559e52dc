//! Grants a project declares in its `package.json`, so that running it needs no long
//! command line:
//!
//! ```json
//! { "nodule": { "allow": { "fs-read": ["data"], "fs-write": ["out"], "net": ["api.example.com:443"], "env": ["HOME"] } } }
//! ```
//!
//! The nearest `package.json` above the entry script is read; paths are joined to its
//! folder, so a relative one stays inside that folder's tree, while an absolute one
//! names itself and `..` may climb out (a project may need `../shared`). What it
//! grants is printed on stderr every time, and `--no-project-permissions` ignores it,
//! so a run never gets more than its flags say.

use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};
use serde_json::Value;

use crate::permissions::{EnvGrant, NetGrant};

/// The `allow` section of a project's `package.json`.
#[derive(Debug, Default, PartialEq)]
pub struct ProjectGrants {
    /// The `package.json` they came from.
    pub source: PathBuf,
    pub fs_read: Vec<PathBuf>,
    pub fs_write: Vec<PathBuf>,
    pub net: Vec<String>,
    pub env: Vec<String>,
}

/// The keys `allow` may have; anything else is refused, so a typo grants nothing silently.
const KEYS: [&str; 4] = ["fs-read", "fs-write", "net", "env"];

impl ProjectGrants {
    /// The grants of the nearest `package.json` at or above `dir`, if it has any.
    pub fn find(dir: &Path) -> anyhow::Result<Option<Self>> {
        let Some(source) = dir.ancestors().map(|d| d.join("package.json")).find(|p| p.is_file()) else {
            return Ok(None);
        };
        let text = std::fs::read_to_string(&source).with_context(|| format!("reading {}", source.display()))?;
        // A package.json Node could not parse is not ours to judge: it declares nothing.
        let Ok(json) = serde_json::from_str::<Value>(&text) else { return Ok(None) };
        let Some(allow) = json.get("nodule").and_then(|nodule| nodule.get("allow")) else { return Ok(None) };
        Self::parse(source, allow).map(Some)
    }

    /// The grants of `allow`, the `nodule.allow` value of `source`; every error names
    /// `source`. Crate-visible for the fuzz target that drives it (`fuzz/`).
    pub(crate) fn parse(source: PathBuf, allow: &Value) -> anyhow::Result<Self> {
        let Some(allow) = allow.as_object() else { bail!("{}: \"nodule.allow\" must be an object", source.display()) };
        if let Some(unknown) = allow.keys().find(|key| !KEYS.contains(&key.as_str())) {
            bail!("{}: unknown permission \"nodule.allow.{unknown}\" (known: {})", source.display(), KEYS.join(", "));
        }
        let list = |key: &str| -> anyhow::Result<Vec<String>> {
            let Some(value) = allow.get(key) else { return Ok(Vec::new()) };
            let items = value.as_array().map(|items| items.iter().map(|item| item.as_str().map(str::to_owned)).collect::<Option<Vec<_>>>());
            match items {
                Some(Some(items)) if items.iter().all(|item| !item.is_empty()) => Ok(items),
                _ => bail!("{}: \"nodule.allow.{key}\" must be a list of non-empty strings", source.display()),
            }
        };
        let root = source.parent().unwrap_or(Path::new("/")).to_path_buf();
        let paths = |key: &str| -> anyhow::Result<Vec<PathBuf>> { Ok(list(key)?.into_iter().map(|p| root.join(p)).collect()) };
        // Entries are checked here as the command line's are, so that a refusal names this file.
        let net = list("net")?;
        if let Some(why) = net.iter().find_map(|entry| NetGrant::parse(entry).err()) {
            bail!("{}: \"nodule.allow.net\": {why}", source.display());
        }
        let env = list("env")?;
        if let Err(why) = EnvGrant::parse(env.clone()) {
            bail!("{}: \"nodule.allow.env\": {why}", source.display());
        }
        Ok(ProjectGrants { fs_read: paths("fs-read")?, fs_write: paths("fs-write")?, net, env, source })
    }

    /// The grants as the flags that would give them, for the line printed at start.
    pub fn describe(&self) -> String {
        let join_paths = |paths: &[PathBuf]| paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(",");
        let flags = [
            ("--allow-fs-read", join_paths(&self.fs_read)),
            ("--allow-fs-write", join_paths(&self.fs_write)),
            ("--allow-net", self.net.join(",")),
            ("--allow-env", self.env.join(",")),
        ];
        flags.iter().filter(|(_, value)| !value.is_empty()).map(|(flag, value)| format!("{flag}={value}")).collect::<Vec<_>>().join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn project(json: &str) -> (PathBuf, anyhow::Result<Option<ProjectGrants>>) {
        static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("nodule-project-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("src")).unwrap();
        std::fs::write(dir.join("package.json"), json).unwrap();
        let found = ProjectGrants::find(&dir.join("src"));
        (dir, found)
    }

    #[test]
    fn grants_are_read_from_the_nearest_package_json_relative_to_it() {
        let (dir, found) =
            project(r#"{"nodule":{"allow":{"fs-read":["data"],"fs-write":["out"],"net":["localhost:8080"],"env":["HOME"]}}}"#);
        let grants = found.unwrap().unwrap();
        assert_eq!(grants.fs_read, vec![dir.join("data")]);
        assert_eq!(grants.fs_write, vec![dir.join("out")]);
        assert_eq!(grants.net, vec!["localhost:8080"]);
        assert_eq!(grants.env, vec!["HOME"]);
        assert_eq!(
            grants.describe(),
            format!(
                "--allow-fs-read={} --allow-fs-write={} --allow-net=localhost:8080 --allow-env=HOME",
                dir.join("data").display(),
                dir.join("out").display()
            )
        );
    }

    #[test]
    fn a_package_without_grants_declares_nothing() {
        assert_eq!(project(r#"{"name":"x"}"#).1.unwrap(), None);
        assert_eq!(project("not json").1.unwrap(), None);
    }

    #[test]
    fn malformed_grants_are_refused() {
        assert!(project(r#"{"nodule":{"allow":{"fs-wirte":["out"]}}}"#).1.is_err());
        assert!(project(r#"{"nodule":{"allow":{"net":"localhost"}}}"#).1.is_err());
        assert!(project(r#"{"nodule":{"allow":{"net":[""]}}}"#).1.is_err());
        assert!(project(r#"{"nodule":{"allow":[]}}"#).1.is_err());
    }

    #[test]
    fn malformed_entries_are_refused_naming_the_file() {
        // Found by fuzz/fuzz_targets/project_grants.rs: these were refused later, as
        // command-line flags the user never gave, without naming the package.json.
        for allow in [r#"{"net":["localhost:http"]}"#, r#"{"net":["[::1]8080"]}"#, r#"{"env":["A=B"]}"#] {
            let (dir, found) = project(&format!(r#"{{"nodule":{{"allow":{allow}}}}}"#));
            let error = found.unwrap_err().to_string();
            assert!(error.starts_with(&dir.join("package.json").display().to_string()), "{error}");
        }
    }
}
