//! The async context AsyncLocalStorage keeps its stores in (`internal/async_context_frame`):
//! one value per runtime that QuickJS (patched: vendor/rquickjs-sys/patches) captures in
//! every promise reaction and job when it is created and makes current again while it runs,
//! so that it follows `await` and `.then` as V8's continuation-preserved embedder data does.
//!
//! `get` and `set` are plain QuickJS C functions: they run on every `getStore()` and
//! around every callback, where rquickjs's argument conversions cost several times the call.

use std::ffi::{CStr, c_int};

use rquickjs::{Ctx, Object, Value, qjs};

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

fn native<'js>(ctx: &Ctx<'js>, function: qjs::JSCFunction, name: &CStr, length: c_int) -> rquickjs::Result<Value<'js>> {
    // SAFETY: `ctx` is live; QuickJS copies the name; the value made is owned.
    let value =
        unsafe { qjs::JS_NewCFunction2(ctx.as_raw().as_ptr(), function, name.as_ptr(), length, qjs::JSCFunctionEnum_JS_CFUNC_generic, 0) };
    // SAFETY: reads the tag of the value just made.
    if unsafe { qjs::JS_IsException(value) } {
        return Err(rquickjs::Error::Exception);
    }
    // SAFETY: an owned reference from `ctx`'s runtime, handed over once.
    Ok(unsafe { Value::from_raw(ctx.clone(), value) })
}

pub fn create<'js>(ctx: &Ctx<'js>) -> rquickjs::Result<Object<'js>> {
    let binding = Object::new(ctx.clone())?;
    binding.set("get", native(ctx, Some(get), c"get", 0)?)?;
    binding.set("set", native(ctx, Some(set), c"set", 1)?)?;
    Ok(binding)
}
