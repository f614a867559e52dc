//! Host executables run as real processes of the host (`wit/host-processes.wit`). Only
//! an executable the program was granted by `--allow-child-process=<names or paths>`
//! runs (`permissions::Executables`, resolved when nodule started), always from the
//! granted file, never from a path or `PATH` the program chose; its working directory
//! is opened through the program's read grants, as a file would be; its environment is
//! exactly what the program passes. Its pipes are sockets of the instance's `net`
//! interface, so reads, writes and their limits work as for a connection.
//!
//! No process outlives the instance that started it: each is killed (with its process
//! group, which it leads unless it reads a terminal nodule reads) when the instance
//! drops it, and the kernel kills it (`PR_SET_PDEATHSIG`) if the instance's thread ends
//! any other way, nodule itself being killed included.

use std::collections::HashMap;
use std::io::{self, Write as _};
use std::os::fd::{AsRawFd as _, FromRawFd as _, OwnedFd, RawFd};
use std::os::unix::process::{CommandExt as _, ExitStatusExt as _};
use std::path::Path;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use tokio::io::AsyncWrite;
use tokio::sync::watch;

use crate::bindings::completions::Outcome;
use crate::bindings::host_processes::{Ended, Host, SpawnOptions, Spawned, Stdio, SyncOptions, SyncResult};
use crate::bindings::types::{ErrorCode, OpId};
use crate::errno::error_code;
use crate::fs::Access;
use crate::io::buffers::{BufferBudget, Reservation};
use crate::io::completions::Finished;
use crate::net::Stream;
use crate::state::InstanceState;

/// The most host processes one instance may have running at once (`EMFILE` past it).
const MAX_PROCESSES: usize = 256;

/// The highest signal number Linux has (`SIGRTMAX`).
const MAX_SIGNAL: u32 = 64;

/// An instance's running host processes, by pid.
pub struct HostProcesses {
    running: HashMap<u32, Running>,
    /// Whether a stdin given as `inherit` may be nodule's own: only the program nodule
    /// was asked to run reads it.
    inherit_input: bool,
    /// Whether stdout and stderr given as `inherit` may be nodule's own: for that
    /// program only, and only when `--max-output` does not have to count them.
    inherit_output: bool,
}

/// A process seen from its instance. Dropping it kills the process, if it has not
/// ended, and its process group.
struct Running {
    pid: u32,
    /// Signals go through the process's pidfd: never to another process that got its
    /// pid after it was reaped.
    pidfd: OwnedFd,
    own_group: bool,
    /// Its end, once the task that waits for it has reaped it.
    ended: watch::Receiver<Option<Ended>>,
}

impl Drop for Running {
    fn drop(&mut self) {
        // The task that reaps the process publishes its end in the same step, on this
        // instance's thread: while none is published, the pid (and the group it leads)
        // is still this process's, a zombie at worst.
        if self.ended.borrow().is_some() {
            return;
        }
        if self.own_group {
            // SAFETY: kill(2) with a process group this process leads; no memory involved.
            unsafe { libc::kill(-(self.pid as libc::pid_t), libc::SIGKILL) };
        }
        let _ = send_signal(self.pidfd.as_raw_fd(), libc::SIGKILL);
    }
}

impl HostProcesses {
    pub fn new(inherit_input: bool, inherit_output: bool) -> Self {
        HostProcesses { running: HashMap::new(), inherit_input, inherit_output }
    }

    /// Running processes, for `--max-handles`.
    pub fn count(&self) -> usize {
        self.running.len()
    }
}

/// `pidfd_send_signal(2)`: `signal` to the process behind `pidfd`, or `ESRCH` once it
/// has been reaped.
fn send_signal(pidfd: RawFd, signal: i32) -> io::Result<()> {
    // SAFETY: the system call reads only its integer arguments (the info pointer is null).
    let result = unsafe { libc::syscall(libc::SYS_pidfd_send_signal, pidfd, signal, std::ptr::null::<libc::siginfo_t>(), 0) };
    if result < 0 { Err(io::Error::last_os_error()) } else { Ok(()) }
}

