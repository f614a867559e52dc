//! The `fs` interface: files inside the granted directories only. Each request is
//! checked against the grants on the instance's thread, then run inline (`call`) or
//! on tokio's blocking pool (`start`).

mod ops;
pub(crate) mod paths;
mod sandbox;

pub use sandbox::{Access, FileSystem};

use crate::bindings::completions::Outcome;
use crate::bindings::fs::{Host, Request, Response};
use crate::bindings::types::{ErrorCode, OpId};
use crate::io::completions::Finished;
use crate::state::InstanceState;

impl Host for InstanceState {
    fn call(&mut self, request: Request) -> Result<Response, ErrorCode> {
        let done = self.files.prepare(request)?.run()?;
        Ok(self.files.finish(done))
    }

    fn start(&mut self, request: Request) -> OpId {
        match self.files.prepare(request) {
            Ok(work) => self.completions.start_blocking(move || match work.run() {
                Ok(done) => Finished::on_instance(move |state| Outcome::Fs(state.files.finish(done))),
                Err(code) => Outcome::Failed(code).into(),
            }),
            Err(code) => self.completions.complete_now(Outcome::Failed(code)),
        }
    }
}

#[cfg(test)]
mod tests {
    //! The `fs` boundary with hostile values, without a guest.

    use std::path::{Path, PathBuf};

    use super::*;
    use crate::bindings::fs::OpenMode;
    use crate::limits::Limits;
    use crate::permissions::Permissions;

    /// A folder with `readonly/file.txt` (read grant) and `out/` (write grant).
    fn layout(name: &str) -> PathBuf {
        let root = std::env::temp_dir().join(format!("nodule-fs-boundary-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(root.join("readonly")).unwrap();
        std::fs::create_dir_all(root.join("out")).unwrap();
        std::fs::write(root.join("readonly/file.txt"), "original").unwrap();
        root
    }

    fn state(root: &Path, limits: Limits) -> InstanceState {
        let permissions = Permissions { fs_read: vec![root.join("readonly")], fs_write: vec![root.join("out")], ..Permissions::default() };
        InstanceState::new(&permissions, limits, crate::state::Stdio::Inherit).unwrap()
    }

    fn path(root: &Path, rel: &str) -> String {
        root.join(rel).to_string_lossy().into_owned()
    }

    #[test]
    fn unknown_descriptors_are_ebadf() {
        let root = layout("descriptors");
        let mut state = state(&root, Limits::default());
        for request in [
            Request::Read((9999, u64::MAX, None)),
            Request::Write((9999, vec![1, 2, 3], Some(u64::MAX))),
            Request::Fstat(u32::MAX),
            Request::Ftruncate((7, u64::MAX)),
            Request::Close(12345),
        ] {
            assert_eq!(Host::call(&mut state, request).err(), Some(ErrorCode::Ebadf));
        }
    }

    #[test]
    fn a_huge_read_length_allocates_what_the_file_holds() {
        let root = layout("huge-length");
        let mut state = state(&root, Limits::default());
        let mode = OpenMode { read: true, write: false, append: false, create: false, truncate: false, exclusive: false };
        let Ok(Response::Fd(fd)) = Host::call(&mut state, Request::Open((path(&root, "readonly/file.txt"), mode, 0o644))) else {
            panic!("open")
        };
        let read = Host::call(&mut state, Request::Read((fd, u64::MAX, Some(0))));
        assert!(matches!(read, Ok(Response::Bytes(bytes)) if bytes == b"original"));
        let past_the_end = Host::call(&mut state, Request::Read((fd, u64::MAX, Some(1 << 40))));
        assert!(matches!(past_the_end, Ok(Response::Bytes(bytes)) if bytes.is_empty()));
        assert_eq!(Host::call(&mut state, Request::Read((fd, 1, Some(u64::MAX)))).err(), Some(ErrorCode::Einval));
    }

    #[test]
    fn a_sparse_terabyte_is_too_large_before_anything_is_read() {
        let root = layout("sparse");
        let mut state = state(&root, Limits::default());
        std::fs::File::create(root.join("out/huge")).unwrap().set_len(1 << 40).unwrap();
        assert_eq!(Host::call(&mut state, Request::ReadFile(path(&root, "out/huge"))).err(), Some(ErrorCode::Efbig));
        std::fs::remove_file(root.join("out/huge")).unwrap();
    }

    #[test]
    fn reads_past_the_buffer_budget_are_refused() {
        let root = layout("budget");
        // A 1 MiB memory limit gives a 2 MiB budget.
        let mut state = state(&root, Limits { max_memory_mib: Some(1), ..Limits::default() });
        std::fs::write(root.join("out/big"), vec![7u8; 3 << 20]).unwrap();
        assert_eq!(Host::call(&mut state, Request::ReadFile(path(&root, "out/big"))).err(), Some(ErrorCode::Enomem));
        std::fs::write(root.join("out/small"), vec![7u8; 1 << 20]).unwrap();
        assert!(
            matches!(Host::call(&mut state, Request::ReadFile(path(&root, "out/small"))), Ok(Response::Bytes(b)) if b.len() == 1 << 20)
        );
    }

    #[test]
    fn a_hard_link_needs_write_access_to_its_original() {
        let root = layout("link");
        let mut state = state(&root, Limits::default());
        let link = Request::Link((path(&root, "readonly/file.txt"), path(&root, "out/link.txt")));
        assert_eq!(Host::call(&mut state, link).err(), Some(ErrorCode::AccessDenied));
        assert!(!root.join("out/link.txt").exists());
        std::fs::write(root.join("out/own.txt"), "mine").unwrap();
        let own = Request::Link((path(&root, "out/own.txt"), path(&root, "out/own-link.txt")));
        assert!(Host::call(&mut state, own).is_ok());
    }
}
