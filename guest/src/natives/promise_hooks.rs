//! V8's promise hooks, for `v8.promiseHooks` (js-lib/internal/promise_hooks.js), over
//! QuickJS's own `JS_SetPromiseHook`, patched to raise V8's events
//! (vendor/rquickjs-sys/patches/promise-hooks.patch): "settled" for a rejection too, and
//! "before"/"after" around each `then` reaction.
//!
//! QuickJS calls one C function for every event; it calls js-lib's dispatcher with
//! `(type, promise, parent)`, where type is QuickJS's: 0 init, 1 before, 2 after, 3 settled.

use std::cell::Cell;
use std::ffi::c_void;

use rquickjs::{Ctx, Function, Object, qjs};

thread_local! {
    /// js-lib's dispatcher, a reference this module owns, while any hook is set.
    static DISPATCHER: Cell<Option<qjs::JSValue>> = const { Cell::new(None) };
    /// Set while the dispatcher runs, so that the promises a hook makes raise no events
    /// of their own (a hook that makes a promise would otherwise recurse without end).
    static DISPATCHING: Cell<bool> = const { Cell::new(false) };
}

/// QuickJS's promise hook: hands the event to the dispatcher.
///
/// # Safety
/// Called by QuickJS with a live context and values borrowed for the call's duration.
unsafe extern "C" fn on_promise_event(
    ctx: *mut qjs::JSContext,
    kind: qjs::JSPromiseHookType,
    promise: qjs::JSValue,
    parent: qjs::JSValue,
    _opaque: *mut c_void,
) {
    let Some(dispatcher) = DISPATCHER.get() else { return };
    if DISPATCHING.replace(true) {
        return;
    }
    let mut args = [qjs::JS_MKVAL(qjs::JS_TAG_INT, kind as i32), promise, parent];
    // SAFETY: `dispatcher` is a live function of this runtime. The call holds a reference
    // of its own, since a hook may stop every hook (and free the stored one) while it runs.
    let result = unsafe {
        let dispatcher = qjs::JS_DupValue(ctx, dispatcher);
        let result = qjs::JS_Call(ctx, dispatcher, qjs::JS_UNDEFINED, args.len() as i32, args.as_mut_ptr());
        qjs::JS_FreeValue(ctx, dispatcher);
        result
    };
    // The dispatcher reports its hooks' errors itself; anything left (out of memory) is
    // dropped, as QuickJS's hook cannot fail.
    // SAFETY: `result` is owned here; an exception's value is taken from the context and freed.
    unsafe {
        if qjs::JS_IsException(result) {
            qjs::JS_FreeValue(ctx, qjs::JS_GetException(ctx));
        } else {
            qjs::JS_FreeValue(ctx, result);
        }
    }
    DISPATCHING.set(false);
}

/// `setDispatcher(fn | undefined)`: routes every promise event to `fn`, or stops.
fn set_dispatcher<'js>(ctx: Ctx<'js>, dispatcher: Option<Function<'js>>) {
    let raw = ctx.as_raw().as_ptr();
    // SAFETY: a live context; the stored reference (dropped here) was taken from its runtime.
    unsafe {
        if let Some(previous) = DISPATCHER.take() {
            qjs::JS_FreeValue(raw, previous);
        }
        let runtime = qjs::JS_GetRuntime(raw);
        match dispatcher {
            Some(dispatcher) => {
                DISPATCHER.set(Some(qjs::JS_DupValue(raw, dispatcher.as_raw())));
                qjs::JS_SetPromiseHook(runtime, Some(on_promise_event), std::ptr::null_mut());
            }
            None => qjs::JS_SetPromiseHook(runtime, None, std::ptr::null_mut()),
        }
    }
}

pub fn create<'js>(ctx: &Ctx<'js>) -> rquickjs::Result<Object<'js>> {
    let binding = Object::new(ctx.clone())?;
    binding.set("setDispatcher", Function::new(ctx.clone(), set_dispatcher)?)?;
    Ok(binding)
}
