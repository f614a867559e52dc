//! DSA keys (the `dsa` crate signs; its parameters are made here, for any sizes as
//! OpenSSL makes them) and classic Diffie-Hellman keys as PKCS#8/SPKI (`dhKeyAgreement`
//! with the group's prime and generator), which no RustCrypto crate encodes.

use dsa::signature::hazmat::{PrehashVerifier as _, RandomizedPrehashSigner as _};
use num_bigint_dig::{BigUint, RandBigInt as _, RandPrime as _};
use num_traits::{One as _, Zero as _};
use pkcs8::der::asn1::{BitStringRef, UintRef};
use pkcs8::der::{AnyRef, Decode as _, Encode as _, SliceReader, Tag, Tagged as _};
use pkcs8::{DecodePrivateKey as _, EncodePrivateKey as _, ObjectIdentifier, PrivateKeyInfo};
use spki::{AlgorithmIdentifierRef, DecodePublicKey as _, EncodePublicKey as _, SubjectPublicKeyInfoRef};

use super::keys::{Failure, HostRng};
use super::prime;

/// New DSA parameters: `q` of `n` bits (OpenSSL 3's default: 224 bits under 2048, else 256),
/// `p` of `l` bits with `q | p - 1`, `g` of order `q` (FIPS 186-4 A.1.1 and A.2.1, with
/// random candidates rather than a seed).
fn dsa_parameters(l: usize, n: Option<usize>) -> Result<dsa::Components, Failure> {
    let n = n.unwrap_or(if l >= 2048 { 256 } else { 224 });
    if l < 512 || n < 160 || n >= l {
        return Err("invalid key size");
    }
    let q = HostRng.gen_prime(n);
    // p ≡ 1 (mod 2q), from prime.rs's sieve.
    let p = prime::generate(l, false, Some(&(&q << 1)), Some(&BigUint::one()));
    let e = (&p - BigUint::one()) / &q;
    let mut h = BigUint::from(2u8);
    let g = loop {
        let g = h.modpow(&e, &p);
        if !g.is_one() {
            break g;
        }
        h += BigUint::one();
    };
    dsa::Components::from_components(p, q, g).map_err(|_| "invalid key size")
}

pub(super) fn dsa_generate(l: usize, n: Option<usize>) -> Result<dsa::SigningKey, Failure> {
    Ok(dsa::SigningKey::generate(&mut HostRng, dsa_parameters(l, n)?))
}

pub(super) fn dsa_from_pkcs8(der: &[u8]) -> Option<dsa::SigningKey> {
    dsa::SigningKey::from_pkcs8_der(der).ok()
}

/// OpenSSL's legacy `DSA PRIVATE KEY`: a SEQUENCE of version, p, q, g, y and x.
pub(super) fn dsa_from_legacy(der: &[u8]) -> Option<dsa::SigningKey> {
    let sequence = AnyRef::from_der(der).ok().filter(|any| any.tag() == Tag::Sequence)?;
    let mut reader = SliceReader::new(sequence.value()).ok()?;
    let mut next = || UintRef::decode(&mut reader).ok().map(|uint| BigUint::from_bytes_be(uint.as_bytes()));
    let (_version, p, q, g, y, x) = (next()?, next()?, next()?, next()?, next()?, next()?);
    let components = dsa::Components::from_components(p, q, g).ok()?;
    dsa::SigningKey::from_components(dsa::VerifyingKey::from_components(components, y).ok()?, x).ok()
}

pub(super) fn dsa_to_pkcs8(key: &dsa::SigningKey) -> Vec<u8> {
    key.to_pkcs8_der().expect("a DSA key encodes").as_bytes().to_vec()
}

pub(super) fn dsa_from_spki(der: &[u8]) -> Option<dsa::VerifyingKey> {
    dsa::VerifyingKey::from_public_key_der(der).ok()
}

pub(super) fn dsa_to_spki(key: &dsa::VerifyingKey) -> Vec<u8> {
    key.to_public_key_der().expect("a DSA key encodes").as_bytes().to_vec()
}

/// The byte length of an r||s half: that of `q`.
fn dsa_half(key: &dsa::VerifyingKey) -> usize {
    key.components().q().bits().div_ceil(8)
}

pub(super) fn dsa_sign(key: &dsa::SigningKey, hashed: &[u8], p1363: bool) -> Result<Vec<u8>, Failure> {
    let signature = key.sign_prehash_with_rng(&mut HostRng, hashed).map_err(|_| "sign failed")?;
    if !p1363 {
        return signature.to_der().map_err(|_| "sign failed");
    }
    let half = dsa_half(key.verifying_key());
    let mut out = vec![0u8; 2 * half];
    for (value, at) in [(signature.r(), 0), (signature.s(), half)] {
        let bytes = value.to_bytes_be();
        out[at + half - bytes.len()..at + half].copy_from_slice(&bytes);
    }
    Ok(out)
}

