//! The `fs` interface: files inside the granted directories only. Each request is
//! checked against the grants on the instance's thread, then run inline (`call`) or
//! on tokio's blocking pool (`start`).

mod ops;
mod sandbox;

pub use sandbox::FileSystem;

use crate::bindings::completions::Outcome;
use crate::bindings::fs::{Host, Request, Response};
use crate::bindings::types::{ErrorCode, OpId};
use crate::state::InstanceState;

impl Host for InstanceState {
    fn call(&mut self, request: Request) -> Result<Response, ErrorCode> {
        self.files.prepare(request)?.run()
    }

    fn start(&mut self, request: Request) -> OpId {
        match self.files.prepare(request) {
            Ok(work) => self.completions.start_blocking(move || match work.run() {
                Ok(response) => Outcome::Fs(response),
                Err(code) => Outcome::Failed(code),
            }),
            Err(code) => self.completions.complete_now(Outcome::Failed(code)),
        }
    }
}
