//! The async context AsyncLocalStorage keeps its stores in (`internal/async_context_frame`):
//! one value per runtime that QuickJS (patched: vendor/rquickjs-sys/patches) captures in
//! every promise reaction and job when it is created and makes current again while it runs,
//! so that it follows `await` and `.then` as V8's continuation-preserved embedder data does.

use rquickjs::{Ctx, Function, Object, Value, qjs};

unsafe extern "C" {
    /// Returns a new reference to the current async context (`undefined` at first).
    fn JS_GetAsyncContext(ctx: *mut qjs::JSContext) -> qjs::JSValue;
    /// Makes `async_context` current; the runtime keeps its own reference.
    fn JS_SetAsyncContext(ctx: *mut qjs::JSContext, async_context: qjs::JSValue);
}

fn get(ctx: Ctx<'_>) -> Value<'_> {
    // SAFETY: a live context; the function returns a reference the caller owns, which
    // `from_raw` takes over.
    unsafe { Value::from_raw(ctx.clone(), JS_GetAsyncContext(ctx.as_raw().as_ptr())) }
}

fn set<'js>(ctx: Ctx<'js>, async_context: Value<'js>) {
    // SAFETY: a live context and a value of its runtime, borrowed: the runtime takes its
    // own reference.
    unsafe { JS_SetAsyncContext(ctx.as_raw().as_ptr(), async_context.as_raw()) }
}

pub fn create<'js>(ctx: &Ctx<'js>) -> rquickjs::Result<Object<'js>> {
    let binding = Object::new(ctx.clone())?;
    binding.set("get", Function::new(ctx.clone(), get)?)?;
    binding.set("set", Function::new(ctx.clone(), set)?)?;
    Ok(binding)
}
