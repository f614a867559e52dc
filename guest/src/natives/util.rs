//! Engine internals that `util.inspect` and `util.types` need and JavaScript cannot see.

use rquickjs::{Ctx, Function, Object, Value, qjs};

/// -1 for a value that is not a promise, else 0 pending, 1 fulfilled, 2 rejected.
fn get_promise_state(value: Value<'_>) -> i32 {
    // SAFETY: reads the state of a live value in its own context.
    unsafe { qjs::JS_PromiseState(value.ctx().as_raw().as_ptr(), value.as_raw()) as i32 }
}

/// The value a settled promise holds.
fn get_promise_result<'js>(value: Value<'js>) -> Value<'js> {
    let ctx = value.ctx().clone();
    // SAFETY: JS_PromiseResult returns a new reference, owned by the Value made from it.
    unsafe { Value::from_raw(ctx.clone(), qjs::JS_PromiseResult(ctx.as_raw().as_ptr(), value.as_raw())) }
}

fn is_proxy(value: Value<'_>) -> bool {
    // SAFETY: reads the class of a live value.
    unsafe { qjs::JS_IsProxy(value.as_raw()) }
}

/// `[target, handler]` of a proxy, `[null, null]` for a revoked one (as V8 reports it), else
/// undefined.
fn get_proxy_details<'js>(value: Value<'js>) -> rquickjs::Result<Value<'js>> {
    let ctx = value.ctx().clone();
    if !is_proxy(value.clone()) {
        return Ok(Value::new_undefined(ctx));
    }
    let raw_ctx = ctx.as_raw().as_ptr();
    // SAFETY: `value` is a proxy (checked above); the call returns a new reference or, for a
    // revoked proxy, the exception marker with a TypeError pending.
    let target = unsafe { qjs::JS_GetProxyTarget(raw_ctx, value.as_raw()) };
    let details = rquickjs::Array::new(ctx.clone())?;
    // SAFETY: reads the tag of the value just returned.
    if unsafe { qjs::JS_IsException(target) } {
        // Revoked: drop the pending TypeError, the proxy has neither target nor handler.
        drop(ctx.catch());
        details.set(0, Value::new_null(ctx.clone()))?;
        details.set(1, Value::new_null(ctx))?;
        return Ok(details.into_value());
    }
    // SAFETY: both are new references (the proxy is not revoked), each owned by the Value made
    // from it.
    let (target, handler) =
        unsafe { (Value::from_raw(ctx.clone(), target), Value::from_raw(ctx.clone(), qjs::JS_GetProxyHandler(raw_ctx, value.as_raw()))) };
    details.set(0, target)?;
    details.set(1, handler)?;
    Ok(details.into_value())
}

pub fn create<'js>(ctx: &Ctx<'js>) -> rquickjs::Result<Object<'js>> {
    let binding = Object::new(ctx.clone())?;
    binding.set("getPromiseState", Function::new(ctx.clone(), get_promise_state)?)?;
    binding.set("getPromiseResult", Function::new(ctx.clone(), get_promise_result)?)?;
    binding.set("isProxy", Function::new(ctx.clone(), is_proxy)?)?;
    binding.set("getProxyDetails", Function::new(ctx.clone(), get_proxy_details)?)?;
    Ok(binding)
}
