//! The event loop's one blocking call: waiting on the host's completion queue.

use std::sync::atomic::{AtomicUsize, Ordering};

use rquickjs::{Ctx, Function, IntoJs, Object, Value, qjs};

use crate::wit::nodule::runtime::completions::{self, Outcome};

/// Waits up to `timeout_ms` (forever when absent) for host operations and returns
/// their completions flattened as `[op, result, op, result, ...]`, where a result is
/// what the synchronous call would return: a value, or a negative errno for a failure.
fn wait<'js>(ctx: Ctx<'js>, timeout_ms: Option<f64>) -> rquickjs::Result<Vec<Value<'js>>> {
    keep_gc_threshold_up(&ctx);
    let timeout = timeout_ms.map(|ms| ms.clamp(0.0, u32::MAX as f64).ceil() as u32);
    let mut flat = Vec::new();
    for completion in completions::wait(timeout) {
        flat.push((completion.op as f64).into_js(&ctx)?);
        flat.push(match completion.outcome {
            Outcome::Fs(response) => super::fs::response_to_js(&ctx, response)?,
            Outcome::Net(response) => super::net::response_to_js(&ctx, response)?,
            Outcome::Worker(event) => super::workers::event_to_js(&ctx, event)?,
            Outcome::HostProcess(ended) => super::host_process::ended_to_js(&ctx, ended)?,
            Outcome::Failed(code) => super::errno(code).into_js(&ctx)?,
        });
    }
    Ok(flat)
}

/// The least heap growth between cycle collections. QuickJS collects when the heap
/// outgrows 1.5x what survived the last collection; with js-lib's few megabytes live,
/// that is a full collection every megabyte or so, which costs servers a fifth of their
/// throughput and its worst latencies. Raising the floor once per loop iteration keeps
/// the 1.5x rule for large heaps and bounds garbage at this much for small ones.
const GC_THRESHOLD_FLOOR: usize = 16 * 1024 * 1024;

/// The floor in force: lower under a memory limit (`set_heap_limit`), where QuickJS
/// refuses an allocation past the limit without collecting first.
static GC_FLOOR: AtomicUsize = AtomicUsize::new(GC_THRESHOLD_FLOOR);

/// Keeps garbage to a quarter of a limited heap, so a collection comes well before
/// QuickJS's allocation limit.
pub fn set_heap_limit(limit: usize) {
    GC_FLOOR.store(GC_THRESHOLD_FLOOR.min(limit / 4), Ordering::Relaxed);
}

fn keep_gc_threshold_up(ctx: &Ctx<'_>) {
    let floor = GC_FLOOR.load(Ordering::Relaxed);
    // SAFETY: reads and sets one field of the live runtime this context belongs to.
    unsafe {
        let runtime = qjs::JS_GetRuntime(ctx.as_raw().as_ptr());
        if qjs::JS_GetGCThreshold(runtime) < floor as _ {
            qjs::JS_SetGCThreshold(runtime, floor as _);
        }
    }
}

pub fn create<'js>(ctx: &Ctx<'js>) -> rquickjs::Result<Object<'js>> {
    let binding = Object::new(ctx.clone())?;
    binding.set("wait", Function::new(ctx.clone(), wait)?)?;
    Ok(binding)
}
