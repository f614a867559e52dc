//! The attack suite: every script in `tests/security/` tries to get out of the sandbox
//! or hurt the host, and this runner checks that the sandbox held and the host stayed
//! healthy, one trial per script.
//!
//! Each script runs in a fresh layout under the temp folder:
//!
//! ```text
//! <tmp>/outside/secret.txt        known content, never granted
//! <tmp>/outside/secret-dir/       an empty folder, never granted
//! <tmp>/app/<script>.js           the script and `_hostile.js` (its helpers); readable
//! <tmp>/app/readonly.txt          known content, readable but never writable
//! <tmp>/app/out/                  the only folder scripts are granted to write
//! ```
//!
//! `nodule <flags> <script>.js <tmp>/outside <port> <free>` runs from `app/`, with an empty
//! stdin, two variables added to the environment (`HOSTILE_SECRET`, which no script may
//! see, and `HOSTILE_GRANTED`) and a TCP listener on 127.0.0.1:`<port>` that records
//! whether anything connected. `<free>` is a port nobody listens on, which a script may
//! be granted, to serve from or to show that a grant works. The script prints `HELD`
//! when every attempt failed as expected; what it prints otherwise names the attempt
//! that got through. The trial `runner-control` runs `_control.js`, which escapes with
//! every grant, to show that each check below reports what it should.
//!
//! Headers, in the comment block at the top of the script:
//!
//! ```text
//! // flags: --allow-fs-write=out   nodule's options, before the script; `{port}` is the
//! //                                 watched port, `{free}` a port nobody listens on,
//! //                                 `{outside}` the outside folder
//! // expect-status: 0               the exit status (default 0); `0 | 137` accepts either
//! // expect-stdout: HELD            every stdout line is exactly this, and there is at
//! //                                 least one when the status is 0 (default HELD)
//! // expect-stderr: text            a non-zero status comes with this on stderr; a zero
//! //                                 status with nothing on stderr
//! // timeout-ms: 10000              the runner kills the program after this and fails
//! // allow-connect                  the watched port may see a connection
//! // mkfifo: out/fifo               a FIFO (path under app/) made before the run
//! // runs: 2                        runs the script this many times in the same layout
//! ```
//!
//! Whatever the headers say, after every run: `outside/` and `app/` are exactly as
//! before (contents, modes, link counts, times; `app/out/` excepted when the flags grant
//! a write), the listener saw no connection, the program ended by itself, stderr shows
//! no panic, neither secret appears in the output, the host's peak memory stayed
//! bounded, and a `--max-output` limit bounded the output.

use std::collections::BTreeMap;
use std::io::{ErrorKind, Read};
use std::net::TcpListener;
use std::os::unix::fs::MetadataExt as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use libtest_mimic::{Arguments, Failed, Trial};
use nodule_tests::nodule_binary;

const SECRET: &str = "outside secret: 5f4dcc3b5aa765d61d8327deb882cf99";
const READONLY: &str = "read-only content: 9b74c9897bac770ffc029102a200c5de";
const ENV_SECRET: &str = "environment secret: 0d107d09f5bbe40cade3de5c71e9e9b7";
const ENV_GRANTED: &str = "granted value";

/// Files read into a snapshot are compared whole up to this size, by length after it.
const SNAPSHOT_CONTENT_LIMIT: u64 = 1 << 20;
/// Output kept for the report; the rest is drained and counted.
const OUTPUT_KEPT: usize = 1 << 20;
/// The host's peak resident memory, whatever the script does: the guest's own limit
/// (64 MiB in the memory scripts) plus the runtime, with room to spare, but far below
/// what a host buffer sized by the guest (a 1 TiB sparse file) would take.
const MAX_HOST_RSS_KIB: u64 = 512 << 10;

fn main() {
    let args = Arguments::from_args();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("security");
    let mut scripts: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/security exists")
        .map(|entry| entry.expect("readable tests/security").path())
        .filter(|path| path.extension().is_some_and(|e| e == "js") && !file_name(path).starts_with('_'))
        .collect();
    scripts.sort();
    let mut trials: Vec<Trial> = scripts
        .into_iter()
        .map(|script| {
            let name = file_name(&script).trim_end_matches(".js").to_owned();
            Trial::test(name, move || attack(&script).map_err(Failed::from))
        })
        .collect();
    let control = dir.join("_control.js");
    trials.push(Trial::test("runner-control", move || runner_control(&control).map_err(Failed::from)));
    libtest_mimic::run(&args, trials).exit();
}

