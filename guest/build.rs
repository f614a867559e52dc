//! Embeds every file of `js-lib/` in the guest: generates `builtins.rs`, a table of
//! (module id, source) where the id is the path under `js-lib/` without `.js`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, root: &Path, out: &mut Vec<(String, PathBuf)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).expect("read js-lib").map(|e| e.unwrap().path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(&path, root, out);
        } else if path.extension().is_some_and(|e| e == "js") {
            let id = path.strip_prefix(root).unwrap().with_extension("");
            out.push((id.to_str().unwrap().replace('\\', "/"), path));
        }
    }
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../js-lib").canonicalize().expect("js-lib folder");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut modules = Vec::new();
    collect(&root, &root, &mut modules);
    let mut table = String::from("pub static BUILTINS: &[(&str, &str)] = &[\n");
    for (id, path) in &modules {
        println!("cargo:rerun-if-changed={}", path.display());
        writeln!(table, "    ({id:?}, include_str!({:?})),", path.display().to_string()).unwrap();
    }
    table.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("builtins.rs");
    std::fs::write(out, table).unwrap();
}