/// `pidfd_open(2)` for a child this process has not reaped.
fn open_pidfd(pid: u32) -> io::Result<OwnedFd> {
    // SAFETY: the system call reads only its integer arguments.
    let fd = unsafe { libc::syscall(libc::SYS_pidfd_open, pid as libc::pid_t, 0) };
    if fd < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: pidfd_open returned a new descriptor (close-on-exec) that nothing else owns.
    Ok(unsafe { OwnedFd::from_raw_fd(fd as RawFd) })
}

fn ended_of(status: std::process::ExitStatus) -> Ended {
    match (status.code(), status.signal()) {
        (Some(code), _) => Ended::Exited(code),
        (None, Some(signal)) => Ended::Signaled(signal as u32),
        (None, None) => Ended::Exited(-1),
    }
}

/// Where one of the process's streams goes, as the host will set it up.
#[derive(Clone, Copy, PartialEq)]
enum Route {
    Pipe,
    Inherit,
    Null,
}

/// A checked request, ready to become a `Command`.
struct Prepared {
    command: std::process::Command,
    routes: [Route; 3],
    own_group: bool,
    /// The working directory, opened inside a read grant; the child changes to it
    /// before it runs the executable (the command holds its raw number).
    _cwd: OwnedFd,
}

impl InstanceState {
    /// Checks a start against the grants and builds its command: the granted
    /// executable, the program's arguments and environment (nothing of the host's), the
    /// working directory opened through the read grants.
    fn prepare(&self, options: &SpawnOptions) -> Result<Prepared, ErrorCode> {
        let cwd = Path::new(&options.cwd);
        if !cwd.is_absolute() {
            return Err(ErrorCode::Einval);
        }
        let executable = self.permissions.executables.find(&options.file, cwd).ok_or(ErrorCode::AccessDenied)?;
        // The working directory is read through the grants as any file is: cap-std
        // follows no link out of them, and the child gets this very directory.
        let resolved = self.files.resolve(&options.cwd, Access::Read)?;
        let dir = if resolved.relative == Path::new(".") {
            resolved.dir
        } else {
            resolved.dir.open_dir(&resolved.relative).map_err(|e| error_code(&e))?
        };
        let cwd_fd = OwnedFd::from(dir.into_std_file());
        if options.args.iter().chain([&options.file]).any(|arg| arg.contains('\0'))
            || options.env.iter().any(|(name, value)| name.is_empty() || name.contains(['=', '\0']) || value.contains('\0'))
        {
            return Err(ErrorCode::Einval);
        }
        let host = &self.host_processes;
        let route = |mode: Stdio, input: bool| match mode {
            Stdio::Pipe => Route::Pipe,
            Stdio::Ignore => Route::Null,
            Stdio::Inherit if input && host.inherit_input => Route::Inherit,
            Stdio::Inherit if input => Route::Null,
            Stdio::Inherit if host.inherit_output => Route::Inherit,
            // Output this instance cannot hand over: piped, for the program to forward.
            Stdio::Inherit => Route::Pipe,
        };
        let routes = [route(options.stdin, true), route(options.stdout, false), route(options.stderr, false)];
        // A process reading the terminal stays in nodule's process group, where a
        // terminal lets it read; every other leads its own, killed whole at the end.
        let own_group = !(routes[0] == Route::Inherit && io::IsTerminal::is_terminal(&io::stdin()));

        let mut command = std::process::Command::new(&executable.path);
        let mut args = options.args.iter();
        command.arg0(args.next().unwrap_or(&options.file)).args(args);
        command.env_clear().envs(options.env.iter().map(|(name, value)| (name, value)));
        let std_route = |route: Route| match route {
            Route::Pipe => std::process::Stdio::piped(),
            Route::Inherit => std::process::Stdio::inherit(),
            Route::Null => std::process::Stdio::null(),
        };
        command.stdin(std_route(routes[0])).stdout(std_route(routes[1])).stderr(std_route(routes[2]));
        let parent = std::process::id() as libc::pid_t;
        let cwd_raw = cwd_fd.as_raw_fd();
        // SAFETY: the closure runs in the forked child before exec and makes only
        // async-signal-safe system calls (prctl, getppid, setpgid, fchdir); it allocates
        // nothing. `cwd_raw` stays open until the spawn returns (`Prepared::_cwd`).
        unsafe {
            command.pre_exec(move || {
                // Killed with the thread that started it: the instance's.
                if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL) != 0 {
                    return Err(io::Error::last_os_error());
                }
                // The instance's thread ended before the line above took effect.
                if libc::getppid() != parent {
                    return Err(io::Error::from_raw_os_error(libc::ESRCH));
                }
                if own_group && libc::setpgid(0, 0) != 0 {
                    return Err(io::Error::last_os_error());
                }
                if libc::fchdir(cwd_raw) != 0 {
                    return Err(io::Error::last_os_error());
                }
                Ok(())
            });
        }
        Ok(Prepared { command, routes, own_group, _cwd: cwd_fd })
    }

    fn spawn_async(&mut self, options: SpawnOptions) -> Result<Spawned, ErrorCode> {
        if self.host_processes.running.len() >= MAX_PROCESSES {
            return Err(ErrorCode::Emfile);
        }
        let Prepared { command, own_group, _cwd, .. } = self.prepare(&options)?;
        let mut command = tokio::process::Command::from(command);
        command.kill_on_drop(true);
        let mut child = command.spawn().map_err(|e| error_code(&e))?;
        drop(_cwd);
        let pid = child.id().ok_or(ErrorCode::Eio)?;
        let pidfd = open_pidfd(pid).map_err(|e| error_code(&e))?;
        let sockets = &mut self.net.sockets;
        let stdin =
            child.stdin.take().map(|pipe| sockets.add_pipe(Stream::pipe(Box::new(tokio::io::empty()), Box::new(InputPipe(Some(pipe))))));
        let stdout = child.stdout.take().map(|pipe| sockets.add_pipe(Stream::pipe(Box::new(pipe), Box::new(tokio::io::sink()))));
        let stderr = child.stderr.take().map(|pipe| sockets.add_pipe(Stream::pipe(Box::new(pipe), Box::new(tokio::io::sink()))));
        let (publish, ended) = watch::channel(None);
        tokio::spawn(async move {
            let end = child.wait().await.map_or(Ended::Signaled(libc::SIGKILL as u32), ended_of);
            // In the same step as the reap (see `Running::drop`).
            let _ = publish.send(Some(end));
        });
        self.host_processes.running.insert(pid, Running { pid, pidfd, own_group, ended });
        Ok(Spawned { pid, stdin, stdout, stderr })
    }

    fn spawn_blocking(&mut self, options: SpawnOptions, sync: SyncOptions) -> Result<SyncResult, ErrorCode> {
        let kill_signal = i32::try_from(sync.kill_signal).ok().filter(|signal| (1..=MAX_SIGNAL as i32).contains(signal));
        let kill_signal = kill_signal.ok_or(ErrorCode::Einval)?;
        let Prepared { mut command, routes, own_group, _cwd } = self.prepare(&options)?;
        let mut child = command.spawn().map_err(|e| error_code(&e))?;
        drop(_cwd);
        let pid = child.id();
        let pidfd = match open_pidfd(pid) {
            Ok(pidfd) => pidfd,
            Err(err) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(error_code(&err));
            }
        };
        let run = SyncRun {
            pidfd: Arc::new(pidfd),
            kill_signal,
            max_buffer: sync.max_buffer,
            budget: self.files.budget.clone(),
            overflowed: Arc::new(AtomicBool::new(false)),
            read: Arc::default(),
        };
        // Time blocked here is not the program's CPU time.
        self.enforcer.pause();
        let deadline = self.enforcer.deadline();
        let result = run.to_end(&mut child, sync.input, sync.timeout_ms, deadline, own_group);
        self.enforcer.resume();
        let (ended, timed_out, [stdout, stderr]) = result;
        let output = |captured: Option<(Vec<u8>, Option<Reservation>)>| captured.map(|(bytes, _held)| bytes).unwrap_or_default();
        debug_assert!(routes[1] == Route::Pipe || stdout.is_none());
        Ok(SyncResult {
            pid,
            stdout: output(stdout),
            stderr: output(stderr),
            ended,
            timed_out,
            overflowed: run.overflowed.load(Ordering::Relaxed),
        })
    }
}

