//! Runs JS fixtures through the built `nodule` and compares them with what real
//! `node` printed for the same file (recorded beside it by `tests/record.sh`).
//!
//! A fixture is a script `name.js` (or `.cjs`/`.mjs`) with `name.out`: the expected
//! stdout. `name.err` (expected stderr) and `name.status` (exit status) are there when
//! node printed to stderr or exited non-zero. A first line `// args: a b` passes
//! arguments to the script; a line `// nodule-flags: --allow-fs-write=.` among the
//! first lines gives nodule its sandbox grants (node needs none), and `// node-flags:`
//! gives both runtimes the same node options (`--no-deprecation`, `-r ./x.js`). Helpers the fixtures
//! load live in `lib` folders; every other script must have its `.out`.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The fixtures' recorded outputs write the fixture's own folder as this token, so
/// they hold wherever the repository is cloned.
pub const DIR_TOKEN: &str = "$DIR";

pub fn nodule_binary() -> PathBuf {
    match std::env::var_os("NODULE") {
        Some(path) => PathBuf::from(path),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/release/nodule"),
    }
}

pub struct Fixture {
    pub script: PathBuf,
}

impl Fixture {
    /// Every fixture under `root`, sorted by path.
    pub fn discover(root: &Path) -> Vec<Fixture> {
        let mut found = Vec::new();
        collect(root, &mut found);
        found.sort();
        found.into_iter().map(|script| Fixture { script }).collect()
    }

    pub fn name(&self, root: &Path) -> String {
        self.script.strip_prefix(root).unwrap_or(&self.script).display().to_string()
    }

    fn expected(&self, extension: &str) -> Option<String> {
        std::fs::read_to_string(self.script.with_extension(extension)).ok()
    }

    /// The words after `// <directive>:` in the fixture's first lines.
    fn directive(&self, directive: &str) -> Vec<String> {
        let source = std::fs::read_to_string(&self.script).unwrap_or_default();
        let prefix = format!("// {directive}:");
        match source.lines().take(3).find_map(|line| line.strip_prefix(prefix.as_str())) {
            Some(words) => words.split_whitespace().map(str::to_owned).collect(),
            None => Vec::new(),
        }
    }

    /// Runs the fixture and describes every difference from node's recorded output.
    pub fn check(&self) -> Result<(), String> {
        let flags = self.directive("nodule-flags");
        // A fixture that may write its own folder runs from a scratch copy of it, so
        // nothing it writes lands in the source tree and runs never see each other's leftovers.
        let scratch = flags.iter().any(|flag| flag == "--allow-fs-write=.").then(|| ScratchCopy::of(&self.script));
        let script = scratch.as_ref().map_or(self.script.clone(), |copy| copy.script.clone());
        let dir = script.parent().expect("fixture has a folder");
        let output = Command::new(nodule_binary())
            .args(self.directive("node-flags"))
            .args(flags)
            .arg(&script)
            .args(self.directive("args"))
            .current_dir(dir)
            .output()
            .map_err(|e| format!("cannot run {}: {e}", nodule_binary().display()))?;
        let dir_text = dir.display().to_string();
        let stdout = String::from_utf8_lossy(&output.stdout).replace(&dir_text, DIR_TOKEN);
        let stderr = String::from_utf8_lossy(&output.stderr).replace(&dir_text, DIR_TOKEN);
        let status = output.status.code().unwrap_or(-1);

        let mut problems = Vec::new();
        let Some(expected_stdout) = self.expected("out") else {
            return Err(format!("{} has no expected output: record it with tests/record.sh", self.script.display()));
        };
        if normalize_durations(&stdout) != normalize_durations(&expected_stdout) {
            problems.push(format!("stdout differs\n--- node\n{expected_stdout}\n--- nodule\n{stdout}"));
        }
        let expected_status: i32 = self.expected("status").map_or(0, |s| s.trim().parse().unwrap_or(-1));
        if status != expected_status {
            problems.push(format!("exit status: node {expected_status}, nodule {status}"));
        }
        let expected_stderr = normalize_stderr(&self.expected("err").unwrap_or_default());
        let actual_stderr = normalize_stderr(&stderr);
        if actual_stderr != expected_stderr {
            problems.push(format!(
                "stderr differs (normalized)\n--- node\n{expected_stderr}\n--- nodule\n{actual_stderr}\n--- nodule (raw)\n{stderr}"
            ));
        }
        if problems.is_empty() { Ok(()) } else { Err(problems.join("\n")) }
    }
}

/// A temporary folder holding a fixture's folder: its files copied, its subfolders
/// (helpers, `node_modules`) linked. Removed when dropped.
struct ScratchCopy {
    root: PathBuf,
    script: PathBuf,
}

