//! TCP sockets, TLS over them, and name resolution for js-lib's `net`, `tls` and `dns`. Operations that wait
//! return an operation id (see `event_loop`); their results arrive as JavaScript
//! values from `response_to_js`, failures as negative errnos.

use rquickjs::{ArrayBuffer, Ctx, Function, IntoJs, Object, Value};

use crate::wit::nodule::runtime::net::{
    self, Connection, PeerCertificate, Response, SocketAddress, TlsClientOptions, TlsError, TlsFacts, TlsServerOptions,
};

fn push_address<'js>(ctx: &Ctx<'js>, flat: &mut Vec<Value<'js>>, address: SocketAddress) -> rquickjs::Result<()> {
    flat.push(address.address.into_js(ctx)?);
    flat.push(address.port.into_js(ctx)?);
    flat.push(address.family.into_js(ctx)?);
    Ok(())
}

fn push_connection<'js>(ctx: &Ctx<'js>, flat: &mut Vec<Value<'js>>, connection: Connection) -> rquickjs::Result<()> {
    flat.push(connection.socket.into_js(ctx)?);
    push_address(ctx, flat, connection.local)?;
    push_address(ctx, flat, connection.remote)
}

fn tls_error_to_js<'js>(ctx: &Ctx<'js>, error: TlsError) -> rquickjs::Result<Value<'js>> {
    let object = Object::new(ctx.clone())?;
    object.set("code", error.code)?;
    object.set("message", error.message)?;
    Ok(object.into_value())
}

/// `{ raw, subject, issuer, validFrom, validTo, subjectAltName }`, names as `[key, value]` pairs.
fn certificate_to_js<'js>(ctx: &Ctx<'js>, certificate: PeerCertificate) -> rquickjs::Result<Value<'js>> {
    let object = Object::new(ctx.clone())?;
    object.set("raw", ArrayBuffer::new(ctx.clone(), certificate.der)?)?;
    let pairs = |names: Vec<(String, String)>| names.into_iter().map(|(key, value)| vec![key, value]).collect::<Vec<_>>();
    object.set("subject", pairs(certificate.subject))?;
    object.set("issuer", pairs(certificate.issuer))?;
    object.set("validFrom", certificate.valid_from)?;
    object.set("validTo", certificate.valid_to)?;
    object.set("subjectAltName", certificate.subject_alt_name)?;
    Ok(object.into_value())
}

/// `{ alpnProtocol, protocol, cipher, authorizationError, peerCertificate }`, absent ones null.
fn facts_to_js<'js>(ctx: &Ctx<'js>, facts: TlsFacts) -> rquickjs::Result<Value<'js>> {
    let object = Object::new(ctx.clone())?;
    object.set("alpnProtocol", facts.alpn_protocol)?;
    object.set("protocol", facts.protocol)?;
    object.set("cipher", facts.cipher)?;
    let error = facts.authorization_error.map(|error| tls_error_to_js(ctx, error)).transpose()?;
    object.set("authorizationError", error)?;
    let certificate = facts.peer_certificate.map(|certificate| certificate_to_js(ctx, certificate)).transpose()?;
    object.set("peerCertificate", certificate)?;
    Ok(object.into_value())
}

/// A connection is `[socket, localAddress, localPort, localFamily, remoteAddress,
/// remotePort, remoteFamily]`, a secure one with the handshake's facts as an eighth
/// element; a server handshake's result is those facts; a failed handshake is
/// `{ tlsError: { code, message } }`; resolved addresses are `[address, port, family,
/// ...]`; bytes are an ArrayBuffer, empty at the end of the stream; a datagram is
/// `[ArrayBuffer, address, port, family]`.
pub fn response_to_js<'js>(ctx: &Ctx<'js>, response: Response) -> rquickjs::Result<Value<'js>> {
    let mut flat = Vec::new();
    match response {
        Response::Done => return Ok(Value::new_undefined(ctx.clone())),
        Response::Bytes(bytes) => return Ok(ArrayBuffer::new(ctx.clone(), bytes)?.into_value()),
        Response::Secured(facts) => return facts_to_js(ctx, facts),
        Response::TlsFailed(error) => {
            let failure = Object::new(ctx.clone())?;
            failure.set("tlsError", tls_error_to_js(ctx, error)?)?;
            return Ok(failure.into_value());
        }
        Response::Connection(connection) => push_connection(ctx, &mut flat, connection)?,
        Response::SecureConnection(secure) => {
            push_connection(ctx, &mut flat, secure.connection)?;
            flat.push(facts_to_js(ctx, secure.tls)?);
        }
        Response::Addresses(addresses) => {
            for address in addresses {
                push_address(ctx, &mut flat, address)?;
            }
        }
        Response::Datagram(datagram) => {
            flat.push(ArrayBuffer::new(ctx.clone(), datagram.data)?.into_value());
            push_address(ctx, &mut flat, datagram.sender)?;
        }
    }
    flat.into_js(ctx)
}

/// `[listener, address, port, family]`, or a negative errno.
fn listened<'js>(ctx: &Ctx<'js>, result: Result<(u32, SocketAddress), net::ErrorCode>) -> rquickjs::Result<Value<'js>> {
    match result {
        Ok((listener, address)) => {
            let mut flat = vec![listener.into_js(ctx)?];
            push_address(ctx, &mut flat, address)?;
            flat.into_js(ctx)
        }
        Err(code) => super::errno(code).into_js(ctx),
    }
}

fn listen<'js>(ctx: Ctx<'js>, host: String, port: u16, backlog: u32) -> rquickjs::Result<Value<'js>> {
    listened(&ctx, net::listen(&host, port, backlog))
}

