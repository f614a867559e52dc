//! Hashes and HMACs for `crypto.createHash`/`createHmac`, and host randomness. The
//! running digests live here, by handle; a handle is freed by its digest.

use std::cell::RefCell;

use hmac::{Hmac, Mac};
use rquickjs::{ArrayBuffer, Ctx, Exception, Function, Object, TypedArray};
use sha2::digest::DynDigest;

/// A running hash or HMAC.
enum Running {
    Hash(Box<dyn DynDigest>),
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
    static RUNNING: RefCell<Vec<Option<Running>>> = const { RefCell::new(Vec::new()) };
}

/// The algorithms, by the names Node accepts (lowercased by js-lib).
pub const HASHES: &[&str] = &["md5", "sha1", "sha224", "sha256", "sha384", "sha512"];

fn new_hash(name: &str) -> Option<Box<dyn DynDigest>> {
    Some(match name {
        "md5" => Box::new(md5::Md5::default()),
        "sha1" => Box::new(sha1::Sha1::default()),
        "sha224" => Box::new(sha2::Sha224::default()),
        "sha256" => Box::new(sha2::Sha256::default()),
        "sha384" => Box::new(sha2::Sha384::default()),
        "sha512" => Box::new(sha2::Sha512::default()),
        _ => return None,
    })
}

fn new_hmac(name: &str, key: &[u8]) -> Option<Box<dyn MacState>> {
    fn make<M: Mac + hmac::digest::KeyInit + Clone + 'static>(key: &[u8]) -> Box<dyn MacState> {
        Box::new(<M as hmac::digest::KeyInit>::new_from_slice(key).expect("HMAC takes keys of any length"))
    }
    Some(match name {
        "md5" => make::<Hmac<md5::Md5>>(key),
        "sha1" => make::<Hmac<sha1::Sha1>>(key),
        "sha224" => make::<Hmac<sha2::Sha224>>(key),
        "sha256" => make::<Hmac<sha2::Sha256>>(key),
        "sha384" => make::<Hmac<sha2::Sha384>>(key),
        "sha512" => make::<Hmac<sha2::Sha512>>(key),
        _ => return None,
    })
}

fn store(running: Running) -> usize {
    RUNNING.with(|all| {
        let mut all = all.borrow_mut();
        match all.iter().position(Option::is_none) {
            Some(free) => {
                all[free] = Some(running);
                free
            }
            None => {
                all.push(Some(running));
                all.len() - 1
            }
        }
    })
}

fn bytes_of(data: &TypedArray<'_, u8>) -> Vec<u8> {
    // SAFETY: copied before any JavaScript runs.
    unsafe { data.as_bytes() }.unwrap_or_default().to_vec()
}

/// A handle for a new hash (no key) or HMAC, or -1 for an unknown algorithm.
fn start(algorithm: String, key: rquickjs::function::Opt<Option<TypedArray<'_, u8>>>) -> i64 {
    let key = key.0.flatten();
    let running = match key {
        None => new_hash(&algorithm).map(Running::Hash),
        Some(key) => new_hmac(&algorithm, &bytes_of(&key)).map(Running::Hmac),
    };
    running.map_or(-1, |r| store(r) as i64)
}

fn with_running<R>(ctx: &Ctx<'_>, handle: usize, f: impl FnOnce(&mut Running) -> R) -> rquickjs::Result<R> {
    RUNNING.with(|all| match all.borrow_mut().get_mut(handle).and_then(Option::as_mut) {
        Some(running) => Ok(f(running)),
        None => Err(Exception::throw_internal(ctx, "digest already called")),
    })
}

fn update(ctx: Ctx<'_>, handle: usize, data: TypedArray<'_, u8>) -> rquickjs::Result<()> {
    // SAFETY: read before any JavaScript runs.
    let bytes = unsafe { data.as_bytes() }.unwrap_or_default();
    with_running(&ctx, handle, |running| match running {
        Running::Hash(hash) => hash.update(bytes),
        Running::Hmac(mac) => mac.update(bytes),
    })
}

/// A new handle continuing from the same state (`hash.copy()`).
fn copy(ctx: Ctx<'_>, handle: usize) -> rquickjs::Result<usize> {
    let duplicate = with_running(&ctx, handle, |running| match running {
        Running::Hash(hash) => Running::Hash(hash.box_clone()),
        Running::Hmac(mac) => Running::Hmac(mac.duplicate()),
    })?;
    Ok(store(duplicate))
}

fn digest<'js>(ctx: Ctx<'js>, handle: usize) -> rquickjs::Result<ArrayBuffer<'js>> {
    let running = RUNNING.with(|all| all.borrow_mut().get_mut(handle).and_then(Option::take));
    let bytes = match running {
        Some(Running::Hash(hash)) => hash.finalize().to_vec(),
        Some(Running::Hmac(mac)) => mac.finish(),
        None => return Err(Exception::throw_internal(&ctx, "digest already called")),
    };
    ArrayBuffer::new(ctx, bytes)
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
    binding.set("randomFill", Function::new(ctx.clone(), random_fill)?)?;
    Ok(binding)
}
