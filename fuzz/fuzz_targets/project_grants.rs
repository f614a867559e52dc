//! `ProjectGrants::parse` of a package.json's `nodule.allow` value (host/src/project.rs):
//!
//! - it is accepted exactly when it is an object whose keys are `fs-read`, `fs-write`,
//!   `net` and `env`, each a list of non-empty strings, whose `net` entries are
//!   `--allow-net` entries and whose `env` entries are variable names; every refusal
//!   starts with the package.json's path, so it names the file;
//! - lists come out in order, one grant per entry; `net` and `env` verbatim;
//! - a path is the entry joined to the package.json's folder: a relative entry without
//!   `..` stays inside that folder's tree; an absolute entry stands for itself and
//!   `..` may climb out. That is what it does by design: the user reads what a project
//!   grants on stderr at every start, and `--no-project-permissions` ignores it.
//!
//! Input: UTF-8 text. Its first line is the package.json's path; the rest is the JSON
//! of the `allow` value.

#![no_main]

use std::path::{Component, Path, PathBuf};

use libfuzzer_sys::fuzz_target;
use serde_json::Value;

// `find` reads files: only `parse` is exercised here.
#[allow(dead_code)]
#[path = "../../host/src/project.rs"]
mod project;

// What project.rs checks its entries with; the files' other items are unused here.
#[allow(dead_code)]
#[path = "../../host/src/permissions.rs"]
mod permissions;

#[path = "../../host/src/fs/paths.rs"]
mod paths;
mod fs {
    pub(crate) use super::paths;
}

use permissions::{EnvGrant, NetGrant};
use project::ProjectGrants;

const KEYS: [&str; 4] = ["fs-read", "fs-write", "net", "env"];

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (source, json) = text.split_once('\n').unwrap_or((text, "{}"));
    let Ok(allow) = serde_json::from_str::<Value>(json) else { return };
    let source = PathBuf::from(source);

    let valid = is_valid(&allow);
    let grants = match ProjectGrants::parse(source.clone(), &allow) {
        Ok(grants) => grants,
        Err(error) => {
            assert!(!valid, "{allow} is refused: {error:#}");
            let message = format!("{error:#}");
            assert!(message.starts_with(&source.display().to_string()), "the refusal does not name {source:?}: {message}");
            return;
        }
    };
    assert!(valid, "{allow} is accepted as {grants:?}");
    assert_eq!(grants.source, source);

    let root = source.parent().unwrap_or(Path::new("/"));
    let list = |key: &str| -> Vec<String> {
        allow
            .get(key)
            .and_then(Value::as_array)
            .map_or_else(Vec::new, |items| items.iter().map(|i| i.as_str().unwrap().to_owned()).collect())
    };
    assert_eq!(grants.net, list("net"));
    assert_eq!(grants.env, list("env"));
    for (key, paths) in [("fs-read", &grants.fs_read), ("fs-write", &grants.fs_write)] {
        let entries = list(key);
        assert_eq!(paths.len(), entries.len());
        for (entry, path) in entries.iter().zip(paths) {
            assert_eq!(*path, root.join(entry));
            let entry = Path::new(entry);
            if entry.is_absolute() {
                assert_eq!(path, entry, "the absolute {entry:?} stands for itself");
            } else if !entry.components().any(|c| c == Component::ParentDir)
                && let (Some(path), Some(root)) = (paths::normalize(path), paths::normalize(root))
            {
                assert!(path.starts_with(&root), "{entry:?} of {source:?} left its folder for {path:?}");
            }
        }
    }
    let nothing = grants.fs_read.is_empty() && grants.fs_write.is_empty() && grants.net.is_empty() && grants.env.is_empty();
    assert_eq!(grants.describe().is_empty(), nothing, "{grants:?} described as {:?}", grants.describe());
});

/// What the host must accept: known keys, each a list of non-empty strings, whose net
/// entries and variable names the command line would take.
fn is_valid(allow: &Value) -> bool {
    let Some(allow) = allow.as_object() else { return false };
    let strings = |value: &Value| -> Option<Vec<String>> {
        value.as_array()?.iter().map(|item| item.as_str().filter(|s| !s.is_empty()).map(str::to_owned)).collect()
    };
    allow.iter().all(|(key, value)| {
        KEYS.contains(&key.as_str())
            && strings(value).is_some_and(|items| match key.as_str() {
                "net" => items.iter().all(|entry| NetGrant::parse(entry).is_ok()),
                "env" => items.is_empty() || EnvGrant::parse(items).is_ok(),
                _ => true,
            })
    })
}
