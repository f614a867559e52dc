//! Worker threads and child processes running this runtime (`wit/workers.wit`): each
//! worker is another instance of the guest, run to its end on a host thread of its own
//! with its own single-threaded runtime, with a copy of its parent's grants and limits.
//! Parent and worker share nothing but two channels of messages (and, when the parent
//! asks, the worker's output), which the host carries without reading.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use tokio::sync::{Notify, mpsc};

use crate::bindings::completions::Outcome;
use crate::bindings::process::{Entry, Invocation};
use crate::bindings::types::{ErrorCode, OpId};
use crate::bindings::workers::{Event, Host, Kind, Output, ParentLink, ThreadId, WorkerStart};
use crate::engine::{Ended, NoduleEngine};
use crate::io::completions::Finished;
use crate::limits::{Limits, OutputRelay};
use crate::net::SharedPorts;
use crate::permissions::Permissions;
use crate::state::{InstanceState, Stdio};

/// Thread ids are unique in the process, as Node's; 0 is the main thread.
static NEXT_THREAD_ID: AtomicU32 = AtomicU32::new(1);

/// The most workers one instance may have running at once: each is a thread and an
/// instance's memory, so a program that starts them in a loop is refused (`EMFILE`).
const MAX_WORKERS: usize = 256;

/// The receiving end of a channel, shared by the operations that wait on it in turn.
type Inbox<T> = Arc<tokio::sync::Mutex<mpsc::UnboundedReceiver<T>>>;

/// An instance's workers, and its own link to a parent when it is one.
#[derive(Default)]
pub struct Workers {
    /// What runs workers: set by the command that may grant them, absent under `nodule serve`.
    engine: Option<Arc<NoduleEngine>>,
    /// What a worker gets: the instance's own grants and limits.
    permissions: Permissions,
    limits: Limits,
    started: HashMap<ThreadId, Worker>,
    parent: Option<Parent>,
    /// The listeners cluster workers share: one set for a program and every instance
    /// it starts (`net/shared.rs`).
    pub shared_ports: Arc<SharedPorts>,
}

/// A worker seen from its parent. Dropping it ends the worker.
struct Worker {
    to_worker: mpsc::UnboundedSender<String>,
    from_worker: Inbox<Event>,
    stop: Arc<Notify>,
}

impl Drop for Worker {
    fn drop(&mut self) {
        self.stop.notify_one();
    }
}

/// A worker's side of its link.
struct Parent {
    thread_id: ThreadId,
    data: String,
    to_parent: mpsc::UnboundedSender<Event>,
    from_parent: Inbox<String>,
}

impl Workers {
    /// Lets the instance start workers (when its grants allow it), run by `engine` with
    /// these grants and limits.
    pub fn enable(&mut self, engine: Arc<NoduleEngine>, permissions: &Permissions, limits: Limits) {
        self.engine = Some(engine);
        self.permissions = permissions.clone();
        self.limits = limits;
    }

    fn start(&mut self, options: WorkerStart) -> Result<ThreadId, ErrorCode> {
        let granted = match options.kind {
            Kind::Thread => self.permissions.worker,
            Kind::ChildProcess => self.permissions.child_process,
        };
        let Some(engine) = self.engine.as_ref().filter(|_| granted) else {
            return Err(ErrorCode::AccessDenied);
        };
        let engine = engine.interruptible().map_err(|_| ErrorCode::Eio)?;
        let entry = match options.entry {
            entry @ (Entry::File(_) | Entry::Eval(_) | Entry::Print(_)) => entry,
            _ => return Err(ErrorCode::Einval),
        };
        if self.started.len() >= MAX_WORKERS {
            return Err(ErrorCode::Emfile);
        }
        let mut limits = self.limits;
        // A worker may ask for less memory than its parent has, never more.
        let asked_mib = options.max_memory.map(|bytes| bytes.div_ceil(1 << 20).max(1));
        limits.max_memory_mib = match (limits.max_memory_mib, asked_mib) {
            (Some(parent), Some(asked)) => Some(parent.min(asked)),
            (parent, asked) => parent.or(asked),
        };
        let thread_id = NEXT_THREAD_ID.fetch_add(1, Ordering::Relaxed);
        let (to_worker, worker_inbox) = mpsc::unbounded_channel();
        let (to_parent, parent_inbox) = mpsc::unbounded_channel();
        let stop = Arc::new(Notify::new());
        let stdio = if options.capture_output {
            Stdio::Relay { stdout: relay(&to_parent, false), stderr: relay(&to_parent, true) }
        } else {
            Stdio::Worker
        };
        let mut state = InstanceState::new(&self.permissions, limits, stdio).map_err(|_| ErrorCode::Eio)?;
        state.workers.enable(engine.clone(), &self.permissions, limits);
        state.workers.shared_ports = self.shared_ports.clone();
        state.workers.parent = Some(Parent {
            thread_id,
            data: options.data,
            to_parent: to_parent.clone(),
            from_parent: Arc::new(tokio::sync::Mutex::new(worker_inbox)),
        });
        let invocation = Invocation {
            argv: options.argv,
            exec_argv: options.exec_argv,
            cwd: options.cwd.unwrap_or_else(|| std::env::current_dir().map(|dir| dir.to_string_lossy().into_owned()).unwrap_or_default()),
            entry,
            max_memory: limits.max_memory_bytes(),
        };
        let stopped = stop.clone();
        std::thread::Builder::new()
            .name(format!("nodule-worker-{thread_id}"))
            .spawn(move || {
                let end = run_worker(&engine, &invocation, state, &stopped).map_or(Event::Terminated, Event::Exit);
                let _ = to_parent.send(end);
            })
            .map_err(|_| ErrorCode::Enomem)?;
        let from_worker = Arc::new(tokio::sync::Mutex::new(parent_inbox));
        self.started.insert(thread_id, Worker { to_worker, from_worker, stop });
        Ok(thread_id)
    }
}

