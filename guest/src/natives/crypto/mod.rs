//! `internalBinding('crypto')`: hashes and HMACs for `crypto.createHash`/`createHmac`
//! and host randomness here (the running digests live here, by handle; a handle is
//! freed by its digest), ciphers, key derivations and asymmetric keys in the modules below.

use std::cell::RefCell;

/// Runs `$body` with `$C` the AES of a key length in bytes (16, 24, else AES-256);
/// defined before the modules below so each can use it.
macro_rules! with_aes {
    ($length:expr, |$C:ident| $body:expr) => {
        match $length {
            16 => {
                type $C = aes::Aes128;
                $body
            }
            24 => {
                type $C = aes::Aes192;
                $body
            }
            _ => {
                type $C = aes::Aes256;
                $body
            }
        }
    };
}

mod cipher;
mod des3_wrap;
mod digests;
mod dsa_dh;
mod ec;
mod ecdh;
mod ed448;
mod kdf;
mod key_encryption;
mod key_wrap;
mod keys;
mod prime;
mod rsa_cipher;
mod rsa_pss;
mod x509;

use digests::{HASHES, Xof, canonical, new_hash, new_xof, with_digest};
use hmac::Mac;
use rquickjs::{ArrayBuffer, Ctx, Exception, Function, Object, TypedArray};
use sha2::digest::DynDigest;

/// A running hash, SHAKE function or HMAC.
enum Running {
    Hash(Box<dyn DynDigest>),
    Xof(Box<dyn Xof>, usize),
    Hmac(Box<dyn MacState>),
}

/// What an HMAC needs while it runs, for every digest it can use.
trait MacState {
    fn update(&mut self, data: &[u8]);
    fn finish(self: Box<Self>) -> Vec<u8>;
    fn duplicate(&self) -> Box<dyn MacState>;
}

impl<M: Mac + Clone + 'static> MacState for M {
    fn update(&mut self, data: &[u8]) {
        Mac::update(self, data);
    }
    fn finish(self: Box<Self>) -> Vec<u8> {
        self.finalize().into_bytes().to_vec()
    }
    fn duplicate(&self) -> Box<dyn MacState> {
        Box::new(self.clone())
    }
}

thread_local! {
    static RUNNING: Slots<Running> = const { Slots::new() };
}

/// Running states by handle, a handle reused once its state is taken.
pub(crate) struct Slots<T>(RefCell<SlotTable<T>>);

pub(crate) struct SlotTable<T> {
    entries: Vec<Option<T>>,
    /// Handles whose state was taken, for the next `store`.
    free: Vec<usize>,
}

impl<T> Slots<T> {
    pub(crate) const fn new() -> Self {
        Self(RefCell::new(SlotTable { entries: Vec::new(), free: Vec::new() }))
    }

    pub(crate) fn store(&self, value: T) -> usize {
        let mut table = self.0.borrow_mut();
        match table.free.pop() {
            Some(free) => {
                table.entries[free] = Some(value);
                free
            }
            None => {
                table.entries.push(Some(value));
                table.entries.len() - 1
            }
        }
    }

    pub(crate) fn with<R>(&self, handle: usize, f: impl FnOnce(&mut T) -> R) -> Option<R> {
        self.0.borrow_mut().entries.get_mut(handle).and_then(Option::as_mut).map(f)
    }

    pub(crate) fn take(&self, handle: usize) -> Option<T> {
        let mut table = self.0.borrow_mut();
        let taken = table.entries.get_mut(handle).and_then(Option::take);
        if taken.is_some() {
            table.free.push(handle);
        }
        taken
    }
}

fn new_hmac(name: &str, key: &[u8]) -> Option<Box<dyn MacState>> {
    with_digest!(
        canonical(name),
        |D, M| Box::new(<M as hmac::digest::KeyInit>::new_from_slice(key).expect("HMAC takes keys of any length")) as Box<dyn MacState>
    )
}

fn store(running: Running) -> usize {
    RUNNING.with(|all| all.store(running))
}

pub(crate) fn bytes_of(data: &TypedArray<'_, u8>) -> Vec<u8> {
    // SAFETY: copied before any JavaScript runs.
    unsafe { data.as_bytes() }.unwrap_or_default().to_vec()
}

