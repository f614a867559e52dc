//! The completion queue: asynchronous host work runs on tokio and its results wait
//! here until the guest's event loop calls `wait`.

use std::future::Future;
use std::time::Duration;

use tokio::sync::mpsc;

use crate::bindings::completions::{Completion, Host, Outcome};
use crate::bindings::types::{ErrorCode, OpId};
use crate::state::InstanceState;

/// How an operation ended, as its background work reports it: an outcome, or one
/// made on the instance's thread by a step the work hands back. Handles (a new
/// socket's or file's number) can only be given out there, so `wait` runs the step
/// before the guest sees the completion.
#[expect(clippy::large_enum_variant, reason = "most completions are outcomes; boxing them would allocate for each one")]
pub enum Finished {
    Outcome(Outcome),
    OnInstance(Box<dyn FnOnce(&mut InstanceState) -> Outcome + Send>),
}

impl Finished {
    pub fn on_instance(step: impl FnOnce(&mut InstanceState) -> Outcome + Send + 'static) -> Self {
        Finished::OnInstance(Box::new(step))
    }
}

impl From<Outcome> for Finished {
    fn from(outcome: Outcome) -> Self {
        Finished::Outcome(outcome)
    }
}

/// The most operations an instance may have in flight: each holds host memory (a
/// task, its buffers) until the guest collects it, so a program that starts work in
/// a loop without waiting is refused (`EMFILE`) instead of growing the host.
pub const MAX_IN_FLIGHT: u32 = 1 << 16;

pub struct CompletionQueue {
    sender: mpsc::UnboundedSender<(OpId, Finished)>,
    receiver: mpsc::UnboundedReceiver<(OpId, Finished)>,
    next_op: OpId,
    /// Started operations whose completion `wait` has not returned yet. The queue's
    /// own sender keeps the channel open, so without this count a `wait` with nothing
    /// in flight would never return.
    in_flight: u32,
}

impl Default for CompletionQueue {
    fn default() -> Self {
        let (sender, receiver) = mpsc::unbounded_channel();
        CompletionQueue { sender, receiver, next_op: 0, in_flight: 0 }
    }
}

impl CompletionQueue {
    fn next_op(&mut self) -> OpId {
        self.next_op += 1;
        self.in_flight += 1;
        self.next_op
    }

    pub fn in_flight(&self) -> usize {
        self.in_flight as usize
    }

    /// Runs blocking work (file system calls) on tokio's blocking pool.
    pub fn start_blocking(&mut self, work: impl FnOnce() -> Finished + Send + 'static) -> OpId {
        if self.in_flight >= MAX_IN_FLIGHT {
            return self.complete_now(Outcome::Failed(ErrorCode::Emfile));
        }
        let op = self.next_op();
        let sender = self.sender.clone();
        tokio::task::spawn_blocking(move || {
            let _ = sender.send((op, work()));
        });
        op
    }

    /// Runs work that waits on the network as a task on the instance's runtime.
    pub fn start_async(&mut self, work: impl Future<Output = Finished> + Send + 'static) -> OpId {
        if self.in_flight >= MAX_IN_FLIGHT {
            return self.complete_now(Outcome::Failed(ErrorCode::Emfile));
        }
        let op = self.next_op();
        let sender = self.sender.clone();
        tokio::spawn(async move {
            let _ = sender.send((op, work.await));
        });
        op
    }

    /// An operation that finished before it started (it failed its checks).
    pub fn complete_now(&mut self, outcome: Outcome) -> OpId {
        let op = self.next_op();
        let _ = self.sender.send((op, outcome.into()));
        op
    }

    async fn wait(&mut self, timeout: Option<Duration>) -> Vec<(OpId, Finished)> {
        let mut ready = Vec::new();
        if self.in_flight == 0 {
            // tokio's timer would round even a zero sleep up to its 1 ms tick.
            if let Some(timeout) = timeout.filter(|t| !t.is_zero()) {
                tokio::time::sleep(timeout).await;
            }
            return ready;
        }
        let first = match timeout {
            // A zero timeout polls: tokio's timer is millisecond-grained.
            Some(Duration::ZERO) => self.receiver.try_recv().ok(),
            Some(timeout) => tokio::time::timeout(timeout, self.receiver.recv()).await.ok().flatten(),
            None => self.receiver.recv().await,
        };
        ready.extend(first);
        while let Ok(completion) = self.receiver.try_recv() {
            ready.push(completion);
        }
        self.in_flight -= ready.len() as u32;
        ready
    }
}

impl Host for InstanceState {
    async fn wait(&mut self, timeout_ms: Option<u32>) -> Vec<Completion> {
        // Time asleep here is not the program's CPU time.
        self.enforcer.pause();
        let finished = self.completions.wait(timeout_ms.map(|ms| Duration::from_millis(ms.into()))).await;
        self.enforcer.resume();
        finished
            .into_iter()
            .map(|(op, finished)| {
                let outcome = match finished {
                    Finished::Outcome(outcome) => outcome,
                    Finished::OnInstance(step) => step(self),
                };
                Completion { op, outcome }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bindings::fs::Response as FsResponse;
    use crate::limits::Limits;
    use crate::permissions::Permissions;

    fn with_runtime(test: impl AsyncFnOnce()) {
        tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(test());
    }

    fn state() -> InstanceState {
        InstanceState::new(&Permissions::default(), Limits::default(), crate::state::Stdio::Inherit).unwrap()
    }

    #[test]
    fn wait_with_nothing_in_flight_returns_at_once() {
        with_runtime(async || {
            let mut state = state();
            let start = std::time::Instant::now();
            assert!(Host::wait(&mut state, None).await.is_empty());
            assert!(start.elapsed() < Duration::from_millis(50));
        });
    }

    #[test]
    fn a_step_handed_back_runs_on_the_instance_when_collected() {
        with_runtime(async || {
            let mut state = state();
            let op = state
                .completions
                .start_async(async { Finished::on_instance(|state| Outcome::Fs(FsResponse::Count(state.completions.in_flight() as u64))) });
            let completions = Host::wait(&mut state, None).await;
            assert_eq!(completions.len(), 1);
            assert_eq!(completions[0].op, op);
            // The step ran after the queue stopped counting the operation.
            assert!(matches!(completions[0].outcome, Outcome::Fs(FsResponse::Count(0))));
        });
    }

    #[test]
    fn operations_past_the_bound_fail_at_once() {
        with_runtime(async || {
            let mut state = state();
            for _ in 0..MAX_IN_FLIGHT {
                state.completions.start_async(std::future::pending());
            }
            let refused = state.completions.start_blocking(|| Outcome::Fs(FsResponse::Done).into());
            let completions = Host::wait(&mut state, Some(0)).await;
            assert_eq!(completions.len(), 1);
            assert_eq!(completions[0].op, refused);
            assert!(matches!(completions[0].outcome, Outcome::Failed(ErrorCode::Emfile)));
        });
    }
}
