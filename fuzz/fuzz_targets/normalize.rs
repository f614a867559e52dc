//! The lexical `normalize` of a guest path (host/src/fs/paths.rs), which decides the
//! granted root a path falls under before cap-std opens it there:
//!
//! - a relative path is refused; an absolute one comes out absolute, with no `.`,
//!   `..` or empty components, and normalizing it again changes nothing;
//! - it is what Node's `path.resolve` makes of the path (a model on bytes here: `.`
//!   and empty parts dropped, `..` drops the part before it, never climbing above `/`);
//! - a granted root it `starts_with` is a whole-component prefix of it (`/data` is not
//!   under `/dat`), and what is left below the root has only plain names, so it cannot
//!   leave the root's directory;
//! - a path written below a root whose `..`s never climb above that root stays under it.
//!
//! Input: bytes. Its first line is a path; each further line a granted root (kept
//! when absolute, normalized as the host's canonical roots are). The root's ancestors
//! and near misses (`/a/b` against `/a/bc`) are tried too.

#![no_main]

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::{Component, Path, PathBuf};

use libfuzzer_sys::fuzz_target;

#[path = "../../host/src/fs/paths.rs"]
mod paths;

use paths::normalize;

fuzz_target!(|data: &[u8]| {
    let mut lines = data.split(|&b| b == b'\n');
    let path = lines.next().unwrap_or_default();
    let written = Path::new(OsStr::from_bytes(path));

    let Some(normal) = normalize(written) else {
        assert!(!path.starts_with(b"/"), "{written:?} is absolute but refused");
        return;
    };
    assert!(path.starts_with(b"/"), "{written:?} is relative but accepted as {normal:?}");
    assert_eq!(normal.as_os_str().as_bytes(), model(path), "{written:?}");
    let mut components = normal.components();
    assert_eq!(components.next(), Some(Component::RootDir), "{normal:?}");
    assert!(components.all(|c| matches!(c, Component::Normal(_))), "{normal:?} keeps a dot or `..`");
    assert_eq!(normalize(&normal).as_ref(), Some(&normal), "normalizing {normal:?} again changes it");

    let mut roots: Vec<PathBuf> = lines.take(8).filter_map(|root| normalize(Path::new(OsStr::from_bytes(root)))).collect();
    roots.extend(normal.ancestors().map(Path::to_path_buf));
    let near_misses: Vec<PathBuf> = roots
        .iter()
        .filter_map(|root| {
            let mut name = root.file_name()?.to_os_string();
            name.push("x");
            Some(root.with_file_name(name))
        })
        .collect();
    roots.extend(near_misses);

    for root in &roots {
        let under = normal.starts_with(root);
        let (normal_bytes, root_bytes) = (normal.as_os_str().as_bytes(), root.as_os_str().as_bytes());
        let prefix = root_bytes == b"/" || normal_bytes == root_bytes || normal_bytes.starts_with(&[root_bytes, b"/"].concat());
        assert_eq!(under, prefix, "{normal:?} under {root:?}");
        if under {
            let relative = normal.strip_prefix(root).expect("under the root");
            assert!(relative.components().all(|c| matches!(c, Component::Normal(_))), "{relative:?} below {root:?}");
            assert_eq!(root.join(relative), normal);
        }
        // The path as written below the root: it stays there unless a `..` climbs past it.
        let below = [root_bytes, b"/", path].concat();
        if stays_below(path) {
            let below = normalize(Path::new(OsStr::from_bytes(&below))).expect("absolute");
            assert!(below.starts_with(root), "{root:?} + {written:?} left the root for {below:?}");
        }
    }
});

/// Node's `path.resolve` of an absolute path, on bytes.
fn model(path: &[u8]) -> Vec<u8> {
    let mut parts: Vec<&[u8]> = Vec::new();
    for part in path.split(|&b| b == b'/') {
        match part {
            b"" | b"." => {}
            b".." => {
                parts.pop();
            }
            part => parts.push(part),
        }
    }
    if parts.is_empty() {
        return b"/".to_vec();
    }
    parts.iter().flat_map(|part| [b"/".as_slice(), part]).flatten().copied().collect()
}

/// Whether no `..` of `path`, read from where it starts, climbs above that place.
fn stays_below(path: &[u8]) -> bool {
    let mut depth = 0usize;
    for part in path.split(|&b| b == b'/') {
        match part {
            b"" | b"." => {}
            b".." => match depth.checked_sub(1) {
                Some(up) => depth = up,
                None => return false,
            },
            _ => depth += 1,
        }
    }
    true
}