fn file_name(path: &Path) -> String {
    path.file_name().unwrap_or_default().to_string_lossy().into_owned()
}

/// What a script's header asks for.
struct Headers {
    flags: Vec<String>,
    statuses: Vec<i32>,
    stdout_line: String,
    stderr: Option<String>,
    timeout: Duration,
    allow_connect: bool,
    fifo: Option<String>,
    runs: u32,
}

impl Headers {
    fn parse(source: &str) -> Result<Headers, String> {
        let mut headers = Headers {
            flags: Vec::new(),
            statuses: vec![0],
            stdout_line: "HELD".to_owned(),
            stderr: None,
            timeout: Duration::from_secs(10),
            allow_connect: false,
            fifo: None,
            runs: 1,
        };
        for line in source.lines().take_while(|line| line.starts_with("//")) {
            let text = line.trim_start_matches('/').trim();
            // A header is a lowercase word ending in `:` (or alone); other comment lines describe.
            let (name, value) = text.split_once(':').map_or((text, ""), |(name, value)| (name, value.trim()));
            if name.is_empty() || !name.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
                continue;
            }
            let number = |value: &str| value.parse::<u64>().map_err(|_| format!("header {name}: not a number: {value}"));
            match name {
                "flags" => headers.flags = value.split_whitespace().map(str::to_owned).collect(),
                "expect-status" => {
                    headers.statuses = value.split('|').map(|s| number(s.trim()).map(|n| n as i32)).collect::<Result<_, _>>()?
                }
                "expect-stdout" => headers.stdout_line = value.to_owned(),
                "expect-stderr" => headers.stderr = Some(value.to_owned()),
                "timeout-ms" => headers.timeout = Duration::from_millis(number(value)?),
                "allow-connect" => headers.allow_connect = true,
                "mkfifo" => headers.fifo = Some(value.to_owned()),
                "runs" => headers.runs = number(value)? as u32,
                _ => return Err(format!("unknown header: {line}")),
            }
        }
        Ok(headers)
    }

    fn writes_granted(&self) -> bool {
        self.flags.iter().any(|flag| flag.starts_with("--allow-fs-write"))
    }

    /// `--max-output=N` in bytes, when given.
    fn max_output(&self) -> Option<u64> {
        self.flags.iter().find_map(|flag| flag.strip_prefix("--max-output=")?.parse::<u64>().ok()).map(|mib| mib << 20)
    }
}

/// One script's trial: the sandbox held and the host stayed healthy.
fn attack(script: &Path) -> Result<(), String> {
    let (problems, root) = examine(script)?;
    if problems.is_empty() {
        let _ = std::fs::remove_dir_all(&root);
        Ok(())
    } else {
        Err(format!("{}\n(layout kept in {})", problems.join("\n"), root.display()))
    }
}

/// What `_control.js` does with every grant, each of which a check must report: were
/// one of them blind, the attacks passing would prove nothing.
const CONTROL_FINDINGS: &[&str] = &[
    "the outside secret was printed",
    "the environment secret was printed",
    "a runtime failure on stderr: \"panicked\"",
    "stdout is not only \"HELD\" lines",
    "still running after 3000 ms: killed",
    "the watched port saw a connection",
    "outside/planted.txt appeared",
    "app/readonly.txt changed: modified time, content",
    "outside/secret-dir changed: mode 40755 -> 40700",
    "outside/secret.txt changed: 1 -> 2 links",
    "app/out/stolen.txt appeared",
];

/// The runner's own check: it must find everything `_control.js` does.
fn runner_control(script: &Path) -> Result<(), String> {
    let (problems, root) = examine(script)?;
    let _ = std::fs::remove_dir_all(&root);
    let report = problems.join("\n");
    let missed: Vec<&str> = CONTROL_FINDINGS.iter().copied().filter(|finding| !report.contains(finding)).collect();
    if missed.is_empty() { Ok(()) } else { Err(format!("the runner missed {missed:?} in:\n{report}")) }
}

