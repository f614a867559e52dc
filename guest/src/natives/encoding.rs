//! Text codecs for TextEncoder/TextDecoder and Buffer: the loops run here, not in
//! JavaScript (QuickJS has no JIT, and these run over whole files).

use rquickjs::{ArrayBuffer, Constructor, Ctx, Exception, Function, Object, TypedArray, Value};

/// The bytes of an ArrayBuffer or any ArrayBuffer view, for `f` to read.
pub fn with_bytes<R>(value: &Value<'_>, f: impl FnOnce(&[u8]) -> R) -> rquickjs::Result<R> {
    if let Some(object) = value.as_object() {
        if let Some(buffer) = object.as_array_buffer() {
            // SAFETY: `f` runs no JavaScript, so nothing can detach or resize the buffer while it reads.
            return Ok(f(unsafe { buffer.as_bytes() }.unwrap_or_default()));
        }
        if let Ok(view) = TypedArray::<u8>::from_value(value.clone()) {
            // SAFETY: as above.
            return Ok(f(unsafe { view.as_bytes() }.unwrap_or_default()));
        }
        // Other views (Uint16Array, DataView, ...): their bytes, through their buffer.
        let buffer: Object = object.get("buffer")?;
        let offset: usize = object.get("byteOffset")?;
        let length: usize = object.get("byteLength")?;
        if let Some(buffer) = buffer.as_array_buffer() {
            // SAFETY: as above.
            let bytes = unsafe { buffer.as_bytes() }.unwrap_or_default();
            return Ok(f(bytes.get(offset..offset + length).unwrap_or_default()));
        }
    }
    Err(Exception::throw_type(value.ctx(), "expected an ArrayBuffer or a view of one"))
}

/// UTF-16 code units of `bytes` decoded as UTF-8, invalid sequences as U+FFFD
/// (WHATWG's replacement rules, which Rust's lossy decoder follows).
fn decode_utf8(ctx: Ctx<'_>, input: Value<'_>, fatal: bool) -> rquickjs::Result<String> {
    let text = with_bytes(&input, |bytes| match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(_) if fatal => Err(()),
        Err(_) => Ok(String::from_utf8_lossy(bytes).into_owned()),
    })?;
    text.map_err(|()| invalid_data(&ctx, "utf-8"))
}

/// Node's TypeError for undecodable input, built by the TypeError constructor so that its
/// message is not enumerable and only `code` shows when it is inspected.
fn invalid_data(ctx: &Ctx<'_>, encoding: &str) -> rquickjs::Error {
    let message = format!("The encoded data was not valid for encoding {encoding}");
    let error = ctx.globals().get::<_, Constructor>("TypeError").and_then(|type_error| {
        let error: Object = type_error.construct((message,))?;
        error.set("code", "ERR_ENCODING_INVALID_ENCODED_DATA")?;
        Ok(error)
    });
    match error {
        Ok(error) => ctx.throw(error.into_value()),
        Err(err) => err,
    }
}

/// Bytes as Latin-1 (each byte one code point).
fn decode_latin1(input: Value<'_>) -> rquickjs::Result<String> {
    with_bytes(&input, |bytes| bytes.iter().map(|&b| b as char).collect())
}

/// A well-formed string (js-lib replaces lone surrogates first) as UTF-8 bytes.
fn encode_utf8<'js>(ctx: Ctx<'js>, text: String) -> rquickjs::Result<ArrayBuffer<'js>> {
    ArrayBuffer::new(ctx, text.into_bytes())
}

pub fn create<'js>(ctx: &Ctx<'js>) -> rquickjs::Result<Object<'js>> {
    let binding = Object::new(ctx.clone())?;
    binding.set("decodeUtf8", Function::new(ctx.clone(), decode_utf8)?)?;
    binding.set("decodeLatin1", Function::new(ctx.clone(), decode_latin1)?)?;
    binding.set("encodeUtf8", Function::new(ctx.clone(), encode_utf8)?)?;
    Ok(binding)
}
