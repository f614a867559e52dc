//! The byte work behind `Buffer`: encoding strings into buffers, decoding buffers into
//! strings, searching and comparing. Node does these in C++; doing them in JavaScript
//! on an interpreter would be far too slow for megabyte buffers.

use std::borrow::Cow;
use std::ffi::c_int;

use base64::Engine as _;
use rquickjs::{Array, ArrayBuffer, Ctx, Exception, Function, Object, TypedArray, Value, qjs};

/// Encodings as js-lib numbers them (see `js-lib/buffer.js`).
#[derive(Clone, Copy, PartialEq)]
enum Encoding {
    Utf8,
    Latin1,
    Ascii,
    Hex,
    Base64,
    Base64Url,
}

impl Encoding {
    fn from_known_id(id: i32) -> Option<Self> {
        Some(match id {
            0 => Encoding::Utf8,
            1 => Encoding::Latin1,
            2 => Encoding::Ascii,
            3 => Encoding::Hex,
            4 => Encoding::Base64,
            5 => Encoding::Base64Url,
            _ => return None,
        })
    }

    fn from_id(ctx: &Ctx<'_>, id: i32) -> rquickjs::Result<Self> {
        Self::from_known_id(id).ok_or_else(|| Exception::throw_range(ctx, "unknown encoding id"))
    }
}

/// The memory of a Uint8Array (a Buffer), to write. Take it after every other view of
/// the same call (`bytes`), and copy what those views hold first: two views may share
/// one ArrayBuffer, and a `&mut` slice must be the only one.
fn bytes_mut<'a>(array: &'a mut TypedArray<'_, u8>) -> &'a mut [u8] {
    match array.as_raw() {
        // SAFETY: the pointer is the array's live memory; natives below run no
        // JavaScript while they hold the slice, so nothing can detach or resize the
        // buffer meanwhile (QuickJS is single-threaded), and no other slice of this
        // memory is alive while this one is (see above).
        Some(raw) => unsafe { &mut *raw.as_ptr() },
        None => &mut [],
    }
}

/// The memory of a Uint8Array, to read; several may be held at once.
fn bytes<'a>(array: &'a TypedArray<'_, u8>) -> &'a [u8] {
    match array.as_raw() {
        // SAFETY: as for `bytes_mut`, minus the writing: shared slices of the same
        // memory may coexist.
        Some(raw) => unsafe { &*raw.as_ptr() },
        None => &[],
    }
}

fn hex_value(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

/// Node's forgiving base64: either alphabet, whitespace and other characters skipped,
/// decoding stops at the first `=`.
fn decode_base64_lenient(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let mut accumulator: u32 = 0;
    let mut bits = 0;
    for &c in text {
        let value = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            b'=' => break,
            _ => continue,
        };
        accumulator = (accumulator << 6) | value as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((accumulator >> bits) as u8);
        }
    }
    out
}

/// A JavaScript string's contents as QuickJS hands them out: UTF-8, except that a lone
/// surrogate comes as its own three-byte sequence (WTF-8).
fn with_wtf8<R>(value: &Value<'_>, f: impl FnOnce(&[u8]) -> R) -> rquickjs::Result<R> {
    let ctx = value.ctx().as_raw().as_ptr();
    let mut len = 0;
    // SAFETY: the pointer stays valid until JS_FreeCString, and only `f` reads it.
    unsafe {
        let ptr = qjs::JS_ToCStringLen2(ctx, &mut len, value.as_raw(), false);
        if ptr.is_null() {
            return Err(rquickjs::Error::Exception);
        }
        let result = f(std::slice::from_raw_parts(ptr.cast(), len as usize));
        qjs::JS_FreeCString(ctx, ptr);
        Ok(result)
    }
}

/// WTF-8 to UTF-16 code units.
fn code_units(wtf8: &[u8]) -> impl Iterator<Item = u16> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        let first = *wtf8.get(i)?;
        let (width, initial) = match first {
            0x00..=0x7f => (1, first as u32),
            0xc0..=0xdf => (2, (first & 0x1f) as u32),
            0xe0..=0xef => (3, (first & 0x0f) as u32),
            _ => (4, (first & 0x07) as u32),
        };
        let point = wtf8[i + 1..(i + width).min(wtf8.len())].iter().fold(initial, |acc, b| (acc << 6) | (b & 0x3f) as u32);
        i += width;
        Some(if point > 0xffff {
            vec![(0xd800 + ((point - 0x10000) >> 10)) as u16, (0xdc00 + ((point - 0x10000) & 0x3ff)) as u16]
        } else {
            vec![point as u16]
        })
    })
    .flatten()
}