impl ScratchCopy {
    fn of(script: &Path) -> Self {
        static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let root = std::env::temp_dir().join(format!("nodule-fixture-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(&root).expect("create a scratch folder");
        let source = script.parent().expect("fixture has a folder");
        for entry in std::fs::read_dir(source).expect("read the fixture's folder").flatten() {
            let (from, to) = (entry.path(), root.join(entry.file_name()));
            if from.is_dir() {
                std::os::unix::fs::symlink(&from, &to).expect("link a subfolder");
            } else {
                std::fs::copy(&from, &to).expect("copy a file");
            }
        }
        ScratchCopy { script: root.join(script.file_name().expect("a file name")), root }
    }
}

impl Drop for ScratchCopy {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

/// Every script under `dir`: a fixture unless it is a helper the fixtures load, kept
/// in a `lib` folder. A fixture without its `.out` is still collected, and fails, so a
/// lost expectation cannot quietly turn a test off.
fn collect(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "node_modules" && n != "lib") {
                collect(&path, found);
            }
        } else if matches!(path.extension().and_then(|e| e.to_str()), Some("js" | "cjs" | "mjs")) {
            found.push(path);
        }
    }
}

/// Stdout with the run's timings written as `*`: node:test's reporters print how long
/// each test took, which no two runs share. Covered: the number after `duration_ms`
/// (`duration_ms: 1.23` in TAP, `duration_ms 1.23` in summaries) and a parenthesized
/// `(1.23ms)`.
pub fn normalize_durations(stdout: &str) -> String {
    let is_number = |text: &str| !text.is_empty() && text.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | '-' | '+'));
    let mut lines = Vec::new();
    for line in stdout.split('\n') {
        let mut line = line.to_owned();
        if let Some(at) = line.find("duration_ms") {
            let (head, tail) = line.split_at(at + "duration_ms".len());
            if let Some(value) = tail.strip_prefix(": ").or_else(|| tail.strip_prefix(' ')).filter(|value| is_number(value)) {
                let separator = &tail[..tail.len() - value.len()];
                line = format!("{head}{separator}*");
            }
        }
        let mut normalized = String::new();
        let mut rest = line.as_str();
        while let Some(open) = rest.find('(') {
            let after = &rest[open + 1..];
            match after.find("ms)") {
                Some(close) if is_number(&after[..close]) => {
                    normalized.push_str(&rest[..open]);
                    normalized.push_str("(*ms)");
                    rest = &after[close + 3..];
                }
                _ => {
                    normalized.push_str(&rest[..=open]);
                    rest = after;
                }
            }
        }
        normalized.push_str(rest);
        lines.push(normalized);
    }
    lines.join("\n")
}

/// What of stderr must match node's: everything but what a different engine cannot
/// reproduce. Dropped: node's version banner; the block above an uncaught error that
/// shows where it happened (a `file:line` line, the source line, a line of carets:
/// V8 reports where the error was thrown, QuickJS only where it was made, and nothing
/// for a thrown primitive); frames inside the runtime (`node:` files, native code).
/// Kept: the error line, its properties, and each user frame's file and line (not the
/// column, which V8 and QuickJS place differently within an expression).
/// A SyntaxError keeps its type but not its text: each engine's parser words it its own way.
/// Warnings name the process (`(node:1234)`): the pid is dropped.
pub fn normalize_stderr(stderr: &str) -> String {
    let all: Vec<&str> = stderr.lines().collect();
    let mut lines = Vec::new();
    let mut index = 0;
    while index < all.len() {
        let line = all[index];
        index += 1;
        let trimmed = line.trim();
        if trimmed.starts_with("Node.js v") {
            continue;
        }
        if let Some(block) = location_block(&all[index - 1..]) {
            index += block - 1;
            continue;
        }
        if let Some(frame) = trimmed.strip_prefix("at ") {
            let location = frame.rsplit_once(" (").map_or(frame, |(_, loc)| loc.trim_end_matches(')'));
            if location.starts_with("node:") || location == "<anonymous>" || location == "native" {
                continue;
            }
            let without_column = location.rsplit_once(':').map_or(location, |(rest, _)| rest);
            lines.push(format!("    at {without_column}"));
            continue;
        }
        if let Some(rest) = line.strip_prefix("(node:").and_then(|rest| rest.split_once(") ")) {
            lines.push(format!("(node:PID) {}", rest.1));
            continue;
        }
        if line.starts_with("SyntaxError: ") {
            lines.push("SyntaxError: <message>".to_owned());
            continue;
        }
        lines.push(line.trim_end().to_owned());
    }
    let mut text = lines.join("\n");
    while text.contains("\n\n\n") {
        text = text.replace("\n\n\n", "\n\n");
    }
    text.trim().to_owned()
}

/// The number of lines of the "where it happened" block starting `lines`, if it starts
/// one: an unindented `file:line`, the source line, then a line of carets (the source
/// line may be missing when it is blank).
fn location_block(lines: &[&str]) -> Option<usize> {
    let first = lines.first()?;
    let is_location = !first.starts_with(' ')
        && first.rsplit_once(':').is_some_and(|(file, n)| !file.is_empty() && !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
    let is_carets = |line: &&str| !line.trim().is_empty() && line.trim().chars().all(|c| c == '^');
    if !is_location {
        return None;
    }
    match (lines.get(1), lines.get(2)) {
        (Some(_), Some(carets)) if is_carets(carets) => Some(3),
        (Some(carets), _) if is_carets(carets) => Some(2),
        _ => None,
    }
}