/// A process's stdin as the program's socket writes it: shutting it down closes the
/// pipe, so that the process reads to its end (`child.stdin.end()`).
struct InputPipe(Option<tokio::process::ChildStdin>);

impl AsyncWrite for InputPipe {
    fn poll_write(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        match self.0.as_mut() {
            Some(pipe) => Pin::new(pipe).poll_write(cx, buf),
            None => Poll::Ready(Err(io::ErrorKind::BrokenPipe.into())),
        }
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.0.as_mut() {
            Some(pipe) => Pin::new(pipe).poll_flush(cx),
            None => Poll::Ready(Ok(())),
        }
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        self.0 = None;
        Poll::Ready(Ok(()))
    }
}

/// One synchronous run (`spawnSync`): the process is fed and drained on threads of
/// their own while the instance's thread waits on its pidfd.
struct SyncRun {
    /// Shared with the threads that drain the pipes, which may end the process: the
    /// descriptor stays open as long as one of them may use it.
    pidfd: Arc<OwnedFd>,
    kill_signal: i32,
    max_buffer: u64,
    budget: Arc<BufferBudget>,
    overflowed: Arc<AtomicBool>,
    /// What both pipes have read so far, against `max_buffer`.
    read: Arc<std::sync::atomic::AtomicU64>,
}