/// A handle for a new hash (no key) or HMAC, or -1 for an unknown algorithm. A SHAKE
/// function gives `output_length` bytes, its default when that is undefined.
fn start(algorithm: String, key: Option<TypedArray<'_, u8>>, output_length: Option<usize>) -> i64 {
    let running = match key {
        None => new_hash(&algorithm)
            .map(Running::Hash)
            .or_else(|| new_xof(&algorithm).map(|(xof, default)| Running::Xof(xof, output_length.unwrap_or(default)))),
        Some(key) => new_hmac(&algorithm, &bytes_of(&key)).map(Running::Hmac),
    };
    running.map_or(-1, |r| store(r) as i64)
}

fn with_running<R>(ctx: &Ctx<'_>, handle: usize, f: impl FnOnce(&mut Running) -> R) -> rquickjs::Result<R> {
    RUNNING.with(|all| all.with(handle, f)).ok_or_else(|| Exception::throw_internal(ctx, "digest already called"))
}

fn update(ctx: Ctx<'_>, handle: usize, data: TypedArray<'_, u8>) -> rquickjs::Result<()> {
    // SAFETY: read before any JavaScript runs.
    let bytes = unsafe { data.as_bytes() }.unwrap_or_default();
    with_running(&ctx, handle, |running| match running {
        Running::Hash(hash) => hash.update(bytes),
        Running::Xof(xof, _) => xof.update(bytes),
        Running::Hmac(mac) => mac.update(bytes),
    })
}

/// A new handle continuing from the same state (`hash.copy()`).
fn copy(ctx: Ctx<'_>, handle: usize) -> rquickjs::Result<usize> {
    let duplicate = with_running(&ctx, handle, |running| match running {
        Running::Hash(hash) => Running::Hash(hash.box_clone()),
        Running::Xof(xof, length) => Running::Xof(xof.duplicate(), *length),
        Running::Hmac(mac) => Running::Hmac(mac.duplicate()),
    })?;
    Ok(store(duplicate))
}

fn digest<'js>(ctx: Ctx<'js>, handle: usize) -> rquickjs::Result<ArrayBuffer<'js>> {
    let running = RUNNING.with(|all| all.take(handle));
    let bytes = match running {
        Some(Running::Hash(hash)) => hash.finalize().to_vec(),
        Some(Running::Xof(xof, length)) => xof.finish(length),
        Some(Running::Hmac(mac)) => mac.finish(),
        None => return Err(Exception::throw_internal(&ctx, "digest already called")),
    };
    ArrayBuffer::new(ctx, bytes)
}

/// Frees a hash or HMAC dropped undigested (js-lib's finalizer).
fn drop_running(handle: usize) {
    RUNNING.with(|all| all.take(handle));
}

/// Fills a Uint8Array with host randomness.
fn random_fill(ctx: Ctx<'_>, target: TypedArray<'_, u8>) -> rquickjs::Result<()> {
    let Some(raw) = target.as_raw() else { return Ok(()) };
    // SAFETY: written before any JavaScript runs.
    let memory = unsafe { &mut *raw.as_ptr() };
    getrandom::fill(memory).map_err(|e| Exception::throw_internal(&ctx, &format!("host randomness failed: {e}")))
}

pub fn create<'js>(ctx: &Ctx<'js>) -> rquickjs::Result<Object<'js>> {
    let binding = Object::new(ctx.clone())?;
    binding.set("hashes", HASHES.to_vec())?;
    binding.set("start", Function::new(ctx.clone(), start)?)?;
    binding.set("update", Function::new(ctx.clone(), update)?)?;
    binding.set("copy", Function::new(ctx.clone(), copy)?)?;
    binding.set("digest", Function::new(ctx.clone(), digest)?)?;
    binding.set("drop", Function::new(ctx.clone(), drop_running)?)?;
    binding.set("randomFill", Function::new(ctx.clone(), random_fill)?)?;
    cipher::register(ctx, &binding)?;
    kdf::register(ctx, &binding)?;
    keys::register(ctx, &binding)?;
    rsa_cipher::register(ctx, &binding)?;
    ecdh::register(ctx, &binding)?;
    prime::register(ctx, &binding)?;
    x509::register(ctx, &binding)?;
    Ok(binding)
}