/// What a worker writes to `stderr` or stdout, sent to its parent as it is written.
fn relay(to_parent: &mpsc::UnboundedSender<Event>, stderr: bool) -> OutputRelay {
    let to_parent = to_parent.clone();
    Arc::new(move |bytes: &[u8]| {
        let _ = to_parent.send(Event::Output(Output { stderr, bytes: bytes.to_vec() }));
    })
}

/// Runs a worker's instance on this thread to its end and returns its exit status, or
/// none when it was told to stop first. The instance gives the thread back every tick
/// (as under `nodule serve`), so a stop reaches a worker that is busy computing too.
fn run_worker(engine: &NoduleEngine, invocation: &Invocation, state: InstanceState, stop: &Notify) -> Option<i32> {
    let Ok(runtime) = tokio::runtime::Builder::new_current_thread().enable_all().build() else {
        return Some(crate::engine::TRAP_EXIT_STATUS);
    };
    let status = runtime.block_on(async {
        tokio::select! {
            ended = engine.run(invocation, state, true) => {
                let ended = ended.unwrap_or_else(|e| Ended::Trapped(format!("{e:#}")));
                if let Some(reason) = ended.reason() {
                    eprintln!("nodule: worker {}: {reason}", invocation.argv.get(1).map_or("", String::as_str));
                }
                Some(ended.exit_status())
            }
            () = stop.notified() => None,
        }
    });
    // A read the worker started may still be blocked in tokio's pool; the worker is done.
    runtime.shutdown_background();
    status
}

/// Whether `event` is a worker's last.
fn is_end(event: &Event) -> bool {
    matches!(event, Event::Exit(_) | Event::Terminated)
}

/// Collects a worker's events up to its end, ending it once `timeout` has passed. This
/// blocks the calling instance, as a synchronous child process does: on a thread of
/// its own, since tokio refuses to block one of its runtimes' threads.
fn collect_to_end(inbox: &Inbox<Event>, stop: &Notify, timeout: Option<Duration>) -> Vec<Event> {
    let collect = async {
        let mut inbox = inbox.lock().await;
        let mut events = Vec::new();
        let timer = tokio::time::sleep(timeout.unwrap_or(Duration::MAX));
        tokio::pin!(timer);
        let mut timing = timeout.is_some();
        loop {
            tokio::select! {
                event = inbox.recv() => {
                    let event = event.unwrap_or(Event::Terminated);
                    let end = is_end(&event);
                    events.push(event);
                    if end {
                        return events;
                    }
                }
                () = &mut timer, if timing => {
                    timing = false;
                    stop.notify_one();
                }
            }
        }
    };
    std::thread::scope(|scope| {
        scope
            .spawn(|| match tokio::runtime::Builder::new_current_thread().enable_time().build() {
                Ok(runtime) => runtime.block_on(collect),
                Err(_) => vec![Event::Terminated],
            })
            .join()
            .unwrap_or_else(|_| vec![Event::Terminated])
    })
}

impl Host for InstanceState {
    fn start(&mut self, options: WorkerStart) -> Result<ThreadId, ErrorCode> {
        self.workers.start(options)
    }

    fn post(&mut self, worker: ThreadId, message: String) -> Result<(), ErrorCode> {
        let worker = self.workers.started.get(&worker).ok_or(ErrorCode::Ebadf)?;
        let _ = worker.to_worker.send(message);
        Ok(())
    }

    fn receive(&mut self, worker: ThreadId) -> OpId {
        let Some(inbox) = self.workers.started.get(&worker).map(|started| started.from_worker.clone()) else {
            return self.completions.complete_now(Outcome::Failed(ErrorCode::Ebadf));
        };
        self.completions.start_async(async move {
            let event = inbox.lock().await.recv().await.unwrap_or(Event::Terminated);
            if !is_end(&event) {
                return Outcome::Worker(event).into();
            }
            // Once its exit is collected the worker is gone: it no longer counts, and its id names nothing.
            Finished::on_instance(move |state| {
                state.workers.started.remove(&worker);
                Outcome::Worker(event)
            })
        })
    }

    fn terminate(&mut self, worker: ThreadId) {
        if let Some(worker) = self.workers.started.get(&worker) {
            worker.stop.notify_one();
        }
    }

    fn run_to_end(&mut self, worker: ThreadId, timeout_ms: Option<u32>) -> Vec<Event> {
        let Some(started) = self.workers.started.remove(&worker) else {
            return vec![Event::Terminated];
        };
        // Time blocked here is not the program's CPU time.
        self.enforcer.pause();
        let events = collect_to_end(&started.from_worker, &started.stop, timeout_ms.map(|ms| Duration::from_millis(ms.into())));
        self.enforcer.resume();
        events
    }

    fn parent(&mut self) -> Option<ParentLink> {
        self.workers.parent.as_ref().map(|parent| ParentLink { thread_id: parent.thread_id, data: parent.data.clone() })
    }

    fn post_to_parent(&mut self, message: String) {
        if let Some(parent) = &self.workers.parent {
            let _ = parent.to_parent.send(Event::Message(message));
        }
    }

    fn receive_from_parent(&mut self) -> OpId {
        let Some(parent) = &self.workers.parent else {
            return self.completions.complete_now(Outcome::Failed(ErrorCode::Ebadf));
        };
        let inbox = parent.from_parent.clone();
        self.completions.start_async(async move {
            // The parent has let go of this worker once its end of the channel is gone.
            let event = inbox.lock().await.recv().await.map_or(Event::Exit(0), Event::Message);
            Outcome::Worker(event).into()
        })
    }
}