/// Output a synchronous run kept, and what it holds of the instance's buffer budget.
type Captured = Option<(Vec<u8>, Option<Reservation>)>;

/// How long the pipes may stay open after the process ended or was ended for good (a
/// process it left behind holds them): then the run gives the instance back.
const PIPE_GRACE: Duration = Duration::from_millis(200);

impl SyncRun {
    /// Runs the process to its end: its exit, whether the timeout ended it, and its
    /// piped stdout and stderr.
    fn to_end(
        &self,
        child: &mut std::process::Child,
        input: Vec<u8>,
        timeout_ms: Option<u32>,
        deadline: Option<Instant>,
        own_group: bool,
    ) -> (Ended, bool, [Captured; 2]) {
        if let Some(mut stdin) = child.stdin.take() {
            // A process that does not read its input must not hold up the run.
            std::thread::spawn(move || {
                let _ = stdin.write_all(&input);
            });
        }
        let (sender, receiver) = std::sync::mpsc::channel();
        let readers = [
            child.stdout.take().map(|pipe| Box::new(pipe) as Box<dyn io::Read + Send>),
            child.stderr.take().map(|pipe| Box::new(pipe) as _),
        ];
        let reading = readers.iter().filter(|pipe| pipe.is_some()).count();
        for (index, pipe) in readers.into_iter().enumerate() {
            if let Some(pipe) = pipe {
                let (sender, max_buffer, read, budget, overflowed, pidfd, kill_signal) = (
                    sender.clone(),
                    self.max_buffer,
                    self.read.clone(),
                    self.budget.clone(),
                    self.overflowed.clone(),
                    self.pidfd.clone(),
                    self.kill_signal,
                );
                std::thread::spawn(move || {
                    let captured = drain(pipe, max_buffer, &read, &budget, || {
                        overflowed.store(true, Ordering::Relaxed);
                        // Once the process is reaped this fails harmlessly (`ESRCH`).
                        let _ = send_signal(pidfd.as_raw_fd(), kill_signal);
                    });
                    let _ = sender.send((index, captured));
                });
            }
        }
        drop(sender);
        let started = Instant::now();
        let user_deadline = timeout_ms.map(|ms| started + Duration::from_millis(ms.into()));
        let mut timed_out = false;
        let mut killed_for_good = false;
        loop {
            let next = if timed_out { deadline } else { [user_deadline, deadline].into_iter().flatten().min() };
            if wait_readable(self.pidfd.as_raw_fd(), next) {
                break;
            }
            if !timed_out && user_deadline.is_some_and(|at| Instant::now() >= at) {
                timed_out = true;
                let _ = send_signal(self.pidfd.as_raw_fd(), self.kill_signal);
            } else if deadline.is_some_and(|at| Instant::now() >= at) && !killed_for_good {
                // The instance's own time is up: end the process now, whatever it ignores.
                killed_for_good = true;
                if own_group {
                    // SAFETY: kill(2) with the group this unreaped process leads.
                    unsafe { libc::kill(-(child.id() as libc::pid_t), libc::SIGKILL) };
                }
                let _ = send_signal(self.pidfd.as_raw_fd(), libc::SIGKILL);
            }
        }
        // Whatever it left in its group goes with it once the run is over.
        if own_group {
            // SAFETY: as above; the leader is a zombie until `wait` below.
            unsafe { libc::kill(-(child.id() as libc::pid_t), libc::SIGKILL) };
        }
        let ended = child.wait().map_or(Ended::Signaled(libc::SIGKILL as u32), ended_of);
        let mut captured: [Captured; 2] = [None, None];
        let grace = Instant::now() + PIPE_GRACE;
        for _ in 0..reading {
            let Ok((index, output)) = receiver.recv_timeout(grace.saturating_duration_since(Instant::now())) else { break };
            captured[index] = Some(output);
        }
        (ended, timed_out, captured)
    }
}

