//! `--allow-env` (`EnvGrant::parse`, `EnvGrant::allows`, `EnvGrant::visible`):
//!
//! - no names grants every variable; names are refused when one is empty or holds
//!   `=`, with an error that quotes it; otherwise exactly those names are granted;
//! - a grant of names allows a variable only under a name it holds, byte for byte
//!   (no case folding, no prefixes), and shows the program only those variables,
//!   with the host's values.
//!
//! Input: UTF-8 text. Its first line is the `--allow-env` value (names separated by
//! commas; an empty line is the bare flag); each further line is a name a program
//! asks about.

#![no_main]

use libfuzzer_sys::fuzz_target;

// Only the environment grant is exercised here; the file's other items are unused.
#[allow(dead_code)]
#[path = "../../host/src/permissions.rs"]
mod permissions;

// Where permissions.rs finds its lexical path handling in the host.
#[path = "../../host/src/fs/paths.rs"]
mod paths;
mod fs {
    pub(crate) use super::paths;
}

use permissions::EnvGrant;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut lines = text.split('\n');
    let first = lines.next().unwrap_or_default();
    let names: Vec<String> = if first.is_empty() { Vec::new() } else { first.split(',').map(str::to_owned).collect() };
    let asked: Vec<&str> = lines.take(16).collect();

    assert!(!EnvGrant::Nothing.allows(None) && asked.iter().all(|name| !EnvGrant::Nothing.allows(Some(name))));
    let bad = names.iter().find(|name| name.is_empty() || name.contains('='));
    let grant = match (EnvGrant::parse(names.clone()), bad) {
        (Err(why), Some(bad)) => return assert!(why.contains(&format!("{bad:?}")), "the refusal of {bad:?} does not quote it: {why}"),
        (Ok(grant), None) => grant,
        (parsed, bad) => panic!("{names:?}: the host reads {parsed:?}, first bad name {bad:?}"),
    };
    if names.is_empty() {
        assert!(grant.is_all() && grant.allows(None) && asked.iter().all(|name| grant.allows(Some(name))));
        return;
    }
    assert!(!grant.is_all() && grant.allows(None));
    let near_misses = names
        .iter()
        .flat_map(|name| [name.to_ascii_lowercase(), name.to_ascii_uppercase(), format!("{name}_"), name.chars().skip(1).collect()]);
    for name in asked.iter().map(|name| name.to_string()).chain(names.iter().cloned()).chain(near_misses) {
        assert_eq!(grant.allows(Some(&name)), names.contains(&name), "{name:?} under {names:?}");
    }
    for (name, value) in grant.visible() {
        assert!(names.contains(&name), "{name} is shown under {names:?}");
        assert_eq!(std::env::var(&name).ok(), Some(value), "{name} is shown with another value");
    }
});
