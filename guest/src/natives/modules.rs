//! ES modules. QuickJS asks the runtime to resolve each import and to load each
//! module; js-lib answers both (`internal/modules/esm`), so resolution follows Node's
//! rules and module sources go through the same sandboxed reads as `require`.
//! `evaluateSync` runs a module graph without top-level await to its end at once,
//! for `require()` of an ES module.

use std::cell::RefCell;
use std::ffi::CString;

use rquickjs::loader::{ImportAttributes, Loader, Resolver};
use rquickjs::module::Declared;
use rquickjs::{Ctx, Function, Module, Object, Persistent, Promise, Runtime, Value, qjs};

unsafe extern "C" {
    /// 0 when the graph of a module (its imports resolved) can be evaluated at once, 1
    /// when it has top-level await, 2 when part of it is being evaluated, -1 on exception
    /// (vendor/rquickjs-sys/patches/require-esm.patch).
    fn JS_CheckModuleGraphSync(ctx: *mut qjs::JSContext, module: qjs::JSValue) -> core::ffi::c_int;
}

/// js-lib's `resolve(specifier, referrer) -> url`, `load(url) -> source` and
/// `initializeMeta(meta, url)`.
struct Hooks {
    resolve: Persistent<Function<'static>>,
    load: Persistent<Function<'static>>,
    initialize_meta: Persistent<Function<'static>>,
}

thread_local! {
    static HOOKS: RefCell<Option<Hooks>> = const { RefCell::new(None) };
}

fn hook<'js>(ctx: &Ctx<'js>, pick: impl FnOnce(&Hooks) -> &Persistent<Function<'static>>) -> rquickjs::Result<Function<'js>> {
    let function = HOOKS.with(|hooks| hooks.borrow().as_ref().map(|h| pick(h).clone()));
    match function {
        Some(function) => function.restore(ctx),
        None => Err(rquickjs::Exception::throw_internal(ctx, "ES modules are not set up")),
    }
}

struct JsResolver;

impl Resolver for JsResolver {
    fn resolve<'js>(&mut self, ctx: &Ctx<'js>, base: &str, name: &str, _: Option<ImportAttributes<'js>>) -> rquickjs::Result<String> {
        hook(ctx, |h| &h.resolve)?.call((name, base))
    }
}

struct JsLoader;

impl Loader for JsLoader {
    fn load<'js>(&mut self, ctx: &Ctx<'js>, name: &str, _: Option<ImportAttributes<'js>>) -> rquickjs::Result<Module<'js, Declared>> {
        let source: String = hook(ctx, |h| &h.load)?.call((name,))?;
        let module = Module::declare(ctx.clone(), name, source)?;
        hook(ctx, |h| &h.initialize_meta)?.call::<_, ()>((module.meta()?, name))?;
        Ok(module)
    }
}

pub fn install_loader(runtime: &Runtime) {
    runtime.set_loader(JsResolver, JsLoader);
}

fn set_hooks<'js>(ctx: Ctx<'js>, resolve: Function<'js>, load: Function<'js>, initialize_meta: Function<'js>) {
    let hooks = Hooks {
        resolve: Persistent::save(&ctx, resolve),
        load: Persistent::save(&ctx, load),
        initialize_meta: Persistent::save(&ctx, initialize_meta),
    };
    HOOKS.with(|cell| *cell.borrow_mut() = Some(hooks));
}

/// Imports a module by its resolved URL; the promise settles with its namespace.
fn import<'js>(ctx: Ctx<'js>, url: String) -> rquickjs::Result<Promise<'js>> {
    Module::import(&ctx, url)
}

/// Declares module `name` from `source`, loads its imports and, when nothing in its
/// graph has top-level await or is being evaluated, evaluates it and returns its
/// namespace; otherwise returns what is in the way (1 top-level await, 2 a module
/// being evaluated) without evaluating anything. A module that throws throws here.
fn evaluate_sync<'js>(ctx: Ctx<'js>, name: String, source: String) -> rquickjs::Result<Value<'js>> {
    let raw = ctx.as_raw().as_ptr();
    let name = CString::new(name)?;
    let source = CString::new(source)?;
    let flags = qjs::JS_EVAL_TYPE_MODULE | qjs::JS_EVAL_FLAG_STRICT | qjs::JS_EVAL_FLAG_COMPILE_ONLY;
    // SAFETY: a live context; both strings are NUL-terminated, as QuickJS needs.
    let module = unsafe { qjs::JS_Eval(raw, source.as_ptr(), source.as_bytes().len() as _, name.as_ptr(), flags as i32) };
    // SAFETY: inspects a value without touching what it points to.
    if unsafe { qjs::JS_VALUE_GET_TAG(module) } != qjs::JS_TAG_MODULE {
        return Err(rquickjs::Error::Exception);
    }
    // The module value is never freed (QuickJS aborts on freeing one): the context's
    // module list keeps the module, as for every module rquickjs declares.
    // SAFETY: `module` is a module of this context.
    if unsafe { qjs::JS_ResolveModule(raw, module) } < 0 {
        return Err(rquickjs::Error::Exception);
    }
    // SAFETY: `module` is a module of this context whose imports are resolved.
    match unsafe { JS_CheckModuleGraphSync(raw, module) } {
        0 => {}
        blocked if blocked > 0 => return Ok(Value::new_int(ctx, blocked)),
        _ => return Err(rquickjs::Error::Exception),
    }
    // SAFETY: JS_EvalFunction consumes a reference to the module, so it gets one of its own.
    let promise = unsafe { qjs::JS_EvalFunction(raw, qjs::JS_DupValue(raw, module)) };
    // SAFETY: the returned value is owned; `from_raw` takes it over (an exception value holds nothing).
    let promise = unsafe { Value::from_raw(ctx.clone(), promise) };
    if promise.is_exception() {
        return Err(rquickjs::Error::Exception);
    }
    // SAFETY: a value of this context, inspected.
    match unsafe { qjs::JS_PromiseState(raw, promise.as_raw()) } {
        qjs::JSPromiseStateEnum_JS_PROMISE_FULFILLED => {}
        qjs::JSPromiseStateEnum_JS_PROMISE_REJECTED => {
            // SAFETY: a rejected promise of this context: the rejection is thrown to the
            // caller instead, so it is handled; JS_Throw takes the owned reason.
            unsafe {
                qjs::JS_PromiseMarkAsHandled(raw, promise.as_raw());
                qjs::JS_Throw(raw, qjs::JS_PromiseResult(raw, promise.as_raw()));
            }
            return Err(rquickjs::Error::Exception);
        }
        // Checked above: nothing in the graph waits.
        _ => return Ok(Value::new_int(ctx, 1)),
    }
    // SAFETY: `module` is an evaluated module of this context; the namespace returned is owned.
    let namespace = unsafe { qjs::JS_GetModuleNamespace(raw, qjs::JS_VALUE_GET_PTR(module).cast()) };
    // SAFETY: an owned value of this context.
    let namespace = unsafe { Value::from_raw(ctx, namespace) };
    if namespace.is_exception() {
        return Err(rquickjs::Error::Exception);
    }
    Ok(namespace)
}

pub fn create<'js>(ctx: &Ctx<'js>) -> rquickjs::Result<Object<'js>> {
    let binding = Object::new(ctx.clone())?;
    binding.set("setHooks", Function::new(ctx.clone(), set_hooks)?)?;
    binding.set("import", Function::new(ctx.clone(), import)?)?;
    binding.set("evaluateSync", Function::new(ctx.clone(), evaluate_sync)?)?;
    Ok(binding)
}
