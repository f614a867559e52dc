//! Microtasks and promise-rejection tracking, for `internal/process/task_queues`.

use std::cell::RefCell;
use std::mem::MaybeUninit;

use rquickjs::{Ctx, Function, Object, Persistent, Runtime, qjs};

thread_local! {
    /// js-lib's handler for "a promise was rejected with no handler" and "a handler was
    /// added later" (Node's `promiseRejectHandler`).
    static REJECT_CALLBACK: RefCell<Option<Persistent<Function<'static>>>> = const { RefCell::new(None) };
}

/// Runs promise jobs until none is left. A job that throws stops the run and its
/// exception is thrown to the caller, which reports it and calls again.
fn run_microtasks(ctx: Ctx<'_>) -> rquickjs::Result<()> {
    // SAFETY: the runtime of a live context.
    let runtime = unsafe { qjs::JS_GetRuntime(ctx.as_raw().as_ptr()) };
    loop {
        let mut job_ctx = MaybeUninit::<*mut qjs::JSContext>::uninit();
        // SAFETY: `runtime` is live and this thread owns it; the job's context is only written.
        match unsafe { qjs::JS_ExecutePendingJob(runtime, job_ctx.as_mut_ptr()) } {
            0 => return Ok(()),
            result if result < 0 => return Err(rquickjs::Error::Exception),
            _ => {}
        }
    }
}

fn set_promise_reject_callback<'js>(ctx: Ctx<'js>, callback: Function<'js>) {
    let callback = Persistent::save(&ctx, callback);
    REJECT_CALLBACK.with(|cell| *cell.borrow_mut() = Some(callback));
}

pub fn install_rejection_tracker(runtime: &Runtime) {
    runtime.set_host_promise_rejection_tracker(Some(Box::new(|ctx, promise, reason, is_handled| {
        let Some(callback) = REJECT_CALLBACK.with(|cell| cell.borrow().clone()) else { return };
        let result = callback.restore(&ctx).and_then(|f| f.call::<_, ()>((is_handled, promise, reason)));
        if let Err(err) = result {
            super::report_fatal(&ctx, err);
        }
    })));
}

pub fn create<'js>(ctx: &Ctx<'js>) -> rquickjs::Result<Object<'js>> {
    let binding = Object::new(ctx.clone())?;
    binding.set("runMicrotasks", Function::new(ctx.clone(), run_microtasks)?)?;
    binding.set("setPromiseRejectCallback", Function::new(ctx.clone(), set_promise_reject_callback)?)?;
    Ok(binding)
}
