//! Big integers over num-bigint-dig (the integers the `rsa` crate already brings):
//! `generatePrime`/`checkPrime`, and the safe primes and modular exponentiation of
//! classic Diffie-Hellman (`createDiffieHellman`). Integers cross to JavaScript as
//! big-endian bytes, as OpenSSL's `BN_bn2bin` gives them to Node.

use std::sync::OnceLock;

use num_bigint_dig::BigUint;
use num_bigint_dig::prime::probably_prime;
use num_traits::{One, ToPrimitive, Zero};
use rquickjs::{ArrayBuffer, Ctx, Exception, Function, Object, TypedArray};

use super::bytes_of;

/// Candidates are sieved by the odd primes below this before any costly test.
const SIEVE_LIMIT: u32 = 1 << 18;
/// How many candidates one random start sieves at once.
const WINDOW: usize = 1 << 13;

fn small_primes() -> &'static [u32] {
    static PRIMES: OnceLock<Vec<u32>> = OnceLock::new();
    PRIMES.get_or_init(|| {
        let mut composite = vec![false; SIEVE_LIMIT as usize];
        let mut primes = Vec::new();
        for n in 3..SIEVE_LIMIT {
            if !composite[n as usize] {
                primes.push(n);
                (n * n..SIEVE_LIMIT).step_by(2 * n as usize).for_each(|m| composite[m as usize] = true);
            }
        }
        primes
    })
}

fn random_bits(bits: usize) -> BigUint {
    let mut bytes = vec![0u8; bits.div_ceil(8)];
    getrandom::fill(&mut bytes).expect("host randomness");
    BigUint::from_bytes_be(&bytes) >> (bytes.len() * 8 - bits)
}

/// `a`'s inverse modulo the prime `p` (Fermat: a^(p-2)).
fn inverse_mod(a: u64, p: u64) -> u64 {
    let (mut base, mut exponent, mut result) = (a % p, p - 2, 1);
    while exponent > 0 {
        if exponent & 1 == 1 {
            result = result * base % p;
        }
        base = base * base % p;
        exponent >>= 1;
    }
    result
}

/// Baillie-PSW (Miller-Rabin to base 2 and a Lucas test) plus `rounds` random
/// Miller-Rabin rounds: no composite is known to pass Baillie-PSW alone.
fn is_prime(n: &BigUint, rounds: usize) -> bool {
    probably_prime(n, rounds)
}

/// A prime of exactly `bits` bits that is `rem` modulo `add`, as OpenSSL's
/// `BN_generate_prime_ex2`: `rem` defaults to 1, or 3 for a safe prime, whose
/// (p-1)/2 is prime too. Candidates step by `add` (2 or 4 without it) from a random
/// start with its top two bits set, sieved for small factors of p and of (p-1)/2.
pub(super) fn generate(bits: usize, safe: bool, add: Option<&BigUint>, rem: Option<&BigUint>) -> BigUint {
    let default_step = BigUint::from(if safe { 4u32 } else { 2 });
    let step = add.unwrap_or(&default_step);
    let residue = rem.cloned().unwrap_or_else(|| BigUint::from(if safe { 3u32 } else { 1 }));
    // Below this a candidate may be one of the sieving primes itself.
    let sieve = bits > 15;
    loop {
        let mut base = random_bits(bits);
        base |= BigUint::one() << (bits - 1);
        if bits > 1 {
            base |= BigUint::one() << (bits - 2);
        }
        base = &base - (&base % step) + &residue;
        let mut alive = vec![true; WINDOW];
        if sieve {
            for &r in small_primes() {
                let b = (&base % r).to_u64().unwrap_or(0);
                let s = (step % r).to_u64().unwrap_or(0);
                let r = u64::from(r);
                // p divisible by r, or (p-1)/2 for a safe prime (p ≡ 1 mod r).
                for bad in if safe { &[0, 1][..] } else { &[0][..] } {
                    if s == 0 {
                        if b == *bad {
                            alive.fill(false);
                        }
                        continue;
                    }
                    let first = (bad + r - b) % r * inverse_mod(s, r) % r;
                    (first as usize..WINDOW).step_by(r as usize).for_each(|k| alive[k] = false);
                }
            }
        }
        for k in (0..WINDOW).filter(|&k| alive[k]) {
            let p = &base + step * BigUint::from(k);
            if p.bits() != bits {
                break;
            }
            if safe && !is_prime(&(&p >> 1usize), 0) {
                continue;
            }
            if is_prime(&p, 0) {
                return p;
            }
        }
    }
}

fn bytes_to_int(data: &TypedArray<'_, u8>) -> BigUint {
    BigUint::from_bytes_be(&bytes_of(data))
}

fn int_to_buffer<'js>(ctx: Ctx<'js>, n: &BigUint) -> rquickjs::Result<ArrayBuffer<'js>> {
    let bytes = if n.is_zero() { Vec::new() } else { n.to_bytes_be() };
    ArrayBuffer::new(ctx, bytes)
}

/// `generatePrime`: `add` and `rem` are big-endian bytes or undefined.
fn generate_prime<'js>(
    ctx: Ctx<'js>,
    bits: usize,
    safe: bool,
    add: Option<TypedArray<'js, u8>>,
    rem: Option<TypedArray<'js, u8>>,
) -> rquickjs::Result<ArrayBuffer<'js>> {
    // Below these sizes no prime (or safe prime) has its top bits set.
    if bits < 2 || (safe && bits < 3) {
        return Err(Exception::throw_range(&ctx, "bits too small"));
    }
    let add = add.as_ref().map(bytes_to_int);
    let rem = rem.as_ref().map(bytes_to_int);
    int_to_buffer(ctx, &generate(bits, safe, add.as_ref(), rem.as_ref()))
}

/// `checkPrime`: `checks` random Miller-Rabin rounds on top of Baillie-PSW.
fn check_prime(candidate: TypedArray<'_, u8>, checks: usize) -> bool {
    is_prime(&bytes_to_int(&candidate), checks)
}

/// base^exponent mod modulus: a Diffie-Hellman public key or shared secret.
fn mod_pow<'js>(
    ctx: Ctx<'js>,
    base: TypedArray<'js, u8>,
    exponent: TypedArray<'js, u8>,
    modulus: TypedArray<'js, u8>,
) -> rquickjs::Result<ArrayBuffer<'js>> {
    let modulus = bytes_to_int(&modulus);
    if modulus.is_zero() {
        return Err(Exception::throw_range(&ctx, "modulus is zero"));
    }
    int_to_buffer(ctx, &bytes_to_int(&base).modpow(&bytes_to_int(&exponent), &modulus))
}

pub fn register<'js>(ctx: &Ctx<'js>, binding: &Object<'js>) -> rquickjs::Result<()> {
    binding.set("generatePrime", Function::new(ctx.clone(), generate_prime)?)?;
    binding.set("checkPrime", Function::new(ctx.clone(), check_prime)?)?;
    binding.set("modPow", Function::new(ctx.clone(), mod_pow)?)?;
    Ok(())
}