/// `listen` for a cluster worker, on the listener its family shares.
fn listen_shared<'js>(ctx: Ctx<'js>, host: String, port: u16, backlog: u32) -> rquickjs::Result<Value<'js>> {
    listened(&ctx, net::listen_shared(&host, port, backlog))
}

/// `[listener, path, 0, 0]`, or a negative errno.
fn listen_unix<'js>(ctx: Ctx<'js>, path: String, backlog: u32) -> rquickjs::Result<Value<'js>> {
    listened(&ctx, net::listen_unix(&path, backlog))
}

/// `(host, port, backlog, cert, key, alpnProtocols)`: certificate chain and key as PEM.
fn listen_tls<'js>(
    ctx: Ctx<'js>,
    host: String,
    port: u16,
    backlog: u32,
    cert: String,
    key: String,
    alpn_protocols: Vec<String>,
) -> rquickjs::Result<Value<'js>> {
    listened(&ctx, net::listen_tls(&host, port, backlog, &TlsServerOptions { cert, key, alpn_protocols }))
}

/// `(host, port, servername, alpnProtocols, rejectUnauthorized, ca)`: `ca` is PEM or
/// undefined for Mozilla's roots.
fn connect_tls(host: String, port: u16, servername: String, alpn_protocols: Vec<String>, verify: bool, ca: Option<String>) -> f64 {
    net::connect_tls(&host, port, &TlsClientOptions { servername, alpn_protocols, verify, ca }) as f64
}

/// `(socket, data, address, port)`: one datagram to an IP address.
fn udp_send<'js>(socket: u32, data: Value<'js>, address: String, port: u16) -> rquickjs::Result<f64> {
    let op = super::encoding::with_bytes(&data, |bytes| net::udp_send(socket, bytes, &address, port))?;
    Ok(op as f64)
}

fn write<'js>(socket: u32, data: Value<'js>) -> rquickjs::Result<f64> {
    let op = super::encoding::with_bytes(&data, |bytes| net::write(socket, bytes))?;
    Ok(op as f64)
}

/// A string's bytes written with no Buffer made for them first, as Node's stream handles'
/// `writeUtf8String`/`writeLatin1String` do: `[op, byteLength]`.
fn write_string_bytes<'js>(ctx: &Ctx<'js>, socket: u32, bytes: rquickjs::Result<Vec<u8>>) -> rquickjs::Result<Value<'js>> {
    let bytes = bytes?;
    let op = net::write(socket, &bytes);
    [op as f64, bytes.len() as f64].into_js(ctx)
}

/// 0, or a negative errno.
fn status(result: Result<(), net::ErrorCode>) -> i32 {
    result.map_or_else(super::errno, |()| 0)
}

pub fn create<'js>(ctx: &Ctx<'js>) -> rquickjs::Result<Object<'js>> {
    let binding = Object::new(ctx.clone())?;
    binding.set("listen", Function::new(ctx.clone(), listen)?)?;
    binding.set("listenShared", Function::new(ctx.clone(), listen_shared)?)?;
    binding.set("accept", Function::new(ctx.clone(), |listener: u32| net::accept(listener) as f64)?)?;
    binding.set("connect", Function::new(ctx.clone(), |host: String, port: u16| net::connect(&host, port) as f64)?)?;
    binding.set("listenUnix", Function::new(ctx.clone(), listen_unix)?)?;
    binding.set("connectUnix", Function::new(ctx.clone(), |path: String| net::connect_unix(&path) as f64)?)?;
    binding.set("listenTls", Function::new(ctx.clone(), listen_tls)?)?;
    binding.set("connectTls", Function::new(ctx.clone(), connect_tls)?)?;
    binding.set("handshake", Function::new(ctx.clone(), |socket: u32| net::handshake(socket) as f64)?)?;
    binding.set("read", Function::new(ctx.clone(), |socket: u32, max: u32| net::read(socket, max) as f64)?)?;
    binding.set("write", Function::new(ctx.clone(), write)?)?;
    binding.set(
        "writeUtf8String",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, socket: u32, text: Value<'js>| {
            write_string_bytes(&ctx, socket, super::buffer::utf8_bytes(&text))
        })?,
    )?;
    binding.set(
        "writeLatin1String",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, socket: u32, text: Value<'js>| {
            write_string_bytes(&ctx, socket, super::buffer::latin1_bytes(&text))
        })?,
    )?;
    binding.set("shutdown", Function::new(ctx.clone(), |socket: u32| net::shutdown(socket) as f64)?)?;
    binding.set("close", Function::new(ctx.clone(), net::close)?)?;
    binding.set("reset", Function::new(ctx.clone(), net::reset)?)?;
    binding.set("setNoDelay", Function::new(ctx.clone(), |socket: u32, on: bool| status(net::set_no_delay(socket, on)))?)?;
    binding.set(
        "setKeepAlive",
        Function::new(ctx.clone(), |socket: u32, on: bool, delay: u32| status(net::set_keep_alive(socket, on, delay)))?,
    )?;
    binding.set(
        "udpBind",
        Function::new(ctx.clone(), |ctx: Ctx<'js>, host: String, port: u16, family: u8| {
            listened(&ctx, net::udp_bind(&host, port, family))
        })?,
    )?;
    binding.set("udpSend", Function::new(ctx.clone(), udp_send)?)?;
    binding.set("udpReceive", Function::new(ctx.clone(), |socket: u32| net::udp_receive(socket) as f64)?)?;
    binding.set("lookup", Function::new(ctx.clone(), |host: String, family: u8| net::lookup(&host, family) as f64)?)?;
    Ok(binding)
}
