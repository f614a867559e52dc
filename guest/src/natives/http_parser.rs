//! HTTP/1.x message heads, header blocks and chunk-size lines for js-lib's `http`: the
//! byte-level scanning and each head's framing (body length, chunking, keep-alive,
//! upgrade) run here, the protocol's state in JavaScript (`_http_common.js`).
//!
//! The grammar is llhttp's strict mode, the one Node runs by default, not the lenient
//! one most parsers accept: a bare CR or LF ends nothing, whitespace before a colon or at
//! the start of a line (obsolete folding) is refused, and control characters never reach
//! a header value. Request smuggling lives in the gap between two parsers' leniencies,
//! so Nodule refuses exactly what Node refuses, with llhttp's error codes and reasons.
//!
//! Each function takes the received bytes and an offset and returns `null` when more
//! bytes are needed, `[code, reason, position]` when the bytes are not HTTP (the
//! position of the offending byte, Node's `bytesParsed`), or the parsed parts in an
//! array whose first element is the number of bytes consumed.

use rquickjs::{Ctx, Function, IntoJs, Object, Value};

/// The extensions one chunk may carry, as Node's parser limits them.
const MAX_CHUNK_EXTENSIONS: usize = 16 * 1024;

/// The request methods llhttp knows, sorted: Node's `http.METHODS`.
const METHODS: [&str; 35] = [
    "ACL",
    "BIND",
    "CHECKOUT",
    "CONNECT",
    "COPY",
    "DELETE",
    "GET",
    "HEAD",
    "LINK",
    "LOCK",
    "M-SEARCH",
    "MERGE",
    "MKACTIVITY",
    "MKCALENDAR",
    "MKCOL",
    "MOVE",
    "NOTIFY",
    "OPTIONS",
    "PATCH",
    "POST",
    "PROPFIND",
    "PROPPATCH",
    "PURGE",
    "PUT",
    "QUERY",
    "REBIND",
    "REPORT",
    "SEARCH",
    "SOURCE",
    "SUBSCRIBE",
    "TRACE",
    "UNBIND",
    "UNLINK",
    "UNLOCK",
    "UNSUBSCRIBE",
];

/// How far a method without its space yet is read before it is refused: longer than any
/// method (UNSUBSCRIBE's 11 bytes), so bytes this many can no longer become one.
const METHOD_READ_LIMIT: usize = 16;

/// Why the bytes are not HTTP: llhttp's error code and reason, and where it went wrong.
struct ParseError {
    code: &'static str,
    reason: &'static str,
    at: usize,
}

/// `Ok(None)`: the bytes end before the element does.
type Parsed<T> = Result<Option<T>, ParseError>;

fn fail<T>(code: &'static str, reason: &'static str, at: usize) -> Parsed<T> {
    Err(ParseError { code, reason, at })
}

/// RFC 9110's `tchar`: what a method or a header name is made of.
fn is_token(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&byte)
}

/// What a header value or a reason phrase may hold: visible ASCII, space, tab and
/// obsolete non-ASCII text (read as latin1, as Node does).
fn is_field_char(byte: u8) -> bool {
    byte == b'\t' || (0x20..0x7f).contains(&byte) || byte >= 0x80
}

fn latin1(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| b as char).collect()
}

