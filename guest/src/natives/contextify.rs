//! Compiling JavaScript source with a file name and Node's line numbers.

use std::ffi::CString;

use rquickjs::{qjs, Ctx, Function, Object, Value};

/// Evaluates `source` as a global script whose first line is numbered `first_line`.
fn eval(ctx: &Ctx<'_>, source: &str, filename: &str, first_line: i32) -> rquickjs::Result<qjs::JSValue> {
    // QuickJS reads one byte past the end of the input, which must be a NUL.
    let mut input = Vec::with_capacity(source.len() + 1);
    input.extend_from_slice(source.as_bytes());
    input.push(0);
    let filename = CString::new(filename.replace('\0', "")).expect("no NUL left");
    let mut options = qjs::JSEvalOptions {
        version: qjs::JS_EVAL_OPTIONS_VERSION as _,
        eval_flags: qjs::JS_EVAL_TYPE_GLOBAL as _,
        filename: filename.as_ptr(),
        line_num: first_line,
    };
    let value = unsafe { qjs::JS_Eval2(ctx.as_raw().as_ptr(), input.as_ptr().cast(), source.len() as _, &mut options) };
    if unsafe { qjs::JS_IsException(value) } {
        return Err(rquickjs::Error::Exception);
    }
    Ok(value)
}

/// Evaluates a script and returns its completion value (what `-p` prints).
pub fn eval_script<'js>(ctx: &Ctx<'js>, source: &str, filename: &str) -> rquickjs::Result<Value<'js>> {
    let value = eval(ctx, source, filename, 1)?;
    Ok(unsafe { Value::from_raw(ctx.clone(), value) })
}

/// Compiles `body` as the body of a function taking `params`, the way Node wraps a
/// CommonJS module, keeping the body's own line and column numbers: the wrapper's
/// opening takes lines -1 and 0 (QuickJS reads a first line of 0 as "unset").
pub fn compile_function<'js>(ctx: &Ctx<'js>, params: &str, body: &str, filename: &str) -> rquickjs::Result<Function<'js>> {
    let source = format!("(function ({params}) {{\n\n{body}\n}})");
    let value = eval(ctx, &source, filename, -1)?;
    unsafe { Value::from_raw(ctx.clone(), value) }.get()
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
        Function::new(ctx.clone(), |ctx: Ctx<'js>, source: String, filename: String| eval_script(&ctx, &source, &filename))?,
    )?;
    Ok(binding)
}