pub(super) fn dsa_verify(key: &dsa::VerifyingKey, hashed: &[u8], signature: &[u8], p1363: bool) -> bool {
    let parsed = if p1363 {
        let half = dsa_half(key);
        if signature.len() != 2 * half {
            return false;
        }
        let (r, s) = signature.split_at(half);
        dsa::Signature::from_components(BigUint::from_bytes_be(r), BigUint::from_bytes_be(s)).ok()
    } else {
        dsa::Signature::from_der(signature).ok()
    };
    parsed.is_some_and(|signature| key.verify_prehash(hashed, &signature).is_ok())
}

const DH_OID: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.3.1");

/// A classic Diffie-Hellman key: the group and the private or public value.
#[derive(Clone)]
pub(super) struct DhKey {
    pub prime: BigUint,
    pub generator: BigUint,
    pub value: BigUint,
}

fn der_uint(value: &BigUint) -> Vec<u8> {
    let bytes = value.to_bytes_be();
    UintRef::new(&bytes).and_then(|uint| uint.to_der()).expect("an integer encodes")
}

/// The DER SEQUENCE of a group's prime and generator (PKCS#3's DHParameter).
fn dh_parameters(key: &DhKey) -> Vec<u8> {
    let body = [der_uint(&key.prime), der_uint(&key.generator)].concat();
    let mut header = vec![0x30];
    pkcs8::der::Length::try_from(body.len()).and_then(|length| length.encode_to_vec(&mut header)).expect("a length encodes");
    [header, body].concat()
}

/// The prime and generator of a DHParameter, and the integer a key holds.
fn dh_key(parameters: Option<AnyRef<'_>>, value: &[u8]) -> Option<DhKey> {
    let parameters = parameters?;
    if parameters.tag() != Tag::Sequence {
        return None;
    }
    let mut reader = SliceReader::new(parameters.value()).ok()?;
    let prime = BigUint::from_bytes_be(UintRef::decode(&mut reader).ok()?.as_bytes());
    let generator = BigUint::from_bytes_be(UintRef::decode(&mut reader).ok()?.as_bytes());
    let value = BigUint::from_bytes_be(UintRef::from_der(value).ok()?.as_bytes());
    (!prime.is_zero()).then_some(DhKey { prime, generator, value })
}

pub(super) fn dh_from_pkcs8(der: &[u8]) -> Option<DhKey> {
    let info = PrivateKeyInfo::from_der(der).ok()?;
    if info.algorithm.oid != DH_OID {
        return None;
    }
    dh_key(info.algorithm.parameters, info.private_key)
}

pub(super) fn dh_from_spki(der: &[u8]) -> Option<DhKey> {
    let info = SubjectPublicKeyInfoRef::from_der(der).ok()?;
    if info.algorithm.oid != DH_OID {
        return None;
    }
    dh_key(info.algorithm.parameters, info.subject_public_key.as_bytes()?)
}

pub(super) fn dh_to_pkcs8(key: &DhKey) -> Vec<u8> {
    let parameters = dh_parameters(key);
    let algorithm = AlgorithmIdentifierRef { oid: DH_OID, parameters: Some(AnyRef::from_der(&parameters).expect("parameters decode")) };
    // PKCS#8's OCTET STRING holds the private value as an INTEGER.
    PrivateKeyInfo::new(algorithm, &der_uint(&key.value)).to_der().expect("a key info encodes")
}

pub(super) fn dh_to_spki(key: &DhKey) -> Vec<u8> {
    let parameters = dh_parameters(key);
    let algorithm = AlgorithmIdentifierRef { oid: DH_OID, parameters: Some(AnyRef::from_der(&parameters).expect("parameters decode")) };
    let public = der_uint(&key.value);
    let subject_public_key = BitStringRef::from_bytes(&public).expect("an integer's bytes");
    SubjectPublicKeyInfoRef { algorithm, subject_public_key }.to_der().expect("a key info encodes")
}

/// A private key's public half: g^x mod p.
pub(super) fn dh_public(key: &DhKey) -> DhKey {
    DhKey { value: key.generator.modpow(&key.value, &key.prime), ..key.clone() }
}

/// A new private key in the group of `prime` and `generator`.
pub(super) fn dh_generate(prime: BigUint, generator: BigUint) -> DhKey {
    let bits = prime.bits().max(2);
    let value = loop {
        let candidate = HostRng.gen_biguint(bits - 1);
        if candidate > BigUint::one() {
            break candidate;
        }
    };
    DhKey { prime, generator, value }
}

/// The shared secret of a private key and a public key of the same group, as long as
/// the prime; None for different groups.
pub(super) fn dh_shared(private: &DhKey, public: &DhKey) -> Option<Vec<u8>> {
    if private.prime != public.prime || private.generator != public.generator {
        return None;
    }
    let secret = public.value.modpow(&private.value, &private.prime).to_bytes_be();
    let length = private.prime.bits().div_ceil(8);
    let mut padded = vec![0u8; length.saturating_sub(secret.len())];
    padded.extend_from_slice(&secret);
    Some(padded)
}
