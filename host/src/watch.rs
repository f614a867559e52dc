//! `--watch`: run the program, and run it again whenever one of its module files
//! changes, as node's watch mode does. The files are those the program read whole with
//! a module's extension (the loader reads every module so); node watches exactly the
//! modules it loaded, so a data file with such an extension read by the program also
//! restarts it here.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use crate::bindings::process::Invocation;
use crate::engine::NoduleEngine;
use crate::limits::Limits;
use crate::permissions::Permissions;
use crate::state::{InstanceState, Stdio};

/// How often the watched files are looked at.
const POLL: Duration = Duration::from_millis(100);

/// The module files a run read, each with its version when it was about to be read, shared between the instance and the watcher.
#[derive(Clone, Default)]
pub struct ReadModules(Arc<Mutex<Vec<ReadModule>>>);

/// A file read, and its version then (`None`: it could not be looked at).
type ReadModule = (PathBuf, Option<Version>);

impl ReadModules {
    pub fn note(&self, path: &str) {
        let path = Path::new(path);
        let module = path.extension().is_some_and(|e| e == "js" || e == "mjs" || e == "cjs" || e == "json");
        let mut read = self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if module && !read.iter().any(|(seen, _)| seen == path) {
            read.push((path.to_path_buf(), modified(path)));
        }
    }

    /// Returns once a file read so far has changed since it was read, and has stayed
    /// the same for a moment: a file being written is not run half-written.
    async fn change(&self) {
        while !self.changed() {
            tokio::time::sleep(POLL).await;
        }
        let read = self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).clone();
        settle(&read).await;
    }

    /// Whether a file read so far has changed since it was read.
    pub fn changed(&self) -> bool {
        self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).iter().any(|(path, then)| modified(path) != *then)
    }
}

/// How long the files must stay unchanged after a change before the run starts again.
const SETTLE: Duration = Duration::from_millis(50);

async fn settle(read: &[ReadModule]) {
    let versions = || read.iter().map(|(path, _)| modified(path)).collect::<Vec<_>>();
    let mut last = versions();
    loop {
        tokio::time::sleep(SETTLE).await;
        let now = versions();
        if now == last {
            return;
        }
        last = now;
    }
}

/// A file's modification time and length: the length also tells apart two writes
/// within one tick of the file system's clock.
type Version = (SystemTime, u64);

fn modified(path: &Path) -> Option<Version> {
    std::fs::metadata(path).and_then(|m| Ok((m.modified()?, m.len()))).ok()
}

/// Runs the program for ever, again after each change; `shown` is the script as the
/// user named it, for node's lines (`Completed running 'app.js'`).
pub async fn run(
    engine: &Arc<NoduleEngine>,
    invocation: &Invocation,
    permissions: &Permissions,
    limits: Limits,
    shown: &str,
) -> anyhow::Result<i32> {
    let crate::bindings::process::Entry::File(entry) = &invocation.entry else { anyhow::bail!("--watch requires specifying a file") };
    loop {
        let read_modules = ReadModules::default();
        read_modules.note(entry);
        let mut state = InstanceState::new(permissions, limits, Stdio::Inherit)?;
        state.files.read_modules = Some(read_modules.clone());
        state.workers.enable(engine.clone(), permissions, limits);
        let running = engine.run(invocation, state, false);
        tokio::pin!(running);
        let changed = tokio::select! {
            ended = &mut running => {
                let ended = ended?;
                if let Some(reason) = ended.reason() {
                    eprintln!("nodule: {reason}");
                }
                let verb = if ended.exit_status() == 0 { "Completed" } else { "Failed" };
                println!("{verb} running '{shown}'");
                false
            }
            () = read_modules.change() => true,
        };
        if !changed {
            read_modules.change().await;
        }
        println!("Restarting '{shown}'");
    }
}
