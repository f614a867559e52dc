//! What one instance is allowed to reach. Nothing is reachable unless granted here.

use std::path::PathBuf;

#[derive(Clone, Debug, Default)]
pub struct Permissions {
    /// Directory trees the program may read.
    pub fs_read: Vec<PathBuf>,
    /// Directory trees the program may write (and read).
    pub fs_write: Vec<PathBuf>,
    /// Whether the host's environment variables are visible.
    pub env: bool,
}

impl Permissions {
    /// Every capability the host has: the whole file system and the environment.
    pub fn all() -> Self {
        Permissions { fs_read: vec![], fs_write: vec![PathBuf::from("/")], env: true }
    }
}
