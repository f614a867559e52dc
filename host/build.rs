//! The host embeds the exact guest it was built with. `make` builds and
//! pre-initializes the guest first, then this picks it up; a changed guest file
//! rebuilds the host, so a stale guest is never used.

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-env-changed=NODULE_GUEST");
    let guest = match std::env::var_os("NODULE_GUEST") {
        Some(path) => PathBuf::from(path),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/guest/nodule-guest.wasm"),
    };
    let guest = guest.canonicalize().unwrap_or_else(|_| {
        panic!("the guest component {} is missing: build with `make build`, which makes it first", guest.display())
    });
    println!("cargo:rerun-if-changed={}", guest.display());
    println!("cargo:rustc-env=NODULE_GUEST_PATH={}", guest.display());
    let bytes = std::fs::read(&guest).expect("read the guest component");
    let mut hasher = std::hash::DefaultHasher::new();
    std::hash::Hash::hash(&bytes, &mut hasher);
    println!("cargo:rustc-env=NODULE_GUEST_HASH={:016x}", std::hash::Hasher::finish(&hasher));
}
