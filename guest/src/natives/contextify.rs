//! Compiling JavaScript source with a file name and Node's line numbers, and the
//! separate global environments `vm` runs code in: each is a QuickJS context of the
//! one runtime, so values pass between them as they do between V8 contexts.

use std::cell::RefCell;
use std::ffi::CString;
use std::ptr::NonNull;

use rquickjs::function::Opt;
use rquickjs::{Ctx, Exception, Function, Object, Value, qjs};

thread_local! {
    /// `vm` contexts by id; a slot is emptied when its context is freed.
    static CONTEXTS: RefCell<Vec<Option<NonNull<qjs::JSContext>>>> = const { RefCell::new(Vec::new()) };
}

/// Evaluates `source` as a global script whose first line is numbered `first_line`.
fn eval(ctx: &Ctx<'_>, source: &str, filename: &str, first_line: i32) -> rquickjs::Result<qjs::JSValue> {
    eval_raw(ctx.as_raw().as_ptr(), source, filename, first_line, qjs::JS_EVAL_TYPE_GLOBAL)
}

/// `eval` in any context of the runtime, with QuickJS's evaluation flags.
fn eval_raw(context: *mut qjs::JSContext, source: &str, filename: &str, first_line: i32, flags: u32) -> rquickjs::Result<qjs::JSValue> {
    // QuickJS reads one byte past the end of the input, which must be a NUL.
    let mut input = Vec::with_capacity(source.len() + 1);
    input.extend_from_slice(source.as_bytes());
    input.push(0);
    let filename = CString::new(filename.replace('\0', "")).expect("no NUL left");
    let mut options = qjs::JSEvalOptions {
        version: qjs::JS_EVAL_OPTIONS_VERSION as _,
        eval_flags: flags as _,
        filename: filename.as_ptr(),
        line_num: first_line,
    };
    // SAFETY: `context` is live (the caller's or one from `make_context`); `input` is
    // NUL-terminated as JS_Eval2 requires and outlives the call, as do `options`' strings.
    let value = unsafe { qjs::JS_Eval2(context, input.as_ptr().cast(), source.len() as _, &mut options) };
    // SAFETY: reads the tag of a value JS_Eval2 just returned.
    if unsafe { qjs::JS_IsException(value) } {
        return Err(rquickjs::Error::Exception);
    }
    Ok(value)
}

/// Evaluates a script and returns its completion value (what `-p` prints).
pub fn eval_script<'js>(ctx: &Ctx<'js>, source: &str, filename: &str, first_line: i32) -> rquickjs::Result<Value<'js>> {
    let value = eval(ctx, source, filename, first_line)?;
    // SAFETY: `value` is an owned reference from `ctx`'s runtime, handed over once.
    Ok(unsafe { Value::from_raw(ctx.clone(), value) })
}

/// Compiles `body` as the body of a function taking `params`, the way Node wraps a
/// CommonJS module, keeping the body's own line and column numbers: the wrapper's
/// opening takes lines -1 and 0 (QuickJS reads a first line of 0 as "unset").
pub fn compile_function<'js>(ctx: &Ctx<'js>, params: &str, body: &str, filename: &str) -> rquickjs::Result<Function<'js>> {
    let source = format!("(function ({params}) {{\n\n{body}\n}})");
    let value = eval(ctx, &source, filename, -1)?;
    // SAFETY: `value` is an owned reference from `ctx`'s runtime, handed over once.
    unsafe { Value::from_raw(ctx.clone(), value) }.get()
}

/// Compiles `source` as a script without running it: its SyntaxError, if any, is thrown.
fn check_script(ctx: Ctx<'_>, source: String, filename: String, first_line: i32) -> rquickjs::Result<()> {
    let flags = qjs::JS_EVAL_TYPE_GLOBAL | qjs::JS_EVAL_FLAG_COMPILE_ONLY;
    let compiled = eval_raw(ctx.as_raw().as_ptr(), &source, &filename, first_line, flags)?;
    // SAFETY: an owned reference from `ctx`'s runtime, freed here once.
    drop(unsafe { Value::from_raw(ctx, compiled) });
    Ok(())
}

/// A new global environment with the standard built-ins only; returns its id.
fn make_context(ctx: Ctx<'_>) -> rquickjs::Result<usize> {
    // SAFETY: a new context of the runtime `ctx` belongs to; freed by `free_context`.
    let context = unsafe { qjs::JS_NewContext(qjs::JS_GetRuntime(ctx.as_raw().as_ptr())) };
    let context = NonNull::new(context).ok_or_else(|| Exception::throw_internal(&ctx, "cannot create a vm context"))?;
    Ok(CONTEXTS.with(|contexts| {
        let mut contexts = contexts.borrow_mut();
        contexts.push(Some(context));
        contexts.len() - 1
    }))
}

fn context(ctx: &Ctx<'_>, id: usize) -> rquickjs::Result<NonNull<qjs::JSContext>> {
    CONTEXTS
        .with(|contexts| contexts.borrow().get(id).copied().flatten())
        .ok_or_else(|| Exception::throw_reference(ctx, "the vm context was freed"))
}

fn context_global<'js>(ctx: Ctx<'js>, id: usize) -> rquickjs::Result<Value<'js>> {
    let context = context(&ctx, id)?;
    // SAFETY: the context is live; the global object is shared with `ctx`'s runtime.
    Ok(unsafe { Value::from_raw(ctx, qjs::JS_GetGlobalObject(context.as_ptr())) })
}

fn eval_in_context<'js>(ctx: Ctx<'js>, id: usize, source: String, filename: String, first_line: i32) -> rquickjs::Result<Value<'js>> {
    let context = context(&ctx, id)?;
    let value = eval_raw(context.as_ptr(), &source, &filename, first_line, qjs::JS_EVAL_TYPE_GLOBAL)?;
    // SAFETY: an owned reference from a context of `ctx`'s runtime (values are shared
    // between a runtime's contexts), handed over once.
    Ok(unsafe { Value::from_raw(ctx, value) })
}

fn free_context(id: usize) {
    if let Some(context) = CONTEXTS.with(|contexts| contexts.borrow_mut().get_mut(id).and_then(Option::take)) {
        // SAFETY: taken out of the table, so freed exactly once.
        unsafe { qjs::JS_FreeContext(context.as_ptr()) };
    }
}

pub fn create<'js>(ctx: &Ctx<'js>) -> rquickjs::Result<Object<'js>> {
    let binding = Object::new(ctx.clone())?;
    binding.set(
        "compileFunction",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, params: String, body: String, filename: String| {
            compile_function(&ctx, &params, &body, &filename)
        })?,
    )?;
    binding.set(
        "evalScript",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, source: String, filename: String, first_line: Opt<i32>| {
            eval_script(&ctx, &source, &filename, first_line.0.unwrap_or(1))
        })?,
    )?;
    binding.set("checkScript", Function::new(ctx.clone(), check_script)?)?;
    binding.set("makeContext", Function::new(ctx.clone(), make_context)?)?;
    binding.set("contextGlobal", Function::new(ctx.clone(), context_global)?)?;
    binding.set("evalInContext", Function::new(ctx.clone(), eval_in_context)?)?;
    binding.set("freeContext", Function::new(ctx.clone(), free_context)?)?;
    Ok(binding)
}
