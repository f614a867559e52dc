//! Host executables for js-lib's `child_process` (`wit/host-processes.wit`): real
//! processes of the host, only those the program was granted by name or path. Their
//! pipes are sockets of the `net` binding; waiting for one's end is an operation (see
//! `event_loop`) whose result is `{ exitCode }` or `{ signal }`.

use rquickjs::{ArrayBuffer, Ctx, Function, Object, Value};

use crate::wit::nodule::runtime::host_processes::{self as host, Ended, SpawnOptions, Stdio, SyncOptions};

fn stdio(mode: &str) -> Stdio {
    match mode {
        "inherit" => Stdio::Inherit,
        "ignore" => Stdio::Ignore,
        _ => Stdio::Pipe,
    }
}

/// `{ file, args, env: [[name, value], ...], cwd, stdio: [in, out, err] }` as js-lib gives it.
fn spawn_options(options: &Object<'_>) -> rquickjs::Result<SpawnOptions> {
    let modes: Vec<String> = options.get("stdio")?;
    let mode = |index: usize| stdio(modes.get(index).map_or("pipe", String::as_str));
    let env: Vec<Vec<String>> = options.get("env")?;
    Ok(SpawnOptions {
        file: options.get("file")?,
        args: options.get("args")?,
        env: env.into_iter().filter_map(|pair| <[String; 2]>::try_from(pair).ok().map(|[name, value]| (name, value))).collect(),
        cwd: options.get("cwd")?,
        stdin: mode(0),
        stdout: mode(1),
        stderr: mode(2),
    })
}

/// `{ pid, stdin, stdout, stderr }` (socket ids, or null), or a negative errno.
fn spawn<'js>(ctx: Ctx<'js>, options: Object<'js>) -> rquickjs::Result<Value<'js>> {
    match host::spawn(&spawn_options(&options)?) {
        Ok(spawned) => {
            let object = Object::new(ctx)?;
            object.set("pid", spawned.pid)?;
            object.set("stdin", spawned.stdin)?;
            object.set("stdout", spawned.stdout)?;
            object.set("stderr", spawned.stderr)?;
            Ok(object.into_value())
        }
        Err(code) => Ok(Value::new_int(ctx, super::errno(code))),
    }
}

/// `{ exitCode }` or `{ signal }` (a number).
pub fn ended_to_js<'js>(ctx: &Ctx<'js>, ended: Ended) -> rquickjs::Result<Value<'js>> {
    let object = Object::new(ctx.clone())?;
    match ended {
        Ended::Exited(code) => object.set("exitCode", code)?,
        Ended::Signaled(signal) => object.set("signal", signal)?,
    }
    Ok(object.into_value())
}

/// 0, or a negative errno.
fn kill(pid: u32, signal: u32) -> i32 {
    host::kill(pid, signal).map_or_else(super::errno, |()| 0)
}

/// `(options, sync)` with `sync` as `{ input, timeout, killSignal, maxBuffer }`:
/// `{ pid, stdout, stderr, exitCode | signal, timedOut, overflowed }` with the output
/// as ArrayBuffers, or a negative errno.
fn spawn_sync<'js>(ctx: Ctx<'js>, options: Object<'js>, sync: Object<'js>) -> rquickjs::Result<Value<'js>> {
    let input: Value = sync.get("input")?;
    let input = if input.is_undefined() || input.is_null() { Vec::new() } else { super::encoding::with_bytes(&input, <[u8]>::to_vec)? };
    let timeout: Option<f64> = sync.get("timeout")?;
    let max_buffer: Option<f64> = sync.get("maxBuffer")?;
    let sync_options = SyncOptions {
        input,
        timeout_ms: timeout.filter(|ms| ms.is_finite() && *ms > 0.0).map(|ms| ms.min(u32::MAX as f64).ceil() as u32),
        kill_signal: sync.get("killSignal")?,
        max_buffer: max_buffer
            .filter(|bytes| *bytes >= 0.0)
            .map_or(u64::MAX, |bytes| if bytes.is_finite() { bytes as u64 } else { u64::MAX }),
    };
    match host::spawn_sync(&spawn_options(&options)?, &sync_options) {
        Ok(result) => {
            let object = ended_to_js(&ctx, result.ended)?.into_object().expect("an object");
            object.set("pid", result.pid)?;
            object.set("stdout", ArrayBuffer::new(ctx.clone(), result.stdout)?)?;
            object.set("stderr", ArrayBuffer::new(ctx.clone(), result.stderr)?)?;
            object.set("timedOut", result.timed_out)?;
            object.set("overflowed", result.overflowed)?;
            Ok(object.into_value())
        }
        Err(code) => Ok(Value::new_int(ctx, super::errno(code))),
    }
}

pub fn create<'js>(ctx: &Ctx<'js>) -> rquickjs::Result<Object<'js>> {
    let binding = Object::new(ctx.clone())?;
    binding.set("spawn", Function::new(ctx.clone(), spawn)?)?;
    binding.set("wait", Function::new(ctx.clone(), |pid: u32| host::wait(pid) as f64)?)?;
    binding.set("kill", Function::new(ctx.clone(), kill)?)?;
    binding.set("spawnSync", Function::new(ctx.clone(), spawn_sync)?)?;
    Ok(binding)
}
