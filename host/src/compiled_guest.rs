//! The guest compiled to native code lives beside the `nodule` binary, as files the
//! build puts there (`make`): one with epoch checks, one without (`Interruption`). It is read from there only: native code must never come
//! from a place a program could be granted to write (such as a cache under `$HOME`),
//! and whoever can write the binary's own folder can replace the binary itself.
//! Mapping the file, rather than embedding it, lets the kernel share its pages between
//! runs and lets wasmtime map the guest's memory image straight from it.
//!
//! This file is compiled twice: into `build.rs`, which records the fingerprint of the
//! file the build made, and into the host, which checks it before loading, so a file
//! left from another build is never run.

use std::fs::File;
use std::hash::{Hash, Hasher};
use std::io::{self, Read, Seek, SeekFrom};
use std::path::Path;

/// The files' names, in the folder of the `nodule` binary: the guest compiled with
/// epoch checks, and without.
pub const FILE_NAME: &str = "nodule-guest.cwasm";
pub const UNINTERRUPTIBLE_FILE_NAME: &str = "nodule-guest-uninterruptible.cwasm";

/// How much of each end of the file the fingerprint reads: the header and the tail,
/// where a different build differs, without reading the whole file at every start.
const SAMPLE: u64 = 64 << 10;

/// A fingerprint of the file at `path`: its length and the bytes at both ends.
pub fn fingerprint(path: &Path) -> io::Result<u64> {
    let mut file = File::open(path)?;
    let length = file.metadata()?.len();
    let mut hasher = std::hash::DefaultHasher::new();
    length.hash(&mut hasher);
    let mut sample = Vec::new();
    (&mut file).take(SAMPLE).read_to_end(&mut sample)?;
    file.seek(SeekFrom::Start(length.saturating_sub(SAMPLE)))?;
    file.read_to_end(&mut sample)?;
    sample.hash(&mut hasher);
    Ok(hasher.finish())
}
