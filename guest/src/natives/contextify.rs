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
    eval_bytes(context, source.as_bytes(), filename, first_line, flags)
}

/// [`eval_raw`] of source text as QuickJS's own string conversions give it (UTF-8, where
/// a lone surrogate is kept as its three bytes).
fn eval_bytes(context: *mut qjs::JSContext, source: &[u8], filename: &str, first_line: i32, flags: u32) -> rquickjs::Result<qjs::JSValue> {
    // QuickJS reads one byte past the end of the input, which must be a NUL.
    let mut input = Vec::with_capacity(source.len() + 1);
    input.extend_from_slice(source);
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

/// The constructors of the four kinds of functions, in `FUNCTION_KINDS`' order: the
/// keyword each compiles with, and the constructor's name.
const FUNCTION_KINDS: [(&str, &str); 4] = [
    ("function", "Function"),
    ("async function", "AsyncFunction"),
    ("function*", "GeneratorFunction"),
    ("async function*", "AsyncGeneratorFunction"),
];

/// How far down the stack the script that called a Function constructor is looked for
/// (past native frames such as `Reflect.construct`).
const CREATOR_SEARCH_DEPTH: i32 = 32;

/// The file (or module URL) of the innermost script on the stack below the native
/// frame at the top, as QuickJS names the script a function was compiled from.
fn calling_script(context: *mut qjs::JSContext) -> Option<String> {
    (1..=CREATOR_SEARCH_DEPTH).find_map(|level| {
        // SAFETY: `context` is the live context of the native call being made.
        let atom = unsafe { qjs::JS_GetScriptOrModuleName(context, level) };
        if atom == qjs::JS_ATOM_NULL {
            return None;
        }
        let mut len = 0;
        // SAFETY: `atom` is a live atom the call above handed over; freed below, once.
        let name = unsafe { qjs::JS_AtomToCStringLen(context, &mut len, atom) };
        let script = (!name.is_null()).then(|| {
            // SAFETY: QuickJS returned `len` readable bytes at `name`, freed right after.
            let text = String::from_utf8_lossy(unsafe { std::slice::from_raw_parts(name.cast::<u8>(), len as usize) }).into_owned();
            // SAFETY: a string JS_AtomToCStringLen made, freed once.
            unsafe { qjs::JS_FreeCString(context, name) };
            text
        });
        // SAFETY: the atom taken above, released once.
        unsafe { qjs::JS_FreeAtom(context, atom) };
        script
    })
}

/// `value` converted as QuickJS's Function constructor converts its arguments, appended to `out`.
fn append_string(context: *mut qjs::JSContext, value: qjs::JSValue, out: &mut Vec<u8>) -> rquickjs::Result<()> {
    let mut len = 0;
    // SAFETY: `value` is an argument of the live native call on `context`.
    let text = unsafe { qjs::JS_ToCStringLen2(context, &mut len, value, false) };
    if text.is_null() {
        return Err(rquickjs::Error::Exception);
    }
    // SAFETY: QuickJS returned `len` readable bytes at `text`; freed right after, once.
    out.extend_from_slice(unsafe { std::slice::from_raw_parts(text.cast::<u8>(), len as usize) });
    // SAFETY: the string JS_ToCStringLen2 made, freed once.
    unsafe { qjs::JS_FreeCString(context, text) };
    Ok(())
}

/// What QuickJS's `Function`, `AsyncFunction`, ... constructors do, but compiled under a
/// name that records the script that called the constructor, as V8's eval origin does:
/// `eval at <anonymous> (<script>), <anonymous>`. An `import()` in the new function's
/// code then resolves against that script (js-lib's ES module resolver reads the name),
/// as in Node; QuickJS would name it `<input>`, and resolve it against the working folder.
///
/// # Safety
/// Called by QuickJS as a `JS_CFUNC_constructor_or_func` function: `argv` holds `argc`
/// values and `new_target` is the `new.target` of a construction, else undefined.
unsafe extern "C" fn construct_function<const KIND: usize>(
    context: *mut qjs::JSContext,
    new_target: qjs::JSValue,
    argc: std::ffi::c_int,
    argv: *mut qjs::JSValue,
) -> qjs::JSValue {
    let args: &[qjs::JSValue] = if argc <= 0 || argv.is_null() {
        &[]
    } else {
        // SAFETY: QuickJS passes `argc` readable values at `argv` for the call's duration.
        unsafe { std::slice::from_raw_parts(argv, argc as usize) }
    };
    match make_function(context, FUNCTION_KINDS[KIND].0, new_target, args) {
        Ok(function) => function,
        Err(rquickjs::Error::Exception) => qjs::JS_EXCEPTION,
        Err(err) => {
            let message = CString::new(err.to_string().replace('\0', "")).unwrap_or_default();
            // SAFETY: `context` is live; the format takes the one NUL-terminated string given.
            unsafe { qjs::JS_ThrowTypeError(context, c"%s".as_ptr(), message.as_ptr()) }
        }
    }
}

fn make_function(
    context: *mut qjs::JSContext,
    keyword: &str,
    new_target: qjs::JSValue,
    args: &[qjs::JSValue],
) -> rquickjs::Result<qjs::JSValue> {
    let mut source = format!("({keyword} anonymous(").into_bytes();
    if let Some((body, params)) = args.split_last() {
        for (i, param) in params.iter().enumerate() {
            if i != 0 {
                source.push(b',');
            }
            append_string(context, *param, &mut source)?;
        }
        source.extend_from_slice(b"\n) {\n");
        append_string(context, *body, &mut source)?;
    } else {
        source.extend_from_slice(b"\n) {\n");
    }
    source.extend_from_slice(b"\n})");
    let filename = match calling_script(context) {
        Some(script) => format!("eval at <anonymous> ({script}), <anonymous>"),
        None => "<anonymous>".to_owned(),
    };
    let function = eval_bytes(context, &source, &filename, 1, qjs::JS_EVAL_TYPE_GLOBAL)?;
    // A subclass's `new` makes an instance of the subclass.
    // SAFETY: `new_target` is the call's (borrowed) new.target, read only.
    if unsafe { !qjs::JS_IsUndefined(new_target) } {
        // SAFETY: `new_target` is a live constructor; the prototype read is owned and freed below.
        let prototype = unsafe { qjs::JS_GetPropertyStr(context, new_target, c"prototype".as_ptr()) };
        // SAFETY: tags of values just returned.
        if unsafe { qjs::JS_IsException(prototype) } {
            // SAFETY: the function made above is owned here, freed once.
            unsafe { qjs::JS_FreeValue(context, function) };
            return Err(rquickjs::Error::Exception);
        }
        // SAFETY: reads the tag of the owned prototype value.
        if unsafe { qjs::JS_IsObject(prototype) } {
            // SAFETY: both values are live; JS_SetPrototype does not take ownership.
            unsafe { qjs::JS_SetPrototype(context, function, prototype) };
        }
        // SAFETY: the prototype read above, released once.
        unsafe { qjs::JS_FreeValue(context, prototype) };
    }
    Ok(function)
}

/// The four Function constructors, as `{ Function, AsyncFunction, ... }`: js-lib puts
/// them in the place of QuickJS's own (`internal/bootstrap/node`).
fn function_constructors<'js>(ctx: Ctx<'js>) -> rquickjs::Result<Object<'js>> {
    let constructors = Object::new(ctx.clone())?;
    let natives: [qjs::JSCFunction; 4] =
        [Some(construct_function::<0>), Some(construct_function::<1>), Some(construct_function::<2>), Some(construct_function::<3>)];
    for ((_, name), native) in FUNCTION_KINDS.iter().zip(natives) {
        let c_name = CString::new(*name).expect("no NUL in the names");
        // SAFETY: `ctx` is live; the name is copied by QuickJS; the value is owned and handed to `Value`.
        let function = unsafe {
            qjs::JS_NewCFunction2(ctx.as_raw().as_ptr(), native, c_name.as_ptr(), 1, qjs::JSCFunctionEnum_JS_CFUNC_constructor_or_func, 0)
        };
        // SAFETY: reads the tag of the value just made.
        if unsafe { qjs::JS_IsException(function) } {
            return Err(rquickjs::Error::Exception);
        }
        // SAFETY: an owned reference from `ctx`'s runtime, handed over once.
        constructors.set(*name, unsafe { Value::from_raw(ctx.clone(), function) })?;
    }
    Ok(constructors)
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
    binding.set("functionConstructors", Function::new(ctx.clone(), function_constructors)?)?;
    binding.set("makeContext", Function::new(ctx.clone(), make_context)?)?;
    binding.set("contextGlobal", Function::new(ctx.clone(), context_global)?)?;
    binding.set("evalInContext", Function::new(ctx.clone(), eval_in_context)?)?;
    binding.set("freeContext", Function::new(ctx.clone(), free_context)?)?;
    Ok(binding)
}
