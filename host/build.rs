//! The host embeds the exact guest component it was built with, and records the
//! fingerprint of the same guest compiled to native code, which `make` puts beside the
//! binary (`src/compiled_guest.rs`). `make` builds, pre-initializes and compiles the
//! guest first; a changed guest rebuilds the host, so a stale guest is never used.

use std::path::PathBuf;

#[path = "src/compiled_guest.rs"]
mod compiled_guest;

/// The build artifact named by `variable`, or its default place under `target/guest/`.
fn artifact(variable: &str, file_name: &str) -> PathBuf {
    println!("cargo:rerun-if-env-changed={variable}");
    let path = match std::env::var_os(variable) {
        Some(path) => PathBuf::from(path),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/guest").join(file_name),
    };
    let path = path
        .canonicalize()
        .unwrap_or_else(|_| panic!("the guest {} is missing: build with `make build`, which makes it first", path.display()));
    println!("cargo:rerun-if-changed={}", path.display());
    path
}

fn main() {
    let guest = artifact("NODULE_GUEST", "nodule-guest.wasm");
    println!("cargo:rustc-env=NODULE_GUEST_PATH={}", guest.display());
    for (suffix, file_name) in [("", compiled_guest::FILE_NAME), ("_UNINTERRUPTIBLE", compiled_guest::UNINTERRUPTIBLE_FILE_NAME)] {
        let compiled = artifact(&format!("NODULE_GUEST_COMPILED{suffix}"), file_name);
        let fingerprint = compiled_guest::fingerprint(&compiled).expect("read the compiled guest");
        println!("cargo:rustc-env=NODULE_GUEST_FINGERPRINT{suffix}={fingerprint:016x}");
    }
}
