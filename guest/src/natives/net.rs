//! TCP sockets and name resolution for js-lib's `net` and `dns`. Operations that wait
//! return an operation id (see `event_loop`); their results arrive as JavaScript
//! values from `response_to_js`, failures as negative errnos.

use rquickjs::{ArrayBuffer, Ctx, Function, IntoJs, Object, Value};

use crate::wit::nodule::runtime::net::{self, Response, SocketAddress};

fn push_address<'js>(ctx: &Ctx<'js>, flat: &mut Vec<Value<'js>>, address: SocketAddress) -> rquickjs::Result<()> {
    flat.push(address.address.into_js(ctx)?);
    flat.push(address.port.into_js(ctx)?);
    flat.push(address.family.into_js(ctx)?);
    Ok(())
}

/// A connection is `[socket, localAddress, localPort, localFamily, remoteAddress,
/// remotePort, remoteFamily]`; resolved addresses are `[address, port, family, ...]`;
/// bytes are an ArrayBuffer, empty at the end of the stream.
pub fn response_to_js<'js>(ctx: &Ctx<'js>, response: Response) -> rquickjs::Result<Value<'js>> {
    let mut flat = Vec::new();
    match response {
        Response::Done => return Ok(Value::new_undefined(ctx.clone())),
        Response::Bytes(bytes) => return Ok(ArrayBuffer::new(ctx.clone(), bytes)?.into_value()),
        Response::Connection(connection) => {
            flat.push(connection.socket.into_js(ctx)?);
            push_address(ctx, &mut flat, connection.local)?;
            push_address(ctx, &mut flat, connection.remote)?;
        }
        Response::Addresses(addresses) => {
            for address in addresses {
                push_address(ctx, &mut flat, address)?;
            }
        }
    }
    flat.into_js(ctx)
}

/// `[listener, address, port, family]`, or a negative errno.
fn listen<'js>(ctx: Ctx<'js>, host: String, port: u16, backlog: u32) -> rquickjs::Result<Value<'js>> {
    match net::listen(&host, port, backlog) {
        Ok((listener, address)) => {
            let mut flat = vec![listener.into_js(&ctx)?];
            push_address(&ctx, &mut flat, address)?;
            flat.into_js(&ctx)
        }
        Err(code) => super::errno(code).into_js(&ctx),
    }
}

fn write<'js>(socket: u32, data: Value<'js>) -> rquickjs::Result<f64> {
    let op = super::encoding::with_bytes(&data, |bytes| net::write(socket, bytes))?;
    Ok(op as f64)
}

/// 0, or a negative errno.
fn status(result: Result<(), net::ErrorCode>) -> i32 {
    result.map_or_else(super::errno, |()| 0)
}

pub fn create<'js>(ctx: &Ctx<'js>) -> rquickjs::Result<Object<'js>> {
    let binding = Object::new(ctx.clone())?;
    binding.set("listen", Function::new(ctx.clone(), listen)?)?;
    binding.set("accept", Function::new(ctx.clone(), |listener: u32| net::accept(listener) as f64)?)?;
    binding.set("connect", Function::new(ctx.clone(), |host: String, port: u16| net::connect(&host, port) as f64)?)?;
    binding.set("read", Function::new(ctx.clone(), |socket: u32, max: u32| net::read(socket, max) as f64)?)?;
    binding.set("write", Function::new(ctx.clone(), write)?)?;
    binding.set("shutdown", Function::new(ctx.clone(), |socket: u32| net::shutdown(socket) as f64)?)?;
    binding.set("close", Function::new(ctx.clone(), net::close)?)?;
    binding.set(
        "setNoDelay",
        Function::new(ctx.clone(), |socket: u32, on: bool| status(net::set_no_delay(socket, on)))?,
    )?;
    binding.set(
        "setKeepAlive",
        Function::new(ctx.clone(), |socket: u32, on: bool, delay: u32| status(net::set_keep_alive(socket, on, delay)))?,
    )?;
    binding.set("lookup", Function::new(ctx.clone(), |host: String, family: u8| net::lookup(&host, family) as f64)?)?;
    Ok(binding)
}