/// UTF-8 of a WTF-8 string: each lone surrogate becomes U+FFFD, as Node encodes it.
fn well_formed_utf8(wtf8: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    let is_surrogate = |w: &[u8]| w.len() >= 3 && w[0] == 0xed && w[1] >= 0xa0;
    if !wtf8.windows(2).any(|w| w[0] == 0xed && w[1] >= 0xa0) {
        return std::borrow::Cow::Borrowed(wtf8);
    }
    let mut out = Vec::with_capacity(wtf8.len());
    let mut i = 0;
    while i < wtf8.len() {
        if is_surrogate(&wtf8[i..]) {
            out.extend_from_slice("\u{fffd}".as_bytes());
            i += 3;
        } else {
            out.push(wtf8[i]);
            i += 1;
        }
    }
    std::borrow::Cow::Owned(out)
}

/// The bytes a string encodes to.
fn encode(text: &[u8], encoding: Encoding) -> Vec<u8> {
    match encoding {
        Encoding::Utf8 => well_formed_utf8(text).into_owned(),
        // One byte per UTF-16 code unit, its low half, as Node does.
        Encoding::Latin1 | Encoding::Ascii => code_units(text).map(|unit| unit as u8).collect(),
        Encoding::Hex => text.chunks_exact(2).map_while(|pair| Some(hex_value(pair[0])? << 4 | hex_value(pair[1])?)).collect(),
        // Well-formed input takes the crate's fast path; anything else Node's forgiving one.
        Encoding::Base64 | Encoding::Base64Url => base64::engine::general_purpose::STANDARD
            .decode(text)
            .or_else(|_| base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(text))
            .unwrap_or_else(|_| decode_base64_lenient(text)),
    }
}

/// The UTF-8 bytes of a string, lone surrogates as U+FFFD (a socket's `writeUtf8String`).
pub(crate) fn utf8_bytes(text: &Value<'_>) -> rquickjs::Result<Vec<u8>> {
    with_wtf8(text, |wtf8| encode(wtf8, Encoding::Utf8))
}

/// The latin1 bytes of a string, each UTF-16 code unit's low half (a socket's `writeLatin1String`).
pub(crate) fn latin1_bytes(text: &Value<'_>) -> rquickjs::Result<Vec<u8>> {
    with_wtf8(text, |wtf8| encode(wtf8, Encoding::Latin1))
}

/// A new ArrayBuffer holding `text` encoded (what `Buffer.from(string, encoding)` wraps).
fn encode_string<'js>(ctx: Ctx<'js>, text: Value<'js>, encoding: i32) -> rquickjs::Result<ArrayBuffer<'js>> {
    let encoding = Encoding::from_id(&ctx, encoding)?;
    let bytes = with_wtf8(&text, |wtf8| encode(wtf8, encoding))?;
    ArrayBuffer::new(ctx, bytes)
}

/// How many bytes a string takes in UTF-8 (`Buffer.byteLength`); the other encodings'
/// lengths follow from the string's length alone and are worked out in js-lib.
fn byte_length_utf8(text: Value<'_>) -> rquickjs::Result<usize> {
    with_wtf8(&text, |wtf8| wtf8.len())
}

/// Writes `text` into `target[offset..offset + max]`, never splitting a UTF-8
/// character; returns the number of bytes written.
fn write(
    ctx: Ctx<'_>,
    mut target: TypedArray<'_, u8>,
    text: Value<'_>,
    offset: usize,
    max: usize,
    encoding: i32,
) -> rquickjs::Result<usize> {
    let encoding = Encoding::from_id(&ctx, encoding)?;
    let encoded = with_wtf8(&text, |wtf8| encode(wtf8, encoding))?;
    let memory = bytes_mut(&mut target);
    let room = memory.len().saturating_sub(offset).min(max);
    let mut length = encoded.len().min(room);
    if encoding == Encoding::Utf8 && length < encoded.len() {
        // Back up to the first byte of the character that does not fit.
        while length > 0 && (encoded[length] & 0xc0) == 0x80 {
            length -= 1;
        }
    }
    memory[offset..offset + length].copy_from_slice(&encoded[..length]);
    Ok(length)
}

