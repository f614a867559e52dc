//! The async context AsyncLocalStorage keeps its stores in (`internal/async_context_frame`):
//! one value per runtime that QuickJS (patched: vendor/rquickjs-sys/patches) captures in
//! every promise reaction and job when it is created and makes current again while it runs,
//! so that it follows `await` and `.then` as V8's continuation-preserved embedder data does.
//!
//! `get` and `set` are plain QuickJS C functions: they run on every `getStore()` and
//! around every callback, where rquickjs's argument conversions cost several times the call.

use std::ffi::c_int;

use rquickjs::{Ctx, Object, qjs};

unsafe extern "C" {
    /// Returns a new reference to the current async context (`undefined` at first).
    fn JS_GetAsyncContext(ctx: *mut qjs::JSContext) -> qjs::JSValue;
    /// Makes `async_context` current; the runtime keeps its own reference.
    fn JS_SetAsyncContext(ctx: *mut qjs::JSContext, async_context: qjs::JSValue);
}

/// `get()`: the current async context.
///
/// # Safety
/// Called by QuickJS as a `JS_CFUNC_generic` function of a live context.
unsafe extern "C" fn get(ctx: *mut qjs::JSContext, _this: qjs::JSValue, _argc: c_int, _argv: *mut qjs::JSValue) -> qjs::JSValue {
    // SAFETY: a live context; the new reference returned is the caller's, as QuickJS expects.
    unsafe { JS_GetAsyncContext(ctx) }
}

/// `set(value)`: makes `value` (undefined when absent) the current async context.
///
/// # Safety
/// Called by QuickJS as a `JS_CFUNC_generic` function: `argv` holds `argc` values.
unsafe extern "C" fn set(ctx: *mut qjs::JSContext, _this: qjs::JSValue, argc: c_int, argv: *mut qjs::JSValue) -> qjs::JSValue {
    let value = if argc > 0 && !argv.is_null() {
        // SAFETY: QuickJS passes `argc` readable values at `argv` for the call's duration.
        unsafe { *argv }
    } else {
        qjs::JS_UNDEFINED
    };
    // SAFETY: a live context and a borrowed value of its runtime: the runtime takes its own reference.
    unsafe { JS_SetAsyncContext(ctx, value) };
    qjs::JS_UNDEFINED
}

pub fn create<'js>(ctx: &Ctx<'js>) -> rquickjs::Result<Object<'js>> {
    let binding = Object::new(ctx.clone())?;
    binding.set("get", super::c_function(ctx, Some(get), c"get", 0)?)?;
    binding.set("set", super::c_function(ctx, Some(set), c"set", 1)?)?;
    Ok(binding)
}
