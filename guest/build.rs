//! Embeds every file of `js-lib/` in the guest: generates `builtins.rs`, a table of
//! (module id, source) where the id is the path under `js-lib/` without `.js`.
//! The npm packages `js-deps/package.json` depends on (installed by `make` with
//! `npm ci`) are embedded too, as `internal/deps/<package>/<path>`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, root: &Path, prefix: &str, out: &mut Vec<(String, PathBuf)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).expect("read js-lib").map(|e| e.unwrap().path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(&path, root, prefix, out);
        } else if path.extension().is_some_and(|e| e == "js") {
            let id = path.strip_prefix(root).unwrap().with_extension("");
            out.push((format!("{prefix}{}", id.to_str().unwrap().replace('\\', "/")), path));
        }
    }
}

/// The names under "dependencies" in js-deps/package.json.
fn bundled_packages(deps: &Path) -> Vec<String> {
    let manifest = std::fs::read_to_string(deps.join("package.json")).expect("js-deps/package.json");
    let manifest: serde_json::Value = serde_json::from_str(&manifest).expect("js-deps/package.json is JSON");
    manifest["dependencies"].as_object().map(|deps| deps.keys().cloned().collect()).unwrap_or_default()
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../js-lib").canonicalize().expect("js-lib folder");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut modules = Vec::new();
    collect(&root, &root, "", &mut modules);
    let deps = root.join("../js-deps");
    println!("cargo:rerun-if-changed={}", deps.join("package-lock.json").display());
    for package in bundled_packages(&deps) {
        let dir = deps.join("node_modules").join(&package);
        assert!(dir.is_dir(), "{} is missing: `make` installs js-deps with npm ci", dir.display());
        collect(&dir, &dir, &format!("internal/deps/{package}/"), &mut modules);
    }
    let mut table = String::from("pub static BUILTINS: &[(&str, &str)] = &[\n");
    for (id, path) in &modules {
        println!("cargo:rerun-if-changed={}", path.display());
        writeln!(table, "    ({id:?}, include_str!({:?})),", path.display().to_string()).unwrap();
    }
    table.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("builtins.rs");
    std::fs::write(out, table).unwrap();
}
