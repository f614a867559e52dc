//! The `fs` interface: files inside the granted directories only.

mod sandbox;

use std::time::UNIX_EPOCH;

pub use sandbox::FileSystem;
use sandbox::{error_code, Access};

use crate::bindings::completions::{OpId, Outcome};
use crate::bindings::fs::{FileKind, FileStat, Host};
use crate::bindings::types::ErrorCode;
use crate::state::InstanceState;

fn file_stat(metadata: &cap_std::fs::Metadata) -> FileStat {
    let file_type = metadata.file_type();
    let kind = if file_type.is_file() {
        FileKind::File
    } else if file_type.is_dir() {
        FileKind::Directory
    } else if file_type.is_symlink() {
        FileKind::Symlink
    } else {
        FileKind::Other
    };
    let mtime_ms = metadata
        .modified()
        .ok()
        .and_then(|t| t.into_std().duration_since(UNIX_EPOCH).ok())
        .map_or(0.0, |d| d.as_secs_f64() * 1000.0);
    FileStat { kind, size: metadata.len(), mtime_ms }
}

impl Host for InstanceState {
    fn read_file(&mut self, path: String) -> Result<Vec<u8>, ErrorCode> {
        let resolved = self.files.resolve(&path, Access::Read)?;
        resolved.dir.read(&resolved.relative).map_err(|e| error_code(&e))
    }

    fn read_file_start(&mut self, path: String) -> OpId {
        match self.files.resolve(&path, Access::Read) {
            Ok(resolved) => {
                let (dir, relative) = (resolved.dir, resolved.relative);
                self.completions.start_blocking(move || match dir.read(&relative) {
                    Ok(bytes) => Outcome::Bytes(bytes),
                    Err(e) => Outcome::Failed(error_code(&e)),
                })
            }
            Err(code) => self.completions.complete_now(Outcome::Failed(code)),
        }
    }

    fn stat(&mut self, path: String) -> Result<FileStat, ErrorCode> {
        let resolved = self.files.resolve(&path, Access::Read)?;
        resolved.dir.metadata(&resolved.relative).map(|m| file_stat(&m)).map_err(|e| error_code(&e))
    }

    fn realpath(&mut self, path: String) -> Result<String, ErrorCode> {
        let resolved = self.files.resolve(&path, Access::Read)?;
        let real = resolved.dir.canonicalize(&resolved.relative).map_err(|e| error_code(&e))?;
        Ok(resolved.root.join(real).to_string_lossy().into_owned())
    }
}
