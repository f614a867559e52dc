//! The `fs` interface: files inside the granted directories only. Each request is
//! checked against the grants on the instance's thread, then run inline (`call`) or
//! on tokio's blocking pool (`start`).

mod ops;
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
