//! HTTP/1.x message heads and chunk sizes, parsed by `httparse` (hyper's parser) for
//! js-lib's `http`: the byte-level scanning runs here, the protocol's state in
//! JavaScript. Each function takes the received bytes and an offset, and returns
//! `null` when more bytes are needed, an llhttp error code (a string, as Node's
//! errors carry it) when the bytes are not HTTP, or the parsed parts in an array.

use rquickjs::{Ctx, Function, IntoJs, Object, Value};

/// More headers than any real client sends; a head with more is refused as Node's
/// parser refuses an oversized one.
const MAX_HEADERS: usize = 256;

fn latin1(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| b as char).collect()
}

fn error_code(error: httparse::Error) -> &'static str {
    match error {
        httparse::Error::HeaderName => "HPE_INVALID_HEADER_TOKEN",
        httparse::Error::HeaderValue => "HPE_INVALID_HEADER_TOKEN",
        httparse::Error::NewLine => "HPE_LF_EXPECTED",
        httparse::Error::Status => "HPE_INVALID_STATUS",
        httparse::Error::Token => "HPE_INVALID_METHOD",
        httparse::Error::TooManyHeaders => "HPE_HEADER_OVERFLOW",
        httparse::Error::Version => "HPE_INVALID_VERSION",
    }
}

/// `[consumed, minorVersion, first, second, name, value, name, value, ...]`.
fn parsed<'js>(
    ctx: &Ctx<'js>,
    status: Result<httparse::Status<usize>, httparse::Error>,
    version: Option<u8>,
    first: Value<'js>,
    second: Value<'js>,
    headers: &[httparse::Header<'_>],
) -> rquickjs::Result<Value<'js>> {
    let consumed = match status {
        Ok(httparse::Status::Complete(consumed)) => consumed,
        Ok(httparse::Status::Partial) => return Ok(Value::new_null(ctx.clone())),
        Err(error) => return error_code(error).into_js(ctx),
    };
    let mut flat = Vec::with_capacity(4 + headers.len() * 2);
    flat.push(consumed.into_js(ctx)?);
    flat.push(version.unwrap_or(1).into_js(ctx)?);
    flat.push(first);
    flat.push(second);
    for header in headers {
        flat.push(header.name.into_js(ctx)?);
        flat.push(latin1(header.value).into_js(ctx)?);
    }
    flat.into_js(ctx)
}

/// A request head: first is the method, second the target.
fn parse_request<'js>(ctx: Ctx<'js>, data: Value<'js>, offset: usize) -> rquickjs::Result<Value<'js>> {
    super::encoding::with_bytes(&data, |bytes| {
        let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
        let mut request = httparse::Request::new(&mut headers);
        let status = request.parse(bytes.get(offset..).unwrap_or_default());
        let method = request.method.unwrap_or_default().into_js(&ctx)?;
        let target = latin1(request.path.unwrap_or_default().as_bytes()).into_js(&ctx)?;
        parsed(&ctx, status, request.version, method, target, request.headers)
    })?
}

/// A response head: first is the status code, second the reason phrase.
fn parse_response<'js>(ctx: Ctx<'js>, data: Value<'js>, offset: usize) -> rquickjs::Result<Value<'js>> {
    super::encoding::with_bytes(&data, |bytes| {
        let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
        let mut response = httparse::Response::new(&mut headers);
        let status = response.parse(bytes.get(offset..).unwrap_or_default());
        let code = response.code.unwrap_or_default().into_js(&ctx)?;
        let reason = latin1(response.reason.unwrap_or_default().as_bytes()).into_js(&ctx)?;
        parsed(&ctx, status, response.version, code, reason, response.headers)
    })?
}

/// A chunk-size line of a chunked body: `[consumed, size]`.
fn parse_chunk_size<'js>(ctx: Ctx<'js>, data: Value<'js>, offset: usize) -> rquickjs::Result<Value<'js>> {
    super::encoding::with_bytes(&data, |bytes| match httparse::parse_chunk_size(bytes.get(offset..).unwrap_or_default()) {
        Ok(httparse::Status::Complete((consumed, size))) => [consumed as f64, size as f64].into_js(&ctx),
        Ok(httparse::Status::Partial) => Ok(Value::new_null(ctx.clone())),
        Err(httparse::InvalidChunkSize) => "HPE_INVALID_CHUNK_SIZE".into_js(&ctx),
    })?
}

pub fn create<'js>(ctx: &Ctx<'js>) -> rquickjs::Result<Object<'js>> {
    let binding = Object::new(ctx.clone())?;
    binding.set("parseRequest", Function::new(ctx.clone(), parse_request)?)?;
    binding.set("parseResponse", Function::new(ctx.clone(), parse_response)?)?;
    binding.set("parseChunkSize", Function::new(ctx.clone(), parse_chunk_size)?)?;
    Ok(binding)
}