/// Runs a script in a fresh layout as its header says, and lists every problem; also
/// returns the layout's root, for the caller to remove or keep.
fn examine(script: &Path) -> Result<(Vec<String>, PathBuf), String> {
    let source = std::fs::read_to_string(script).map_err(|e| format!("read {}: {e}", script.display()))?;
    let headers = Headers::parse(&source)?;
    let name = file_name(script);
    let root = std::env::temp_dir().join(format!("nodule-hostile-{}-{}", std::process::id(), name.trim_end_matches(".js")));
    let layout = Layout::create(&root, script, &headers).map_err(|e| format!("layout in {}: {e}", root.display()))?;
    let before = Snapshot::take(&root, &layout, &headers);
    let watched = Watched::start();
    let free_port = TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map_err(|e| e.to_string())?.port();
    let flags: Vec<String> = headers
        .flags
        .iter()
        .map(|flag| {
            flag.replace("{port}", &watched.port.to_string())
                .replace("{free}", &free_port.to_string())
                .replace("{outside}", &layout.outside.to_string_lossy())
        })
        .collect();

    let mut problems = Vec::new();
    for run in 1..=headers.runs {
        let outcome = run_once(&layout, &name, &flags, [watched.port, free_port], headers.timeout)?;
        let found = outcome.problems(&headers);
        if !found.is_empty() {
            let label = if headers.runs > 1 { format!("run {run}: ") } else { String::new() };
            problems.push(format!("{label}{}\n{}", found.join("\n"), outcome.report()));
        }
    }
    let connected = watched.stop();
    if connected && !headers.allow_connect {
        problems.push("the watched port saw a connection".to_owned());
    }
    problems.extend(before.differences(&Snapshot::take(&root, &layout, &headers)));
    Ok((problems, root))
}

struct Layout {
    outside: PathBuf,
    app: PathBuf,
}

impl Layout {
    fn create(root: &Path, script: &Path, headers: &Headers) -> std::io::Result<Layout> {
        use std::os::unix::fs::PermissionsExt as _;
        let _ = std::fs::remove_dir_all(root);
        let outside = root.join("outside");
        let app = root.join("app");
        std::fs::create_dir_all(outside.join("secret-dir"))?;
        std::fs::create_dir_all(app.join("out"))?;
        std::fs::set_permissions(outside.join("secret-dir"), std::fs::Permissions::from_mode(0o755))?;
        std::fs::write(outside.join("secret.txt"), SECRET)?;
        std::fs::set_permissions(outside.join("secret.txt"), std::fs::Permissions::from_mode(0o640))?;
        std::fs::write(app.join("readonly.txt"), READONLY)?;
        std::fs::set_permissions(app.join("readonly.txt"), std::fs::Permissions::from_mode(0o644))?;
        std::fs::copy(script, app.join(script.file_name().expect("a script has a name")))?;
        std::fs::copy(script.with_file_name("_hostile.js"), app.join("_hostile.js"))?;
        if let Some(fifo) = &headers.fifo {
            let status = Command::new("mkfifo").arg(app.join(fifo)).status()?;
            if !status.success() {
                return Err(std::io::Error::other(format!("mkfifo {fifo}: {status}")));
            }
        }
        Ok(Layout { outside, app })
    }
}

/// Everything under the layout's root that a script must not change.
#[derive(PartialEq)]
struct Snapshot(BTreeMap<PathBuf, Entry>);

#[derive(Debug, PartialEq)]
struct Entry {
    kind: &'static str,
    mode: u32,
    links: u64,
    inode: u64,
    modified: (i64, i64),
    size: u64,
    content: Option<Vec<u8>>,
}

impl Snapshot {
    fn take(root: &Path, layout: &Layout, headers: &Headers) -> Snapshot {
        // What is under `out/` is the grant's when it is granted (its contents, its own
        // mode and times); what writes there must not reach shows in the other entries
        // (content, link counts). `out/` itself must stay where it is.
        let granted = headers.writes_granted().then(|| layout.app.join("out"));
        let mut entries = BTreeMap::new();
        collect(root, root, granted.as_deref(), &mut entries);
        Snapshot(entries)
    }

    fn differences(&self, after: &Snapshot) -> Vec<String> {
        let mut found = Vec::new();
        for (path, entry) in &self.0 {
            match after.0.get(path) {
                None => found.push(format!("{} was removed", path.display())),
                Some(now) if now != entry => found.push(format!("{} changed: {}", path.display(), entry.describe_change(now))),
                Some(_) => {}
            }
        }
        for path in after.0.keys().filter(|path| !self.0.contains_key(*path)) {
            found.push(format!("{} appeared", path.display()));
        }
        found
    }
}

