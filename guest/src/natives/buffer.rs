//! The byte work behind `Buffer`: encoding strings into buffers, decoding buffers into
//! strings, searching and comparing. Node does these in C++; doing them in JavaScript
//! on an interpreter would be far too slow for megabyte buffers.

use base64::Engine as _;
use rquickjs::{Ctx, Exception, Function, Object, TypedArray};

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
    fn from_id(ctx: &Ctx<'_>, id: i32) -> rquickjs::Result<Self> {
        Ok(match id {
            0 => Encoding::Utf8,
            1 => Encoding::Latin1,
            2 => Encoding::Ascii,
            3 => Encoding::Hex,
            4 => Encoding::Base64,
            5 => Encoding::Base64Url,
            _ => return Err(Exception::throw_range(ctx, "unknown encoding id")),
        })
    }
}

/// The memory of a Uint8Array (a Buffer), writable.
///
/// SAFETY (of every use): natives below run no JavaScript while they hold the slice,
/// so nothing can detach or resize the buffer meanwhile; QuickJS is single-threaded.
fn bytes_mut<'a>(array: &'a TypedArray<'_, u8>) -> &'a mut [u8] {
    match array.as_raw() {
        Some(raw) => unsafe { &mut *raw.as_ptr() },
        None => &mut [],
    }
}

fn bytes<'a>(array: &'a TypedArray<'_, u8>) -> &'a [u8] {
    bytes_mut(array)
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

/// The bytes `text` encodes to (for the encodings that are not pass-through of UTF-8).
fn encode(text: &str, encoding: Encoding) -> Vec<u8> {
    match encoding {
        Encoding::Utf8 => text.as_bytes().to_vec(),
        // One byte per UTF-16 code unit, its low half, as Node does.
        Encoding::Latin1 | Encoding::Ascii => text.encode_utf16().map(|unit| unit as u8).collect(),
        Encoding::Hex => text.as_bytes().chunks_exact(2).map_while(|pair| Some(hex_value(pair[0])? << 4 | hex_value(pair[1])?)).collect(),
        Encoding::Base64 | Encoding::Base64Url => decode_base64_lenient(text.as_bytes()),
    }
}

/// How many bytes `text` takes in `encoding`.
fn byte_length(ctx: Ctx<'_>, text: String, encoding: i32) -> rquickjs::Result<usize> {
    let encoding = Encoding::from_id(&ctx, encoding)?;
    Ok(match encoding {
        Encoding::Utf8 => text.len(),
        Encoding::Latin1 | Encoding::Ascii => text.encode_utf16().count(),
        Encoding::Hex => text.len() / 2,
        Encoding::Base64 | Encoding::Base64Url => {
            let trimmed = text.trim_end_matches('=');
            trimmed.len() * 3 / 4
        }
    })
}

/// Writes `text` into `target[offset..offset + max]`, never splitting a UTF-8
/// character; returns the number of bytes written.
fn write(ctx: Ctx<'_>, target: TypedArray<'_, u8>, text: String, offset: usize, max: usize, encoding: i32) -> rquickjs::Result<usize> {
    let encoding = Encoding::from_id(&ctx, encoding)?;
    let memory = bytes_mut(&target);
    let room = memory.len().saturating_sub(offset).min(max);
    let encoded = encode(&text, encoding);
    let mut length = encoded.len().min(room);
    if encoding == Encoding::Utf8 && length < encoded.len() {
        while length > 0 && !text.is_char_boundary(length) {
            length -= 1;
        }
    }
    memory[offset..offset + length].copy_from_slice(&encoded[..length]);
    Ok(length)
}

/// `source[start..end]` decoded from `encoding` into a string.
fn to_string(ctx: Ctx<'_>, source: TypedArray<'_, u8>, encoding: i32, start: usize, end: usize) -> rquickjs::Result<String> {
    let encoding = Encoding::from_id(&ctx, encoding)?;
    let memory = bytes(&source);
    let end = end.min(memory.len());
    let slice = &memory[start.min(end)..end];
    Ok(match encoding {
        Encoding::Utf8 => String::from_utf8_lossy(slice).into_owned(),
        Encoding::Latin1 => slice.iter().map(|&b| b as char).collect(),
        Encoding::Ascii => slice.iter().map(|&b| (b & 0x7f) as char).collect(),
        Encoding::Hex => {
            const DIGITS: &[u8; 16] = b"0123456789abcdef";
            let mut hex = String::with_capacity(slice.len() * 2);
            for &b in slice {
                hex.push(DIGITS[(b >> 4) as usize] as char);
                hex.push(DIGITS[(b & 15) as usize] as char);
            }
            hex
        }
        Encoding::Base64 => base64::engine::general_purpose::STANDARD.encode(slice),
        Encoding::Base64Url => base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(slice),
    })
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
fn fill(target: TypedArray<'_, u8>, pattern: TypedArray<'_, u8>, start: usize, end: usize) {
    let (memory, pattern) = (bytes_mut(&target), bytes(&pattern).to_vec());
    let end = end.min(memory.len());
    if pattern.is_empty() || start >= end {
        return;
    }
    for (slot, byte) in memory[start..end].iter_mut().zip(pattern.iter().cycle()) {
        *slot = *byte;
    }
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
    binding.set("byteLength", Function::new(ctx.clone(), byte_length)?)?;
    binding.set("write", Function::new(ctx.clone(), write)?)?;
    binding.set("toString", Function::new(ctx.clone(), to_string)?)?;
    binding.set("indexOf", Function::new(ctx.clone(), index_of)?)?;
    binding.set("compare", Function::new(ctx.clone(), compare)?)?;
    binding.set("fill", Function::new(ctx.clone(), fill)?)?;
    binding.set("isUtf8", Function::new(ctx.clone(), is_utf8)?)?;
    binding.set("isAscii", Function::new(ctx.clone(), is_ascii)?)?;
    Ok(binding)
}
