//! Lexical path handling. It is plain std code, apart from the sandbox (whose module
//! needs the wasmtime bindings), so that the fuzz targets (`fuzz/`) can include this
//! file on its own.

use std::path::{Component, Path, PathBuf};

/// Resolves `.` and `..` lexically, as Node's `path.resolve` does; `None` for a relative path.
pub fn normalize(path: &Path) -> Option<PathBuf> {
    if !path.is_absolute() {
        return None;
    }
    let mut normal = PathBuf::from("/");
    for component in path.components() {
        match component {
            Component::ParentDir => {
                normal.pop();
            }
            Component::Normal(part) => normal.push(part),
            Component::RootDir | Component::CurDir | Component::Prefix(_) => {}
        }
    }
    Some(normal)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dots_are_resolved_and_never_climb_above_the_root() {
        let normal = |path: &str| normalize(Path::new(path)).map(|p| p.to_string_lossy().into_owned());
        assert_eq!(normal("/a/./b/../c/"), Some("/a/c".into()));
        assert_eq!(normal("//a//b"), Some("/a/b".into()));
        assert_eq!(normal("/../../etc"), Some("/etc".into()));
        assert_eq!(normal("/.."), Some("/".into()));
        assert_eq!(normal("a/b"), None);
        assert_eq!(normal(""), None);
    }
}
