//! The limits of one run: linear memory, CPU time, wall-clock time, handles and
//! output. A program that crosses one is ended within a tick of the epoch clock (1 ms)
//! with one line naming the limit and an exit status of its own; the host goes on.
//!
//! Memory is wasmtime's `ResourceLimiter` (the guest's QuickJS keeps its heap a little
//! under it, so the program first gets a catchable error). Time is measured by the
//! epoch callback, which wasmtime calls at a loop head or function entry once per tick
//! while the guest runs; a guest blocked in `wait` is ended by the caller's timer.

use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use wasmtime::{ResourceLimiter, UpdateDeadline};
use wasmtime_wasi::cli::{IsTerminal, StdoutStream};
use wasmtime_wasi::p2::{OutputStream, Pollable, StreamError, StreamResult};

/// What the user asked for; `None` is unlimited (the CLI's default, as node).
#[derive(Clone, Copy, Debug, Default)]
pub struct Limits {
    /// `--max-memory`, in MiB.
    pub max_memory_mib: Option<u64>,
    /// `--cpu-time`, in milliseconds.
    pub cpu_time_ms: Option<u64>,
    /// `--timeout`, in milliseconds.
    pub timeout_ms: Option<u64>,
    /// `--max-handles`: open files, sockets and operations in flight together.
    pub max_handles: Option<u32>,
    /// `--max-output`, in MiB of stdout and stderr together.
    pub max_output_mib: Option<u64>,
}

impl Limits {
    /// Whether anything has to be watched while the guest runs.
    pub fn need_ticks(&self) -> bool {
        self.cpu_time_ms.is_some() || self.timeout_ms.is_some() || self.max_handles.is_some()
    }

    pub fn max_memory_bytes(&self) -> Option<u64> {
        self.max_memory_mib.map(|mib| mib << 20)
    }
}

/// The limit a program crossed: carried out of the guest as a trap, like `process.exit`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LimitExceeded {
    Memory(u64),
    CpuTime(u64),
    Timeout(u64),
    Handles(u32),
    Output(u64),
}

impl LimitExceeded {
    /// Each limit has its own status (README, "Limits"), after the signal a Unix
    /// process would get for it where there is one.
    pub fn exit_status(self) -> i32 {
        match self {
            // The out-of-memory killer's SIGKILL.
            LimitExceeded::Memory(_) => 137,
            // SIGXCPU, as for RLIMIT_CPU.
            LimitExceeded::CpuTime(_) => 152,
            // timeout(1)'s status.
            LimitExceeded::Timeout(_) => 124,
            LimitExceeded::Handles(_) => 154,
            // SIGXFSZ, as for RLIMIT_FSIZE.
            LimitExceeded::Output(_) => 153,
        }
    }
}

impl LimitExceeded {
    /// The limit's name, as the options and `nodule serve`'s log spell it.
    pub fn name(self) -> &'static str {
        match self {
            LimitExceeded::Memory(_) => "memory",
            LimitExceeded::CpuTime(_) => "cpu-time",
            LimitExceeded::Timeout(_) => "timeout",
            LimitExceeded::Handles(_) => "handles",
            LimitExceeded::Output(_) => "output",
        }
    }
}

impl std::fmt::Display for LimitExceeded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LimitExceeded::Memory(mib) => write!(f, "memory limit of {mib} MiB exceeded"),
            LimitExceeded::CpuTime(ms) => write!(f, "cpu time limit of {ms} ms exceeded"),
            LimitExceeded::Timeout(ms) => write!(f, "time limit of {ms} ms exceeded"),
            LimitExceeded::Handles(n) => write!(f, "handle limit of {n} exceeded"),
            LimitExceeded::Output(mib) => write!(f, "output limit of {mib} MiB exceeded"),
        }
    }
}

impl std::error::Error for LimitExceeded {}

/// CPU time spent by this thread while the guest ran, not while it waited in `wait`.
struct CpuClock {
    used: Duration,
    running_since: Option<Duration>,
}

fn thread_cpu_time() -> Duration {
    let time = rustix::time::clock_gettime(rustix::time::ClockId::ThreadCPUTime);
    Duration::new(time.tv_sec as u64, time.tv_nsec as u32)
}

