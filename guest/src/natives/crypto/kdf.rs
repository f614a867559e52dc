//! Key derivation: PBKDF2, scrypt and HKDF, each in one call (js-lib checks the
//! arguments and schedules the callbacks of the asynchronous forms).

use rquickjs::{ArrayBuffer, Ctx, Function, Object, TypedArray};

use super::bytes_of;
use super::digests::{canonical, with_digest};

/// The output size of `digest` in bytes, undefined for a digest the key derivations do not take.
fn digest_size(digest: String) -> Option<usize> {
    with_digest!(canonical(&digest), |D, M| <D as sha2::digest::OutputSizeUser>::output_size())
}

/// PBKDF2 with the HMAC of `digest`, or undefined for a digest it does not know.
fn pbkdf2<'js>(
    ctx: Ctx<'js>,
    digest: String,
    password: TypedArray<'js, u8>,
    salt: TypedArray<'js, u8>,
    iterations: u32,
    length: usize,
) -> rquickjs::Result<Option<ArrayBuffer<'js>>> {
    let (password, salt) = (bytes_of(&password), bytes_of(&salt));
    let mut out = vec![0; length];
    let known = with_digest!(canonical(&digest), |D, M| pbkdf2::pbkdf2::<M>(&password, &salt, iterations, &mut out)
        .expect("HMAC takes keys of any length"));
    known.map(|()| ArrayBuffer::new(ctx, out)).transpose()
}

/// scrypt with cost `n` (a power of two, checked by js-lib), block size `r` and
/// parallelism `p`; undefined when the parameters are out of scrypt's range.
fn scrypt<'js>(
    ctx: Ctx<'js>,
    password: TypedArray<'js, u8>,
    salt: TypedArray<'js, u8>,
    n: u64,
    r: u32,
    p: u32,
    length: usize,
) -> rquickjs::Result<Option<ArrayBuffer<'js>>> {
    let Ok(params) = scrypt::Params::new(n.trailing_zeros() as u8, r, p, scrypt::Params::RECOMMENDED_LEN) else {
        return Ok(None);
    };
    let mut out = vec![0; length];
    if scrypt::scrypt(&bytes_of(&password), &bytes_of(&salt), &params, &mut out).is_err() {
        return Ok(None);
    }
    Ok(Some(ArrayBuffer::new(ctx, out)?))
}

/// HKDF (extract then expand) with the HMAC of `digest`; undefined for a digest it does
/// not know or a length past 255 of its outputs.
fn hkdf<'js>(
    ctx: Ctx<'js>,
    digest: String,
    key: TypedArray<'js, u8>,
    salt: TypedArray<'js, u8>,
    info: TypedArray<'js, u8>,
    length: usize,
) -> rquickjs::Result<Option<ArrayBuffer<'js>>> {
    let (key, salt, info) = (bytes_of(&key), bytes_of(&salt), bytes_of(&info));
    let mut out = vec![0; length];
    let expanded = with_digest!(canonical(&digest), |D, M| hkdf::Hkdf::<D, M>::new(Some(&salt), &key).expand(&info, &mut out).is_ok());
    match expanded {
        Some(true) => Ok(Some(ArrayBuffer::new(ctx, out)?)),
        _ => Ok(None),
    }
}

pub fn register<'js>(ctx: &Ctx<'js>, binding: &Object<'js>) -> rquickjs::Result<()> {
    binding.set("digestSize", Function::new(ctx.clone(), digest_size)?)?;
    binding.set("pbkdf2", Function::new(ctx.clone(), pbkdf2)?)?;
    binding.set("scrypt", Function::new(ctx.clone(), scrypt)?)?;
    binding.set("hkdf", Function::new(ctx.clone(), hkdf)?)?;
    Ok(())
}
