//! The event loop's one blocking call: waiting on the host's completion queue.

use rquickjs::{Ctx, Function, IntoJs, Object, Value};

use crate::wit::nodule::runtime::completions::{self, Outcome};

/// Waits up to `timeout_ms` (forever when absent) for host operations and returns
/// their completions flattened as `[op, result, op, result, ...]`, where a result is
/// what the synchronous call would return: a value, or a negative errno for a failure.
fn wait<'js>(ctx: Ctx<'js>, timeout_ms: Option<f64>) -> rquickjs::Result<Vec<Value<'js>>> {
    let timeout = timeout_ms.map(|ms| ms.clamp(0.0, u32::MAX as f64).ceil() as u32);
    let mut flat = Vec::new();
    for completion in completions::wait(timeout) {
        flat.push((completion.op as f64).into_js(&ctx)?);
        flat.push(match completion.outcome {
            Outcome::Fs(response) => super::fs::response_to_js(&ctx, response)?,
            Outcome::Net(response) => super::net::response_to_js(&ctx, response)?,
            Outcome::Failed(code) => super::errno(code).into_js(&ctx)?,
        });
    }
    Ok(flat)
}

pub fn create<'js>(ctx: &Ctx<'js>) -> rquickjs::Result<Object<'js>> {
    let binding = Object::new(ctx.clone())?;
    binding.set("wait", Function::new(ctx.clone(), wait)?)?;
    binding.set("inFlight", Function::new(ctx.clone(), completions::in_flight)?)?;
    Ok(binding)
}
