//! File access through the host's `fs` interface. A failure comes back to JavaScript
//! as a negative errno (a number, where success is never one), and js-lib builds the
//! `Error`: it knows the syscall and the path.

use rquickjs::{ArrayBuffer, Ctx, Function, IntoJs, Object, Value};

use crate::wit::nodule::runtime::fs::{self, FileKind};

fn failure<'js>(ctx: &Ctx<'js>, code: crate::wit::nodule::runtime::types::ErrorCode) -> rquickjs::Result<Value<'js>> {
    super::errno(code).into_js(ctx)
}

fn read_file<'js>(ctx: Ctx<'js>, path: String) -> rquickjs::Result<Value<'js>> {
    match fs::read_file(&path) {
        Ok(bytes) => Ok(ArrayBuffer::new(ctx, bytes)?.into_value()),
        Err(code) => failure(&ctx, code),
    }
}

/// Reads a file as UTF-8 text (invalid sequences become U+FFFD, as in Node).
fn read_file_utf8<'js>(ctx: Ctx<'js>, path: String) -> rquickjs::Result<Value<'js>> {
    match fs::read_file(&path) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_js(&ctx),
        Err(code) => failure(&ctx, code),
    }
}

/// `[kind, size, mtimeMs]`, with kind 0 file, 1 directory, 2 symlink, 3 other.
fn stat<'js>(ctx: Ctx<'js>, path: String) -> rquickjs::Result<Value<'js>> {
    match fs::stat(&path) {
        Ok(stat) => {
            let kind = match stat.kind {
                FileKind::File => 0,
                FileKind::Directory => 1,
                FileKind::Symlink => 2,
                FileKind::Other => 3,
            };
            vec![kind as f64, stat.size as f64, stat.mtime_ms].into_js(&ctx)
        }
        Err(code) => failure(&ctx, code),
    }
}

fn realpath<'js>(ctx: Ctx<'js>, path: String) -> rquickjs::Result<Value<'js>> {
    match fs::realpath(&path) {
        Ok(real) => real.into_js(&ctx),
        Err(code) => failure(&ctx, code),
    }
}

pub fn create<'js>(ctx: &Ctx<'js>) -> rquickjs::Result<Object<'js>> {
    let binding = Object::new(ctx.clone())?;
    binding.set("readFile", Function::new(ctx.clone(), read_file)?)?;
    binding.set("readFileUtf8", Function::new(ctx.clone(), read_file_utf8)?)?;
    binding.set("readFileStart", Function::new(ctx.clone(), |path: String| fs::read_file_start(&path) as f64)?)?;
    binding.set("stat", Function::new(ctx.clone(), stat)?)?;
    binding.set("realpath", Function::new(ctx.clone(), realpath)?)?;
    binding.set("ACCESS_DENIED", super::ACCESS_DENIED)?;
    Ok(binding)
}