/// A cursor over one buffer: positions are indexes into the whole buffer, so errors
/// name the byte as Node's `bytesParsed` does.
struct Scanner<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Scanner<'a> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    /// The bytes up to the first one `keep` refuses; `None` if the buffer ends first.
    fn take_while(&mut self, keep: impl Fn(u8) -> bool) -> Option<&'a [u8]> {
        let start = self.pos;
        let length = self.bytes[start..].iter().position(|&b| !keep(b))?;
        self.pos += length;
        Some(&self.bytes[start..self.pos])
    }

    /// Expects `literal`; any other byte is the error `(code, reason)`.
    fn expect(&mut self, literal: &[u8], code: &'static str, reason: &'static str) -> Parsed<()> {
        for &expected in literal {
            match self.peek() {
                None => return Ok(None),
                Some(byte) if byte == expected => self.pos += 1,
                Some(_) => return fail(code, reason, self.pos),
            }
        }
        Ok(Some(()))
    }

    /// A line's end: CR then LF, each missing one an error with the reasons given.
    fn line_end(&mut self, missing_cr: &'static str, missing_lf: &'static str) -> Parsed<()> {
        match self.peek() {
            None => return Ok(None),
            Some(b'\r') => self.pos += 1,
            Some(b'\n') => return fail("HPE_CR_EXPECTED", missing_cr, self.pos),
            Some(_) => return fail("HPE_STRICT", missing_cr, self.pos),
        }
        match self.peek() {
            None => Ok(None),
            Some(b'\n') => {
                self.pos += 1;
                Ok(Some(()))
            }
            Some(_) => fail("HPE_LF_EXPECTED", missing_lf, self.pos),
        }
    }

    /// `HTTP/x.y` as llhttp accepts it: one digit each, and only the versions it knows.
    fn version(&mut self) -> Parsed<(u8, u8)> {
        let start = self.pos;
        let digit = |scanner: &mut Self, reason| match scanner.peek() {
            None => Ok(None),
            Some(byte @ b'0'..=b'9') => {
                scanner.pos += 1;
                Ok(Some(byte - b'0'))
            }
            Some(_) => fail("HPE_INVALID_VERSION", reason, scanner.pos),
        };
        let Some(major) = digit(self, "Invalid major version")? else { return Ok(None) };
        if self.expect(b".", "HPE_INVALID_VERSION", "Expected dot")?.is_none() {
            return Ok(None);
        }
        let Some(minor) = digit(self, "Invalid minor version")? else { return Ok(None) };
        match (major, minor) {
            (0, 9) | (1, 0) | (1, 1) | (2, 0) => Ok(Some((major, minor))),
            _ => fail("HPE_INVALID_VERSION", "Invalid HTTP version", start),
        }
    }

    /// Header lines up to and including the empty line that ends them, as
    /// `[name, value, ...]` with values trimmed of surrounding whitespace.
    fn header_lines(&mut self) -> Parsed<Vec<(String, String)>> {
        let mut headers = Vec::new();
        loop {
            match self.peek() {
                None => return Ok(None),
                Some(b'\r' | b'\n') => {
                    return match self.line_end("Missing expected CR after headers", "Missing expected LF after headers")? {
                        Some(()) => Ok(Some(headers)),
                        None => Ok(None),
                    };
                }
                Some(b' ' | b'\t') => {
                    return fail("HPE_INVALID_HEADER_TOKEN", "Unexpected whitespace after header value", self.pos);
                }
                Some(_) => {}
            }
            let Some(name) = self.take_while(is_token) else { return Ok(None) };
            if name.is_empty() || self.peek() != Some(b':') {
                return fail("HPE_INVALID_HEADER_TOKEN", "Invalid header token", self.pos);
            }
            let name = latin1(name);
            self.pos += 1;
            let Some(value) = self.take_while(is_field_char) else { return Ok(None) };
            if !matches!(self.peek(), Some(b'\r' | b'\n')) {
                return fail("HPE_INVALID_HEADER_TOKEN", "Invalid header value char", self.pos);
            }
            if self.line_end("Missing expected CR after header value", "Missing expected LF after header value")?.is_none() {
                return Ok(None);
            }
            let value = value.trim_ascii_start();
            let value = value.trim_ascii_end();
            headers.push((name, latin1(value)));
        }
    }
}

/// Turns a parse result into what JavaScript receives (see the module's comment).
fn to_js<'js, T>(
    ctx: &Ctx<'js>,
    result: Parsed<T>,
    success: impl FnOnce(T) -> rquickjs::Result<Value<'js>>,
) -> rquickjs::Result<Value<'js>> {
    match result {
        Ok(Some(parts)) => success(parts),
        Ok(None) => Ok(Value::new_null(ctx.clone())),
        Err(error) => [error.code.into_js(ctx)?, error.reason.into_js(ctx)?, error.at.into_js(ctx)?].into_js(ctx),
    }
}