impl CpuClock {
    fn used(&self) -> Duration {
        self.used + self.running_since.map_or(Duration::ZERO, |since| thread_cpu_time().saturating_sub(since))
    }
}

/// One run's limits as they are enforced.
pub struct Enforcer {
    limits: Limits,
    cpu: CpuClock,
    /// Where a guest that gave its thread back for a time slice (`nodule serve`)
    /// resumed, in nanoseconds of the thread's CPU clock (0: not yet). The yield's own
    /// future writes it, as nothing on the host runs when the guest picks up again.
    resumed_at: Arc<AtomicU64>,
    deadline: Option<Instant>,
    /// Set when the guest asked for more memory than allowed: a trap that follows is
    /// reported as the memory limit.
    memory_refused: bool,
}

impl Enforcer {
    pub fn new(limits: Limits) -> Self {
        Enforcer {
            limits,
            cpu: CpuClock { used: Duration::ZERO, running_since: Some(thread_cpu_time()) },
            resumed_at: Arc::new(AtomicU64::new(0)),
            deadline: limits.timeout_ms.map(|ms| Instant::now() + Duration::from_millis(ms)),
            memory_refused: false,
        }
    }

    pub fn limits(&self) -> Limits {
        self.limits
    }

    /// When `--timeout` ends the run, if it was given: a host call that blocks (a
    /// synchronous child process) must give the instance back by then.
    pub fn deadline(&self) -> Option<Instant> {
        self.deadline
    }

    /// The guest goes to sleep in `wait`: its CPU time stops counting. Reading the
    /// thread's CPU clock is a system call, so it is only read under a CPU limit: `wait`
    /// is on every turn of the event loop.
    pub fn pause(&mut self) {
        if self.limits.cpu_time_ms.is_some() {
            self.cpu.used = self.cpu.used();
            self.cpu.running_since = None;
        }
    }

    pub fn resume(&mut self) {
        if self.limits.cpu_time_ms.is_some() {
            self.cpu.running_since = Some(thread_cpu_time());
        }
    }

    /// Checks the time limits and the handle count; called once per epoch tick while
    /// the guest runs, and around `wait`.
    pub fn check(&self, handles: usize) -> Result<(), LimitExceeded> {
        if let Some(ms) = self.limits.cpu_time_ms
            && self.cpu.used() > Duration::from_millis(ms)
        {
            return Err(LimitExceeded::CpuTime(ms));
        }
        if let (Some(ms), Some(deadline)) = (self.limits.timeout_ms, self.deadline)
            && Instant::now() >= deadline
        {
            return Err(LimitExceeded::Timeout(ms));
        }
        if let Some(max) = self.limits.max_handles
            && handles > max as usize
        {
            return Err(LimitExceeded::Handles(max));
        }
        Ok(())
    }

    /// What a trap means: the memory limit if the guest was refused memory before it.
    pub fn explain_trap(&self) -> Option<LimitExceeded> {
        self.memory_refused.then(|| LimitExceeded::Memory(self.limits.max_memory_mib.unwrap_or_default()))
    }

    /// The epoch callback's answer: run one more tick, end the run, or (`slicing`,
    /// when instances share threads) give the thread to the others for a moment, so a
    /// busy program cannot hold up the rest. Its CPU time stops while it waits.
    pub fn on_tick(&mut self, handles: usize, slicing: bool) -> wasmtime::Result<UpdateDeadline> {
        let resumed_at = self.resumed_at.swap(0, Ordering::Relaxed);
        if resumed_at != 0 && self.cpu.running_since.is_none() {
            self.cpu.running_since = Some(Duration::from_nanos(resumed_at));
        }
        self.check(handles).map_err(wasmtime::Error::new)?;
        if !slicing {
            return Ok(UpdateDeadline::Continue(1));
        }
        self.pause();
        let measured = self.limits.cpu_time_ms.is_some();
        let resumed_at = self.resumed_at.clone();
        Ok(UpdateDeadline::YieldCustom(
            1,
            Box::pin(async move {
                tokio::task::yield_now().await;
                if measured {
                    resumed_at.store(thread_cpu_time().as_nanos() as u64, Ordering::Relaxed);
                }
            }),
        ))
    }
}

