//! ES modules. QuickJS asks the runtime to resolve each import and to load each
//! module; js-lib answers both (`internal/modules/esm`), so resolution follows Node's
//! rules and module sources go through the same sandboxed reads as `require`.

use std::cell::RefCell;

use rquickjs::loader::{ImportAttributes, Loader, Resolver};
use rquickjs::module::Declared;
use rquickjs::{Ctx, Function, Module, Object, Persistent, Promise, Runtime};

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

pub fn create<'js>(ctx: &Ctx<'js>) -> rquickjs::Result<Object<'js>> {
    let binding = Object::new(ctx.clone())?;
    binding.set("setHooks", Function::new(ctx.clone(), set_hooks)?)?;
    binding.set("import", Function::new(ctx.clone(), import)?)?;
    Ok(binding)
}