/// `[consumed, major, minor, first, second, [name, value, ...], bodyLength, framingFlags]`,
/// then `refusalCode, refusalReason` when llhttp refuses the message (see `Framing`).
fn head_to_js<'js>(
    ctx: &Ctx<'js>,
    consumed: usize,
    (major, minor): (u8, u8),
    first: Value<'js>,
    second: Value<'js>,
    headers: Vec<(String, String)>,
    framing: Framing,
) -> rquickjs::Result<Value<'js>> {
    let mut parts = vec![consumed.into_js(ctx)?, major.into_js(ctx)?, minor.into_js(ctx)?, first, second];
    parts.push(flat_headers(ctx, headers)?);
    parts.push(framing.length.into_js(ctx)?);
    parts.push(framing.flags.into_js(ctx)?);
    if let Some((code, reason)) = framing.refusal {
        parts.push(code.into_js(ctx)?);
        parts.push(reason.into_js(ctx)?);
    }
    parts.into_js(ctx)
}

/// `Framing::flags`: the body is chunked.
const CHUNKED: i32 = 1;
/// `Framing::flags`: the connection persists after the message.
const KEEP_ALIVE: i32 = 2;
/// `Framing::flags`: the connection stops being HTTP after the head (Upgrade, CONNECT, 101).
const UPGRADE: i32 = 4;
/// `Framing::flags`: the refusal is of the body, after the head was announced, as llhttp
/// does with a request whose Transfer-Encoding does not end in chunked.
const BODY_REFUSED: i32 = 8;

/// How a message's body is delimited and whether its connection persists, as llhttp
/// decides them from the head.
struct Framing {
    /// Content-Length's value.
    length: Option<f64>,
    flags: i32,
    /// llhttp's error code and reason for a head (or, with `BODY_REFUSED`, a body) it refuses.
    refusal: Option<(&'static str, &'static str)>,
}

/// What a head starts with: a request's method or a response's status.
#[derive(Clone, Copy)]
enum StartLine<'a> {
    Request { method: &'a str },
    Response { status: u16 },
}

/// JavaScript's `trim` of a latin1 header value's list element.
fn trim_list_element(element: &str) -> &str {
    element.trim_matches([' ', '\t', '\u{a0}'])
}

fn framing(start: StartLine<'_>, (major, minor): (u8, u8), headers: &[(String, String)]) -> Framing {
    let refused = |code, reason| Framing { length: None, flags: 0, refusal: Some((code, reason)) };
    let mut length = None;
    let mut transfer_encoding: Option<String> = None;
    let (mut close, mut keep_alive, mut upgrade_token, mut upgrade_header) = (false, false, false, false);
    for (name, value) in headers {
        if name.eq_ignore_ascii_case("content-length") {
            if length.is_some() {
                return refused("HPE_UNEXPECTED_CONTENT_LENGTH", "Duplicate Content-Length");
            }
            if value.is_empty() || !value.bytes().all(|byte| byte.is_ascii_digit()) {
                return refused("HPE_INVALID_CONTENT_LENGTH", "Invalid character in Content-Length");
            }
            length = value.parse::<f64>().ok();
        } else if name.eq_ignore_ascii_case("transfer-encoding") {
            transfer_encoding = Some(match transfer_encoding {
                None => value.clone(),
                Some(earlier) => format!("{earlier}, {value}"),
            });
        } else if name.eq_ignore_ascii_case("connection") {
            for token in value.split(',').map(trim_list_element) {
                close |= token.eq_ignore_ascii_case("close");
                keep_alive |= token.eq_ignore_ascii_case("keep-alive");
                upgrade_token |= token.eq_ignore_ascii_case("upgrade");
            }
        } else if name.eq_ignore_ascii_case("upgrade") {
            upgrade_header = true;
        }
    }
    let mut flags = 0;
    let mut refusal = None;
    if let Some(codings) = transfer_encoding {
        if length.is_some() {
            return refused("HPE_UNEXPECTED_CONTENT_LENGTH", "Content-Length can't be present with Transfer-Encoding");
        }
        let codings: Vec<&str> = codings.split(',').map(trim_list_element).filter(|coding| !coding.is_empty()).collect();
        let is_chunked = |coding: &&str| coding.eq_ignore_ascii_case("chunked");
        if codings.last().is_some_and(is_chunked) {
            flags |= CHUNKED;
        } else if codings.iter().any(is_chunked) {
            return refused("HPE_INVALID_TRANSFER_ENCODING", "Invalid `Transfer-Encoding` header value");
        } else if let StartLine::Request { .. } = start {
            flags |= BODY_REFUSED;
            refusal = Some(("HPE_INVALID_TRANSFER_ENCODING", "Request has invalid `Transfer-Encoding`"));
        }
    }
    // A response body that runs until the connection closes leaves nothing to keep alive.
    let until_close = match start {
        StartLine::Response { status } => length.is_none() && flags & CHUNKED == 0 && status >= 200 && status != 204 && status != 304,
        StartLine::Request { .. } => false,
    };
    let persistent_by_default = major > 1 || (major == 1 && minor >= 1);
    if !until_close && (if persistent_by_default { !close } else { keep_alive }) {
        flags |= KEEP_ALIVE;
    }
    let upgrade = match start {
        StartLine::Request { method } => method == "CONNECT" || (upgrade_header && upgrade_token),
        StartLine::Response { status } => status == 101,
    };
    if upgrade {
        flags |= UPGRADE;
    }
    Framing { length, flags, refusal }
}