impl ResourceLimiter for Enforcer {
    fn memory_growing(&mut self, _current: usize, desired: usize, maximum: Option<usize>) -> wasmtime::Result<bool> {
        let allowed =
            self.limits.max_memory_bytes().is_none_or(|max| desired as u64 <= max) && maximum.is_none_or(|maximum| desired <= maximum);
        // A refusal is an allocation failure inside the guest, which QuickJS turns into
        // a catchable error; only a trap after it ends the run.
        self.memory_refused |= !allowed;
        Ok(allowed)
    }

    fn table_growing(&mut self, _current: usize, desired: usize, maximum: Option<usize>) -> wasmtime::Result<bool> {
        Ok(maximum.is_none_or(|maximum| desired <= maximum))
    }
}

/// Bytes written to stdout and stderr together, against `--max-output`.
#[derive(Debug)]
pub struct OutputBudget {
    limit_mib: Option<u64>,
    written: AtomicU64,
}

impl OutputBudget {
    pub fn new(limit_mib: Option<u64>) -> Arc<Self> {
        Arc::new(OutputBudget { limit_mib, written: AtomicU64::new(0) })
    }

    fn spend(&self, bytes: usize) -> Result<(), LimitExceeded> {
        let written = self.written.fetch_add(bytes as u64, Ordering::Relaxed) + bytes as u64;
        match self.limit_mib {
            Some(mib) if written > mib << 20 => Err(LimitExceeded::Output(mib)),
            _ => Ok(()),
        }
    }
}

/// Where a stream's bytes go instead of the host's stdio: a child's output, to its parent.
pub type OutputRelay = Arc<dyn Fn(&[u8]) + Send + Sync>;

/// The host's stdout or stderr (or a relay standing for it), with every byte counted
/// against the output budget. The bytes that cross the limit are not written: the run
/// ends instead.
#[derive(Clone)]
pub struct MeteredStdio {
    stderr: bool,
    budget: Arc<OutputBudget>,
    relay: Option<OutputRelay>,
}

impl MeteredStdio {
    pub fn stdout(budget: Arc<OutputBudget>) -> Self {
        MeteredStdio { stderr: false, budget, relay: None }
    }

    pub fn stderr(budget: Arc<OutputBudget>) -> Self {
        MeteredStdio { stderr: true, budget, relay: None }
    }

    pub fn relayed(budget: Arc<OutputBudget>, relay: OutputRelay) -> Self {
        MeteredStdio { stderr: false, budget, relay: Some(relay) }
    }

    fn write_all(&self, bytes: &[u8]) -> Result<(), StreamError> {
        self.budget.spend(bytes.len()).map_err(|exceeded| StreamError::Trap(wasmtime::Error::new(exceeded)))?;
        if let Some(relay) = &self.relay {
            relay(bytes);
            return Ok(());
        }
        let result =
            if self.stderr { io::Write::write_all(&mut io::stderr(), bytes) } else { io::Write::write_all(&mut io::stdout(), bytes) };
        result.map_err(|e| StreamError::LastOperationFailed(wasmtime::Error::new(e)))
    }

    fn flush(&self) -> io::Result<()> {
        if self.stderr { io::Write::flush(&mut io::stderr()) } else { io::Write::flush(&mut io::stdout()) }
    }
}

impl IsTerminal for MeteredStdio {
    fn is_terminal(&self) -> bool {
        if self.relay.is_some() {
            false
        } else if self.stderr {
            io::IsTerminal::is_terminal(&io::stderr())
        } else {
            io::IsTerminal::is_terminal(&io::stdout())
        }
    }
}

impl StdoutStream for MeteredStdio {
    fn p2_stream(&self) -> Box<dyn OutputStream> {
        Box::new(self.clone())
    }

    fn async_stream(&self) -> Box<dyn tokio::io::AsyncWrite + Send + Sync> {
        Box::new(self.clone())
    }
}

