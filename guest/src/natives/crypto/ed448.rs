//! Ed448 (RFC 8032's pure EdDSA over edwards448, with SHAKE256) and X448 (RFC 7748) on
//! the curve arithmetic of `ed448-goldilocks`, which has the group but not the schemes.

use ed448_goldilocks::Scalar;
use ed448_goldilocks::curve::MontgomeryPoint;
use ed448_goldilocks::curve::edwards::{CompressedEdwardsY, ExtendedPoint};
use sha3::digest::{ExtendableOutput as _, Update as _, XofReader as _};

pub(super) const ED448_KEY_LENGTH: usize = 57;
pub(super) const X448_KEY_LENGTH: usize = 56;

/// SHAKE256 of the parts, 114 bytes, with RFC 8032's `dom4(0, "")` first when `dom` is set.
fn shake256(dom: bool, parts: &[&[u8]]) -> [u8; 114] {
    let mut hasher = sha3::Shake256::default();
    if dom {
        hasher.update(b"SigEd448\x00\x00");
    }
    for part in parts {
        hasher.update(part);
    }
    let mut out = [0u8; 114];
    hasher.finalize_xof().read(&mut out);
    out
}

/// A 114-byte little-endian integer reduced modulo the group order.
fn reduce(wide: &[u8; 114]) -> Scalar {
    Scalar::from_bytes_mod_order_wide(wide)
}

/// The secret scalar and the nonce prefix of a private key.
fn expand(secret: &[u8; ED448_KEY_LENGTH]) -> (Scalar, [u8; 57]) {
    let h = shake256(false, &[secret]);
    let mut scalar = [0u8; 114];
    scalar[..57].copy_from_slice(&h[..57]);
    scalar[0] &= 0xfc;
    scalar[55] |= 0x80;
    scalar[56] = 0;
    let mut prefix = [0u8; 57];
    prefix.copy_from_slice(&h[57..]);
    (reduce(&scalar), prefix)
}

fn compress(point: &ExtendedPoint) -> [u8; 57] {
    point.compress().0
}

/// The public key of an Ed448 private key.
pub(super) fn ed448_public(secret: &[u8; ED448_KEY_LENGTH]) -> [u8; ED448_KEY_LENGTH] {
    compress(&(ExtendedPoint::generator() * expand(secret).0))
}

/// Whether 57 bytes are a point of the curve (a public key that can verify).
pub(super) fn ed448_public_valid(public: &[u8; ED448_KEY_LENGTH]) -> bool {
    CompressedEdwardsY(*public).decompress().is_some()
}

pub(super) fn ed448_sign(secret: &[u8; ED448_KEY_LENGTH], message: &[u8]) -> Vec<u8> {
    let (s, prefix) = expand(secret);
    let public = compress(&(ExtendedPoint::generator() * s));
    let r = reduce(&shake256(true, &[&prefix, message]));
    let big_r = compress(&(ExtendedPoint::generator() * r));
    let k = reduce(&shake256(true, &[&big_r, &public, message]));
    let signature_s = r + k * s;
    [&big_r[..], &signature_s.to_bytes_rfc_8032()[..]].concat()
}

pub(super) fn ed448_verify(public: &[u8; ED448_KEY_LENGTH], message: &[u8], signature: &[u8]) -> bool {
    if signature.len() != 2 * ED448_KEY_LENGTH {
        return false;
    }
    let (big_r, s) = signature.split_at(ED448_KEY_LENGTH);
    let (Some(a), Some(r_point)) =
        (CompressedEdwardsY(*public).decompress(), CompressedEdwardsY(big_r.try_into().expect("57 bytes")).decompress())
    else {
        return false;
    };
    let Some(s) = Scalar::from_canonical_bytes(s.try_into().expect("57 bytes")) else { return false };
    let k = reduce(&shake256(true, &[big_r, public, message]));
    // [S]B = R + [k]A, each side times the cofactor as RFC 8032 allows.
    let left = ExtendedPoint::generator() * s;
    let right = r_point + a * k;
    left.double().double() == right.double().double()
}

/// X448's function: the clamped scalar times the point with u-coordinate `u`.
fn x448(scalar: &[u8; X448_KEY_LENGTH], u: &[u8; X448_KEY_LENGTH]) -> [u8; X448_KEY_LENGTH] {
    let mut clamped = *scalar;
    clamped[0] &= 0xfc;
    clamped[55] |= 0x80;
    (&MontgomeryPoint(*u) * &Scalar::from_bytes(clamped)).0
}

pub(super) fn x448_public(secret: &[u8; X448_KEY_LENGTH]) -> [u8; X448_KEY_LENGTH] {
    let mut base = [0u8; X448_KEY_LENGTH];
    base[0] = 5;
    x448(secret, &base)
}

/// The shared secret, or None when the peer's point gives the all-zero one (RFC 7748's check).
pub(super) fn x448_shared(secret: &[u8; X448_KEY_LENGTH], public: &[u8; X448_KEY_LENGTH]) -> Option<Vec<u8>> {
    let shared = x448(secret, public);
    shared.iter().any(|&b| b != 0).then(|| shared.to_vec())
}
