//! The built-in modules' sources, embedded at build time from `js-lib/`.

use rquickjs::{Ctx, Function, Object};

use super::contextify;

include!(concat!(env!("OUT_DIR"), "/builtins.rs"));

/// The parameters every built-in module's wrapper function takes.
const WRAPPER_PARAMS: &str = "exports, require, module, internalBinding";

fn source(id: &str) -> Option<&'static str> {
    BUILTINS.iter().find(|(name, _)| *name == id).map(|(_, source)| *source)
}

/// Compiles built-in `id` into its wrapper function; its frames show as `node:<id>`.
pub fn compile<'js>(ctx: &Ctx<'js>, id: &str) -> rquickjs::Result<Function<'js>> {
    let Some(source) = source(id) else {
        return Err(rquickjs::Exception::throw_reference(ctx, &format!("No such built-in module: {id}")));
    };
    contextify::compile_function(ctx, WRAPPER_PARAMS, source, &format!("node:{id}"))
}

pub fn create<'js>(ctx: &Ctx<'js>) -> rquickjs::Result<Object<'js>> {
    let binding = Object::new(ctx.clone())?;
    binding.set("ids", BUILTINS.iter().map(|(id, _)| *id).collect::<Vec<_>>())?;
    binding.set("compile", Function::new(ctx.clone(), |ctx: Ctx<'js>, id: String| compile(&ctx, &id))?)?;
    Ok(binding)
}