/// `bytes` decoded as `encoding` says; invalid UTF-8 becomes U+FFFD as the WHATWG decoder
/// (and Node) replace it.
fn decode(bytes: &[u8], encoding: Encoding) -> Cow<'_, str> {
    match encoding {
        Encoding::Utf8 => String::from_utf8_lossy(bytes),
        Encoding::Latin1 => bytes.iter().map(|&b| b as char).collect::<String>().into(),
        Encoding::Ascii => bytes.iter().map(|&b| (b & 0x7f) as char).collect::<String>().into(),
        Encoding::Hex => {
            const DIGITS: &[u8; 16] = b"0123456789abcdef";
            let mut hex = String::with_capacity(bytes.len() * 2);
            for &b in bytes {
                hex.push(DIGITS[(b >> 4) as usize] as char);
                hex.push(DIGITS[(b & 15) as usize] as char);
            }
            hex.into()
        }
        Encoding::Base64 => base64::engine::general_purpose::STANDARD.encode(bytes).into(),
        Encoding::Base64Url => base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes).into(),
    }
}

/// `toString(array, encoding, start, end)`: bytes `start..end` of a Uint8Array as a string.
/// A plain C function (`super::c_function`): every Buffer decoded comes through here.
///
/// # Safety
/// Called by QuickJS as a `JS_CFUNC_generic` function: `argv` holds `argc` values.
unsafe extern "C" fn to_string(ctx: *mut qjs::JSContext, _this: qjs::JSValue, argc: c_int, argv: *mut qjs::JSValue) -> qjs::JSValue {
    if argc < 4 {
        // SAFETY: a live context; the message is a C string.
        return unsafe { qjs::JS_ThrowTypeError(ctx, c"toString takes an array, an encoding, a start and an end".as_ptr()) };
    }
    // SAFETY: QuickJS passes `argc` (at least four) readable values for the call's duration.
    let arguments = unsafe { std::slice::from_raw_parts(argv, 4) };
    // `size_t` of the wasm32 C side: a u32, as `usize` is here.
    let (mut size, mut encoding, mut start, mut end) = (0u32, 0i32, 0i64, 0i64);
    // SAFETY: a live context and its values; each call reports failure (and throws) by its
    // result. The numbers first: converting one may run JavaScript (`valueOf`), which could
    // detach the array once its memory is taken.
    let data = unsafe {
        let converted = qjs::JS_ToInt32(ctx, &mut encoding, arguments[1]) == 0
            && qjs::JS_ToInt64(ctx, &mut start, arguments[2]) == 0
            && qjs::JS_ToInt64(ctx, &mut end, arguments[3]) == 0;
        if converted { qjs::JS_GetUint8Array(ctx, &mut size, arguments[0]) } else { std::ptr::null_mut() }
    };
    if data.is_null() {
        return qjs::JS_EXCEPTION;
    }
    let Some(encoding) = Encoding::from_known_id(encoding) else {
        // SAFETY: a live context; the message is a C string.
        return unsafe { qjs::JS_ThrowRangeError(ctx, c"unknown encoding id".as_ptr()) };
    };
    // SAFETY: the array's live memory of `size` bytes, taken after everything that could
    // run JavaScript; nothing runs until the string is made.
    let memory = unsafe { std::slice::from_raw_parts(data, size as usize) };
    let end = usize::try_from(end).unwrap_or(0).min(memory.len());
    let text = decode(&memory[usize::try_from(start).unwrap_or(0).min(end)..end], encoding);
    // SAFETY: a live context; QuickJS copies the UTF-8 text.
    unsafe { qjs::JS_NewStringLen(ctx, text.as_ptr().cast(), text.len() as _) }
}

