//! `--watch`: run the program, and run it again whenever one of its module files
//! changes, as node's watch mode does. The files are those the program read whole with
//! a module's extension (the loader reads every module so); node watches exactly the
//! modules it loaded, so a data file with such an extension read by the program also
//! restarts it here.

use std::collections::HashMap;
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

/// The module files a run read, shared between its instance and the watcher.
#[derive(Clone, Default)]
pub struct ReadModules(Arc<Mutex<Vec<PathBuf>>>);

impl ReadModules {
    pub fn note(&self, path: &str) {
        let path = Path::new(path);
        let module = path.extension().is_some_and(|e| e == "js" || e == "mjs" || e == "cjs" || e == "json");
        let mut paths = self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if module && !paths.iter().any(|seen| seen == path) {
            paths.push(path.to_path_buf());
        }
    }

    fn paths(&self) -> Vec<PathBuf> {
        self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).clone()
    }
}

/// Runs the program for ever, again after each change; `shown` is the script as the
/// user named it, for node's lines (`Completed running 'app.js'`).
pub async fn run(
    engine: &NoduleEngine,
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
        let mut seen = Seen::default();
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
            () = seen.change_in(&read_modules) => true,
        };
        if !changed {
            seen.change_in(&read_modules).await;
        }
        println!("Restarting '{shown}'");
    }
}

/// The modification times of the watched files when first looked at.
#[derive(Default)]
struct Seen(HashMap<PathBuf, Option<SystemTime>>);

impl Seen {
    /// Returns once a file read so far differs from when it was first looked at.
    async fn change_in(&mut self, read_modules: &ReadModules) {
        loop {
            for path in read_modules.paths() {
                let now = std::fs::metadata(&path).and_then(|m| m.modified()).ok();
                if *self.0.entry(path).or_insert(now) != now {
                    return;
                }
            }
            tokio::time::sleep(POLL).await;
        }
    }
}
