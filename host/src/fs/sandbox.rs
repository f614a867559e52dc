//! Confines guest paths to the granted directories. A guest path is absolute; it is
//! normalized lexically, matched to the longest granted root, and opened relative to
//! that root's `cap_std::fs::Dir`, which refuses `..`, absolute symlinks and symlinks
//! that lead outside it.

use std::collections::HashMap;
use std::os::fd::AsFd;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use cap_std::ambient_authority;
use cap_std::fs::Dir;

use super::ops::Done;
use super::paths::normalize;
use crate::bindings::fs::Response;
use crate::bindings::types::ErrorCode;
use crate::errno::error_code;
use crate::io::buffers::BufferBudget;
use crate::permissions::Permissions;

/// What an operation needs from a grant.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Access {
    Read,
    Write,
}

struct Grant {
    root: PathBuf,
    dir: Dir,
    writable: bool,
}

/// An open file, and whether it was opened inside a write grant: only then may its
/// descriptor change the file's mode or times (`fchmod`, `futimes`), as its path could.
struct Descriptor {
    file: Arc<std::fs::File>,
    in_write_grant: bool,
}

pub struct FileSystem {
    grants: Vec<Grant>,
    /// Open files by descriptor; files opened inside a grant stay usable after it.
    descriptors: HashMap<u32, Descriptor>,
    next_descriptor: u32,
    /// What read buffers are held against until the guest takes them.
    pub budget: Arc<BufferBudget>,
    /// Under `--watch`: the program's module files read whole so far (`watch.rs`).
    pub read_modules: Option<crate::watch::ReadModules>,
}

impl FileSystem {
    pub fn new(permissions: &Permissions, budget: Arc<BufferBudget>) -> anyhow::Result<Self> {
        let mut grants = Vec::new();
        let granted = permissions.fs_read.iter().map(|p| (p, false)).chain(permissions.fs_write.iter().map(|p| (p, true)));
        for (path, writable) in granted {
            // A grant of a path that does not exist grants nothing, as in Node's permission model.
            let Ok(root) = path.canonicalize() else { continue };
            let dir =
                Dir::open_ambient_dir(&root, ambient_authority()).map_err(|e| anyhow::anyhow!("cannot grant {}: {e}", root.display()))?;
            grants.push(Grant { root, dir, writable });
        }
        // Longest roots first, so the most specific grant wins.
        grants.sort_by_key(|g| std::cmp::Reverse(g.root.as_os_str().len()));
        // Descriptors 0-2 are stdio, as in Node. Descriptor 0 reads the host's standard
        // input (`fs.readSync(0)`, `process.stdin`); output goes through WASI's stdio.
        let mut descriptors = HashMap::new();
        if let Ok(stdin) = std::io::stdin().as_fd().try_clone_to_owned() {
            descriptors.insert(0, Descriptor { file: Arc::new(std::fs::File::from(stdin)), in_write_grant: false });
        }
        Ok(FileSystem { grants, descriptors, next_descriptor: 3, budget, read_modules: None })
    }

    /// Takes descriptor 0 away: reading it fails as a closed descriptor does.
    pub fn close_stdin(&mut self) {
        self.descriptors.remove(&0);
    }

    /// The response for finished work, numbering a newly opened file here, on the
    /// instance's thread.
    pub fn finish(&mut self, done: Done) -> Response {
        match done {
            Done::Response(response) => response,
            Done::Read(bytes, _released_now) => Response::Bytes(bytes),
            Done::Opened(file, in_write_grant) => {
                let fd = self.next_descriptor;
                self.next_descriptor += 1;
                self.descriptors.insert(fd, Descriptor { file: Arc::new(file), in_write_grant });
                Response::Fd(fd)
            }
        }
    }

    pub fn descriptor_count(&self) -> usize {
        self.descriptors.len()
    }

    pub fn descriptor(&self, fd: u32) -> Result<Arc<std::fs::File>, ErrorCode> {
        self.descriptors.get(&fd).map(|descriptor| descriptor.file.clone()).ok_or(ErrorCode::Ebadf)
    }

    /// A descriptor whose file lies inside a write grant.
    pub fn writable_descriptor(&self, fd: u32) -> Result<Arc<std::fs::File>, ErrorCode> {
        let descriptor = self.descriptors.get(&fd).ok_or(ErrorCode::Ebadf)?;
        if descriptor.in_write_grant { Ok(descriptor.file.clone()) } else { Err(ErrorCode::AccessDenied) }
    }

    pub fn remove_descriptor(&mut self, fd: u32) -> Result<(), ErrorCode> {
        self.descriptors.remove(&fd).map(drop).ok_or(ErrorCode::Ebadf)
    }

    /// The granted directory holding `path`, the path relative to it, and its root.
    pub fn resolve(&self, path: &str, access: Access) -> Result<Resolved<'_>, ErrorCode> {
        let path = normalize(Path::new(path)).ok_or(ErrorCode::AccessDenied)?;
        let grant = self
            .grants
            .iter()
            .filter(|g| access == Access::Read || g.writable)
            .find(|g| path.starts_with(&g.root))
            .ok_or(ErrorCode::AccessDenied)?;
        let relative = path.strip_prefix(&grant.root).expect("checked by starts_with");
        Ok(Resolved {
            dir: grant.dir.try_clone().map_err(|e| error_code(&e))?,
            relative: if relative.as_os_str().is_empty() { PathBuf::from(".") } else { relative.to_path_buf() },
            root: &grant.root,
        })
    }
}

/// A guest path inside a grant.
pub struct Resolved<'a> {
    pub dir: Dir,
    pub relative: PathBuf,
    pub root: &'a Path,
}