impl Entry {
    fn describe_change(&self, now: &Entry) -> String {
        let mut what = Vec::new();
        if self.kind != now.kind {
            what.push(format!("{} -> {}", self.kind, now.kind));
        }
        if self.mode != now.mode {
            what.push(format!("mode {:o} -> {:o}", self.mode, now.mode));
        }
        if self.links != now.links {
            what.push(format!("{} -> {} links", self.links, now.links));
        }
        if self.inode != now.inode {
            what.push("replaced".to_owned());
        }
        if self.modified != now.modified {
            what.push("modified time".to_owned());
        }
        if self.size != now.size || self.content != now.content {
            what.push(format!("content: {:?}", now.content.as_deref().map(String::from_utf8_lossy)));
        }
        what.join(", ")
    }
}

fn collect(root: &Path, path: &Path, granted: Option<&Path>, entries: &mut BTreeMap<PathBuf, Entry>) {
    let Ok(meta) = std::fs::symlink_metadata(path) else {
        return;
    };
    let kind = if meta.is_symlink() {
        "symlink"
    } else if meta.is_dir() {
        "folder"
    } else if meta.is_file() {
        "file"
    } else {
        "special file"
    };
    let content = match kind {
        "file" if meta.len() <= SNAPSHOT_CONTENT_LIMIT => std::fs::read(path).ok(),
        "symlink" => std::fs::read_link(path).ok().map(|target| target.into_os_string().into_encoded_bytes()),
        _ => None,
    };
    let relative = path.strip_prefix(root).unwrap_or(path).to_path_buf();
    if Some(path) == granted {
        let only_where = Entry { kind, mode: 0, links: 0, inode: meta.ino(), modified: (0, 0), size: 0, content: None };
        entries.insert(relative, only_where);
        return;
    }
    let entry = Entry {
        kind,
        mode: meta.mode(),
        links: meta.nlink(),
        inode: meta.ino(),
        modified: (meta.mtime(), meta.mtime_nsec()),
        size: meta.len(),
        content,
    };
    entries.insert(relative, entry);
    if kind == "folder"
        && let Ok(children) = std::fs::read_dir(path)
    {
        for child in children.flatten() {
            collect(root, &child.path(), granted, entries);
        }
    }
}

/// The listener no script may reach unless its header says so.
struct Watched {
    port: u16,
    connected: Arc<AtomicBool>,
    stop: Arc<AtomicBool>,
    thread: JoinHandle<()>,
}

impl Watched {
    fn start() -> Watched {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback listener");
        let port = listener.local_addr().expect("a bound port").port();
        listener.set_nonblocking(true).expect("a non-blocking listener");
        let connected = Arc::new(AtomicBool::new(false));
        let stop = Arc::new(AtomicBool::new(false));
        let thread = std::thread::spawn({
            let (connected, stop) = (connected.clone(), stop.clone());
            move || {
                loop {
                    match listener.accept() {
                        Ok(_) => connected.store(true, Ordering::SeqCst),
                        Err(err) if err.kind() == ErrorKind::WouldBlock => {
                            // One last look after the run, for a connection made just before it ended.
                            if stop.load(Ordering::SeqCst) {
                                break;
                            }
                            std::thread::sleep(Duration::from_millis(5));
                        }
                        Err(_) => break,
                    }
                }
            }
        });
        Watched { port, connected, stop, thread }
    }

    /// Whether anything connected.
    fn stop(self) -> bool {
        self.stop.store(true, Ordering::SeqCst);
        let _ = self.thread.join();
        self.connected.load(Ordering::SeqCst)
    }
}

struct Outcome {
    /// `None`: ended by a signal.
    status: Option<i32>,
    killed_by_runner: bool,
    stdout: String,
    stderr: String,
    output_bytes: u64,
    peak_rss_kib: u64,
    elapsed: Duration,
}