/// Index of `needle` in `haystack` searching forward from `from` (or backward from it
/// when `last`), or -1.
fn index_of(haystack: TypedArray<'_, u8>, needle: TypedArray<'_, u8>, from: i64, last: bool) -> i64 {
    let (haystack, needle) = (bytes(&haystack), bytes(&needle));
    let len = haystack.len() as i64;
    if last {
        let end = (from.min(len - needle.len() as i64) + needle.len() as i64).clamp(0, len) as usize;
        return memchr::memmem::rfind(&haystack[..end], needle).map_or(-1, |i| i as i64);
    }
    let start = from.clamp(0, len) as usize;
    if needle.is_empty() {
        return start as i64;
    }
    memchr::memmem::find(&haystack[start..], needle).map_or(-1, |i| (i + start) as i64)
}

/// -1, 0 or 1, comparing byte by byte, then by length.
fn compare(a: TypedArray<'_, u8>, b: TypedArray<'_, u8>) -> i32 {
    bytes(&a).cmp(bytes(&b)) as i32
}

/// Repeats `pattern` over `target[start..end]`.
fn fill(mut target: TypedArray<'_, u8>, pattern: TypedArray<'_, u8>, start: usize, end: usize) {
    // Copied before the target is borrowed: the pattern may be a view of the same memory.
    let pattern = bytes(&pattern).to_vec();
    let memory = bytes_mut(&mut target);
    let end = end.min(memory.len());
    if pattern.is_empty() || start >= end {
        return;
    }
    for (slot, byte) in memory[start..end].iter_mut().zip(pattern.iter().cycle()) {
        *slot = *byte;
    }
}

/// `Buffer.concat`'s copying, in one call rather than a JavaScript loop over the list:
/// the bytes of `list`'s Uint8Arrays one after another in a new ArrayBuffer of `length`
/// bytes (negative: their total), cut there or zero-filled past them. Returns instead the
/// index of the first item that is not a Uint8Array (Node checks every item, whatever the
/// length), for js-lib to throw Node's error about.
fn concat<'js>(ctx: Ctx<'js>, list: Array<'js>, length: f64) -> rquickjs::Result<Value<'js>> {
    let mut arrays = Vec::with_capacity(list.len());
    for (index, item) in list.iter::<Value>().enumerate() {
        match TypedArray::<u8>::from_value(item?) {
            Ok(array) => arrays.push(array),
            Err(_) => return Ok(Value::new_number(ctx, index as f64)),
        }
    }
    let total = if length < 0.0 { arrays.iter().map(|array| array.len()).sum() } else { length as usize };
    let mut joined = Vec::new();
    // Up to Node's 4 GiB: more than memory holds is a catchable error, not an abort.
    if joined.try_reserve_exact(total).is_err() {
        return Err(Exception::throw_range(&ctx, "Array buffer allocation failed"));
    }
    for array in &arrays {
        let source = bytes(array);
        joined.extend_from_slice(&source[..source.len().min(total - joined.len())]);
    }
    joined.resize(total, 0);
    Ok(ArrayBuffer::new(ctx, joined)?.into_value())
}

/// Whether `source` is valid UTF-8 / only ASCII.
fn is_utf8(source: TypedArray<'_, u8>) -> bool {
    std::str::from_utf8(bytes(&source)).is_ok()
}

fn is_ascii(source: TypedArray<'_, u8>) -> bool {
    bytes(&source).is_ascii()
}

pub fn create<'js>(ctx: &Ctx<'js>) -> rquickjs::Result<Object<'js>> {
    let binding = Object::new(ctx.clone())?;
    binding.set("byteLengthUtf8", Function::new(ctx.clone(), byte_length_utf8)?)?;
    binding.set("encodeString", Function::new(ctx.clone(), encode_string)?)?;
    binding.set("write", Function::new(ctx.clone(), write)?)?;
    binding.set("toString", super::c_function(ctx, Some(to_string), c"toString", 4)?)?;
    binding.set("indexOf", Function::new(ctx.clone(), index_of)?)?;
    binding.set("compare", Function::new(ctx.clone(), compare)?)?;
    binding.set("fill", Function::new(ctx.clone(), fill)?)?;
    binding.set("concat", Function::new(ctx.clone(), concat)?)?;
    binding.set("isUtf8", Function::new(ctx.clone(), is_utf8)?)?;
    binding.set("isAscii", Function::new(ctx.clone(), is_ascii)?)?;
    Ok(binding)
}