/// A parsed head: its end, version, method or status, target or reason, and headers.
type Head<First> = (usize, (u8, u8), First, String, Vec<(String, String)>);

/// A request's method, which must be one llhttp knows. llhttp matches methods as the
/// bytes arrive, so the error names the first byte no method continues with, and bytes
/// that may still become a method need more.
fn request_method<'a>(scanner: &mut Scanner<'a>) -> Parsed<&'a [u8]> {
    let rest = &scanner.bytes[scanner.pos..];
    let space = rest.iter().position(|&byte| byte == b' ');
    let token = &rest[..space.unwrap_or(rest.len().min(METHOD_READ_LIMIT))];
    if space.is_some() && METHODS.iter().any(|method| method.as_bytes() == token) {
        scanner.pos += token.len() + 1;
        return Ok(Some(token));
    }
    let matched =
        METHODS.iter().map(|method| method.bytes().zip(token).take_while(|(known, byte)| known == *byte).count()).max().unwrap_or(0);
    if space.is_none() && matched == token.len() {
        return Ok(None);
    }
    fail("HPE_INVALID_METHOD", "Invalid method encountered", scanner.pos + matched)
}

fn request_head(scanner: &mut Scanner<'_>) -> Parsed<Head<String>> {
    let Some(method) = request_method(scanner)? else { return Ok(None) };
    let Some(target) = scanner.take_while(|b| b > 0x20 && b != 0x7f) else { return Ok(None) };
    if target.is_empty() || scanner.peek() != Some(b' ') {
        return fail("HPE_INVALID_URL", "Invalid characters in url", scanner.pos);
    }
    scanner.pos += 1;
    if scanner.expect(b"HTTP/", "HPE_INVALID_CONSTANT", "Expected HTTP/, RTSP/ or ICE/")?.is_none() {
        return Ok(None);
    }
    let Some(version) = scanner.version()? else { return Ok(None) };
    let start_line_end = scanner.line_end("Expected CRLF after version", "Expected CRLF after version");
    if start_line_end.map_err(|error| ParseError { code: "HPE_INVALID_VERSION", ..error })?.is_none() {
        return Ok(None);
    }
    let Some(headers) = scanner.header_lines()? else { return Ok(None) };
    Ok(Some((scanner.pos, version, latin1(method), latin1(target), headers)))
}