impl OutputStream for MeteredStdio {
    fn write(&mut self, bytes: bytes::Bytes) -> StreamResult<()> {
        self.write_all(&bytes)
    }

    fn flush(&mut self) -> StreamResult<()> {
        MeteredStdio::flush(self).map_err(|e| StreamError::LastOperationFailed(wasmtime::Error::new(e)))
    }

    fn check_write(&mut self) -> StreamResult<usize> {
        // As wasmtime-wasi's own stdio: writes are synchronous, any size is ready.
        Ok(1 << 20)
    }
}

#[wasmtime_wasi::async_trait]
impl Pollable for MeteredStdio {
    async fn ready(&mut self) {}
}

impl tokio::io::AsyncWrite for MeteredStdio {
    fn poll_write(self: Pin<&mut Self>, _cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        Poll::Ready(match self.write_all(buf) {
            Ok(()) => Ok(buf.len()),
            Err(_) => Err(io::Error::other(format!("{}", LimitExceeded::Output(self.budget.limit_mib.unwrap_or_default())))),
        })
    }

    fn poll_flush(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(MeteredStdio::flush(&self))
    }

    fn poll_shutdown(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(Ok(()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_budget_counts_both_streams() {
        let budget = OutputBudget::new(Some(1));
        assert_eq!(budget.spend(1 << 19), Ok(()));
        assert_eq!(budget.spend(1 << 19), Ok(()));
        assert_eq!(budget.spend(1), Err(LimitExceeded::Output(1)));
    }

    #[test]
    fn unlimited_output_is_never_refused() {
        let budget = OutputBudget::new(None);
        assert_eq!(budget.spend(usize::MAX >> 2), Ok(()));
    }

    #[test]
    fn memory_beyond_the_limit_is_refused_and_remembered() {
        let mut enforcer = Enforcer::new(Limits { max_memory_mib: Some(1), ..Limits::default() });
        assert!(enforcer.memory_growing(0, 1 << 20, None).unwrap());
        assert_eq!(enforcer.explain_trap(), None);
        assert!(!enforcer.memory_growing(1 << 20, (1 << 20) + 65536, None).unwrap());
        assert_eq!(enforcer.explain_trap(), Some(LimitExceeded::Memory(1)));
    }

    #[test]
    fn handles_beyond_the_limit_end_the_run() {
        let enforcer = Enforcer::new(Limits { max_handles: Some(2), ..Limits::default() });
        assert_eq!(enforcer.check(2), Ok(()));
        assert_eq!(enforcer.check(3), Err(LimitExceeded::Handles(2)));
    }

    #[test]
    fn cpu_time_counts_only_while_running() {
        let mut enforcer = Enforcer::new(Limits { cpu_time_ms: Some(20), ..Limits::default() });
        enforcer.pause();
        std::thread::sleep(Duration::from_millis(40));
        assert_eq!(enforcer.check(0), Ok(()), "sleeping in wait is not CPU time");
        enforcer.resume();
        spin(Duration::from_millis(25));
        assert_eq!(enforcer.check(0), Err(LimitExceeded::CpuTime(20)));
    }

    /// Uses this much of the thread's CPU time (not wall time: the machine may be busy).
    fn spin(cpu: Duration) {
        let start = thread_cpu_time();
        while thread_cpu_time() - start < cpu {
            std::hint::black_box(0u64.wrapping_add(1));
        }
    }

    #[test]
    fn time_given_to_others_in_a_slice_is_not_counted() {
        let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
        let mut enforcer = Enforcer::new(Limits { cpu_time_ms: Some(20), ..Limits::default() });
        let Ok(UpdateDeadline::YieldCustom(1, resumed)) = enforcer.on_tick(0, true) else { panic!("a slice ends in a yield") };
        spin(Duration::from_millis(30));
        runtime.block_on(resumed);
        assert!(matches!(enforcer.on_tick(0, false), Ok(UpdateDeadline::Continue(1))), "another instance's 30 ms are not this one's");
        spin(Duration::from_millis(25));
        assert!(enforcer.on_tick(0, false).is_err(), "its own time after the slice counts");
    }
}