/// Reads a pipe to its end, keeping what it reads (and no more than the budget lends)
/// until the output of both pipes together (`read`) passes `max_buffer`, as Node counts
/// it: the chunk that passes it is kept, then `overflow` runs once and the pipe is let go.
fn drain(
    mut pipe: impl io::Read,
    max_buffer: u64,
    read: &std::sync::atomic::AtomicU64,
    budget: &Arc<BufferBudget>,
    overflow: impl FnOnce(),
) -> (Vec<u8>, Option<Reservation>) {
    let mut kept = Vec::new();
    let mut held = budget.try_reserve(0);
    let mut chunk = vec![0u8; 64 << 10];
    loop {
        let count = match pipe.read(&mut chunk) {
            Ok(0) => break,
            Ok(count) => count,
            Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
            Err(_) => break,
        };
        if !held.as_mut().is_some_and(|held| held.try_grow(count)) {
            overflow();
            break;
        }
        kept.extend_from_slice(&chunk[..count]);
        if read.fetch_add(count as u64, Ordering::Relaxed) + count as u64 > max_buffer {
            overflow();
            break;
        }
    }
    (kept, held)
}

/// Waits until the pidfd is readable (the process ended) or `until` passes; whether it ended.
fn wait_readable(pidfd: RawFd, until: Option<Instant>) -> bool {
    loop {
        let timeout = until.map_or(-1, |at| {
            let left = at.saturating_duration_since(Instant::now());
            i32::try_from(left.as_millis().max(u128::from(!left.is_zero()))).unwrap_or(i32::MAX)
        });
        let mut poll = libc::pollfd { fd: pidfd, events: libc::POLLIN, revents: 0 };
        // SAFETY: one pollfd, which lives across the call.
        let ready = unsafe { libc::poll(&mut poll, 1, timeout) };
        if ready > 0 {
            return true;
        }
        if ready == 0 {
            return false;
        }
        if io::Error::last_os_error().kind() != io::ErrorKind::Interrupted {
            return false;
        }
    }
}

impl Host for InstanceState {
    fn spawn(&mut self, options: SpawnOptions) -> Result<Spawned, ErrorCode> {
        self.spawn_async(options)
    }

    fn wait(&mut self, pid: u32) -> OpId {
        let Some(running) = self.host_processes.running.get(&pid) else {
            return self.completions.complete_now(Outcome::Failed(ErrorCode::Ebadf));
        };
        let mut ended = running.ended.clone();
        self.completions.start_async(async move {
            let Ok(end) = ended.wait_for(Option::is_some).await.map(|end| *end) else {
                return Outcome::Failed(ErrorCode::Ecanceled).into();
            };
            let end = end.unwrap_or(Ended::Signaled(libc::SIGKILL as u32));
            // Once its end is collected the process is gone: it no longer counts, and its pid names nothing.
            Finished::on_instance(move |state| {
                state.host_processes.running.remove(&pid);
                Outcome::HostProcess(end)
            })
        })
    }

    fn kill(&mut self, pid: u32, signal: u32) -> Result<(), ErrorCode> {
        let running = self.host_processes.running.get(&pid).ok_or(ErrorCode::Ebadf)?;
        if signal > MAX_SIGNAL {
            return Err(ErrorCode::Einval);
        }
        if running.ended.borrow().is_some() {
            return Err(ErrorCode::Esrch);
        }
        send_signal(running.pidfd.as_raw_fd(), signal as i32).map_err(|e| error_code(&e))
    }

    fn spawn_sync(&mut self, options: SpawnOptions, sync: SyncOptions) -> Result<SyncResult, ErrorCode> {
        self.spawn_blocking(options, sync)
    }
}