fn status_head(scanner: &mut Scanner<'_>) -> Parsed<Head<u16>> {
    if scanner.expect(b"HTTP/", "HPE_INVALID_CONSTANT", "Expected HTTP/, RTSP/ or ICE/")?.is_none() {
        return Ok(None);
    }
    let Some(version) = scanner.version()? else { return Ok(None) };
    if scanner.expect(b" ", "HPE_INVALID_VERSION", "Expected space after version")?.is_none() {
        return Ok(None);
    }
    let Some(digits) = scanner.take_while(|b| b.is_ascii_digit()) else { return Ok(None) };
    if digits.len() != 3 {
        return fail("HPE_INVALID_STATUS", "Invalid status code", scanner.pos);
    }
    let status = digits.iter().fold(0, |code, digit| code * 10 + u16::from(digit - b'0'));
    let reason = match scanner.peek() {
        Some(b' ') => {
            scanner.pos += 1;
            let Some(reason) = scanner.take_while(is_field_char) else { return Ok(None) };
            latin1(reason)
        }
        Some(b'\r' | b'\n') => String::new(),
        Some(_) => return fail("HPE_INVALID_STATUS", "Invalid response status", scanner.pos),
        None => return Ok(None),
    };
    if scanner.line_end("Missing expected CR after response line", "Missing expected LF after response line")?.is_none() {
        return Ok(None);
    }
    let Some(headers) = scanner.header_lines()? else { return Ok(None) };
    Ok(Some((scanner.pos, version, status, reason, headers)))
}

/// A request head: first is the method, second the target.
fn parse_request<'js>(ctx: Ctx<'js>, data: Value<'js>, offset: usize) -> rquickjs::Result<Value<'js>> {
    super::encoding::with_bytes(&data, |bytes| {
        let mut scanner = Scanner { bytes, pos: offset };
        to_js(&ctx, request_head(&mut scanner), |(end, version, method, target, headers)| {
            let framing = framing(StartLine::Request { method: &method }, version, &headers);
            head_to_js(&ctx, end - offset, version, method.into_js(&ctx)?, target.into_js(&ctx)?, headers, framing)
        })
    })?
}

/// A response head: first is the status code, second the reason phrase.
fn parse_response<'js>(ctx: Ctx<'js>, data: Value<'js>, offset: usize) -> rquickjs::Result<Value<'js>> {
    super::encoding::with_bytes(&data, |bytes| {
        let mut scanner = Scanner { bytes, pos: offset };
        to_js(&ctx, status_head(&mut scanner), |(end, version, status, reason, headers)| {
            let framing = framing(StartLine::Response { status }, version, &headers);
            head_to_js(&ctx, end - offset, version, status.into_js(&ctx)?, reason.into_js(&ctx)?, headers, framing)
        })
    })?
}

/// The trailer section after a chunked body's last chunk: `[consumed, [name, value, ...]]`.
fn parse_trailers<'js>(ctx: Ctx<'js>, data: Value<'js>, offset: usize) -> rquickjs::Result<Value<'js>> {
    super::encoding::with_bytes(&data, |bytes| {
        let mut scanner = Scanner { bytes, pos: offset };
        let result = scanner.header_lines();
        to_js(&ctx, result, |trailers| [(scanner.pos - offset).into_js(&ctx)?, flat_headers(&ctx, trailers)?].into_js(&ctx))
    })?
}

/// Header lines as Node's `rawHeaders`: `[name, value, ...]`.
fn flat_headers<'js>(ctx: &Ctx<'js>, headers: Vec<(String, String)>) -> rquickjs::Result<Value<'js>> {
    let mut flat = Vec::with_capacity(headers.len() * 2);
    for (name, value) in headers {
        flat.push(name.into_js(ctx)?);
        flat.push(value.into_js(ctx)?);
    }
    flat.into_js(ctx)
}