fn run_once(layout: &Layout, script: &str, flags: &[String], ports: [u16; 2], timeout: Duration) -> Result<Outcome, String> {
    let started = Instant::now();
    let mut child = Command::new(nodule_binary())
        .args(flags)
        .arg(script)
        .arg(&layout.outside)
        .args(ports.map(|port| port.to_string()))
        .current_dir(&layout.app)
        .env("HOSTILE_SECRET", ENV_SECRET)
        .env("HOSTILE_GRANTED", ENV_GRANTED)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run {}: {e}", nodule_binary().display()))?;
    let stdout = drain(child.stdout.take().expect("piped stdout"));
    let stderr = drain(child.stderr.take().expect("piped stderr"));
    let mut peak_rss_kib = 0;
    let mut killed_by_runner = false;
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            break status;
        }
        if started.elapsed() > timeout {
            killed_by_runner = true;
            let _ = child.kill();
            break child.wait().map_err(|e| e.to_string())?;
        }
        peak_rss_kib = peak_rss_kib.max(peak_rss(child.id()));
        std::thread::sleep(Duration::from_millis(5));
    };
    let elapsed = started.elapsed();
    let (stdout, stdout_bytes) = stdout.join().expect("stdout reader");
    let (stderr, stderr_bytes) = stderr.join().expect("stderr reader");
    Ok(Outcome {
        status: status.code(),
        killed_by_runner,
        stdout,
        stderr,
        output_bytes: stdout_bytes + stderr_bytes,
        peak_rss_kib,
        elapsed,
    })
}

/// Reads a pipe to its end on a thread of its own (a full pipe would stall the
/// program): the first `OUTPUT_KEPT` bytes as text, and the total.
fn drain(mut pipe: impl Read + Send + 'static) -> JoinHandle<(String, u64)> {
    std::thread::spawn(move || {
        let mut kept = Vec::new();
        let mut total = 0u64;
        let mut chunk = [0u8; 64 << 10];
        while let Ok(count) = pipe.read(&mut chunk) {
            if count == 0 {
                break;
            }
            total += count as u64;
            let room = OUTPUT_KEPT.saturating_sub(kept.len()).min(count);
            kept.extend_from_slice(&chunk[..room]);
        }
        (String::from_utf8_lossy(&kept).into_owned(), total)
    })
}

/// The process's peak resident memory so far (`VmHWM`), in KiB; 0 once it is gone.
fn peak_rss(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|value| value.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

impl Outcome {
    fn problems(&self, headers: &Headers) -> Vec<String> {
        let mut problems = Vec::new();
        if self.killed_by_runner {
            problems.push(format!("still running after {} ms: killed", headers.timeout.as_millis()));
        }
        match self.status {
            None => problems.push("ended by a signal".to_owned()),
            Some(status) if !headers.statuses.contains(&status) => {
                problems.push(format!("exit status {status}, expected {:?}", headers.statuses))
            }
            Some(_) => {}
        }
        let exited_ok = self.status == Some(0);
        let lines: Vec<&str> = self.stdout.lines().collect();
        if lines.iter().any(|line| *line != headers.stdout_line) || (exited_ok && lines.is_empty()) {
            problems.push(format!("stdout is not only {:?} lines", headers.stdout_line));
        }
        match (&headers.stderr, exited_ok) {
            (_, true) if !self.stderr.is_empty() => problems.push("stderr is not empty".to_owned()),
            (Some(expected), false) if !self.stderr.contains(expected.as_str()) => problems.push(format!("stderr lacks {expected:?}")),
            _ => {}
        }
        for sign in ["panicked", "RUST_BACKTRACE", "internal error"] {
            if self.stderr.contains(sign) {
                problems.push(format!("a runtime failure on stderr: {sign:?}"));
            }
        }
        for (what, secret) in [("the outside secret", SECRET), ("the environment secret", ENV_SECRET)] {
            if self.stdout.contains(secret) || self.stderr.contains(secret) {
                problems.push(format!("{what} was printed"));
            }
        }
        if self.peak_rss_kib > MAX_HOST_RSS_KIB {
            problems.push(format!("the host's memory peaked at {} MiB", self.peak_rss_kib >> 10));
        }
        // The limit counts what the program wrote; the host's own line about it comes on top.
        if let Some(max) = headers.max_output()
            && self.output_bytes > max + 1024
        {
            problems.push(format!("{} bytes of output past a limit of {max}", self.output_bytes));
        }
        problems
    }

    fn report(&self) -> String {
        let excerpt = |text: &str| -> String {
            let text = text.trim_end();
            if text.len() > 2000 { format!("{}…", &text[..text.floor_char_boundary(2000)]) } else { text.to_owned() }
        };
        format!(
            "--- status {:?} after {} ms, host peak {} MiB\n--- stdout\n{}\n--- stderr\n{}",
            self.status,
            self.elapsed.as_millis(),
            self.peak_rss_kib >> 10,
            excerpt(&self.stdout),
            excerpt(&self.stderr)
        )
    }
}