/// A chunk-size line, `size[;name[=value]]...CRLF`: `[consumed, size]`.
fn chunk_size_line(scanner: &mut Scanner<'_>) -> Parsed<(usize, f64)> {
    let start = scanner.pos;
    let Some(digits) = scanner.take_while(|b| b.is_ascii_hexdigit()) else { return Ok(None) };
    if digits.is_empty() {
        return fail("HPE_INVALID_CHUNK_SIZE", "Invalid character in chunk size", scanner.pos);
    }
    let size = u64::from_str_radix(&latin1(digits), 16).ok().filter(|&size| size <= 1 << 53);
    let Some(size) = size else {
        return fail("HPE_INVALID_CHUNK_SIZE", "Chunk size overflow", scanner.pos);
    };
    let extensions_start = scanner.pos;
    let extensions = chunk_extensions(scanner);
    // Extensions are skipped, not kept, but a line that never ends must not grow forever.
    let extensions_end = if matches!(extensions, Ok(None)) { scanner.bytes.len() } else { scanner.pos };
    if extensions_end - extensions_start > MAX_CHUNK_EXTENSIONS {
        return fail("HPE_CHUNK_EXTENSIONS_OVERFLOW", "Chunk extensions overflow", scanner.pos);
    }
    if extensions?.is_none() {
        return Ok(None);
    }
    let (missing_cr, missing_lf) = if scanner.pos == extensions_start {
        ("Missing expected CR after chunk size", "Missing expected LF after chunk size")
    } else {
        ("Missing expected CR after chunk extension name", "Missing expected LF after chunk extensions")
    };
    match scanner.peek() {
        Some(b'\r' | b'\n') | None => {}
        Some(_) => return fail("HPE_INVALID_CHUNK_SIZE", "Invalid character in chunk size", scanner.pos),
    }
    if scanner.line_end(missing_cr, missing_lf)?.is_none() {
        return Ok(None);
    }
    Ok(Some((scanner.pos - start, size as f64)))
}

/// `;name[=value]` pairs, token or quoted values, up to the line's end.
fn chunk_extensions(scanner: &mut Scanner<'_>) -> Parsed<()> {
    while scanner.peek() == Some(b';') {
        scanner.pos += 1;
        let Some(name) = scanner.take_while(is_token) else { return Ok(None) };
        if name.is_empty() {
            // `size;` then the line's end: its CRLF is checked as any other.
            if matches!(scanner.peek(), Some(b'\r' | b'\n')) {
                break;
            }
            return fail("HPE_STRICT", "Invalid character in chunk extensions", scanner.pos);
        }
        if scanner.peek() != Some(b'=') {
            continue;
        }
        scanner.pos += 1;
        if scanner.peek() == Some(b'"') {
            scanner.pos += 1;
            if scanner.take_while(|b| b != b'"' && b != b'\r' && b != b'\n').is_none() {
                return Ok(None);
            }
            if scanner.peek() != Some(b'"') {
                return fail("HPE_STRICT", "Invalid character in chunk extensions quoted value", scanner.pos);
            }
            scanner.pos += 1;
        } else if scanner.take_while(is_token).is_none() {
            return Ok(None);
        }
    }
    Ok(Some(()))
}

fn parse_chunk_size<'js>(ctx: Ctx<'js>, data: Value<'js>, offset: usize) -> rquickjs::Result<Value<'js>> {
    super::encoding::with_bytes(&data, |bytes| {
        let mut scanner = Scanner { bytes, pos: offset };
        to_js(&ctx, chunk_size_line(&mut scanner), |(consumed, size)| [consumed as f64, size].into_js(&ctx))
    })?
}

pub fn create<'js>(ctx: &Ctx<'js>) -> rquickjs::Result<Object<'js>> {
    let binding = Object::new(ctx.clone())?;
    binding.set("parseRequest", Function::new(ctx.clone(), parse_request)?)?;
    binding.set("parseResponse", Function::new(ctx.clone(), parse_response)?)?;
    binding.set("parseTrailers", Function::new(ctx.clone(), parse_trailers)?)?;
    binding.set("parseChunkSize", Function::new(ctx.clone(), parse_chunk_size)?)?;
    binding.set("methods", METHODS.to_vec())?;
    let flags = Object::new(ctx.clone())?;
    flags.set("CHUNKED", CHUNKED)?;
    flags.set("KEEP_ALIVE", KEEP_ALIVE)?;
    flags.set("UPGRADE", UPGRADE)?;
    flags.set("BODY_REFUSED", BODY_REFUSED)?;
    binding.set("framingFlags", flags)?;
    Ok(binding)
}
