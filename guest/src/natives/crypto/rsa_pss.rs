//! RSASSA-PSS keys (RFC 4055, Node's `rsa-pss`): RSA keys under the id-RSASSA-PSS
//! algorithm, which sign only with PSS and may name, in the algorithm's parameters, the
//! digest, MGF1's digest and the least salt length their signatures use. The key itself
//! is PKCS#1's, inside PKCS#8 or SPKI as for plain RSA.

use pkcs8::der::asn1::{AnyRef, BitStringRef};
use pkcs8::der::{Decode as _, Encode as _};
use pkcs8::{ObjectIdentifier, PrivateKeyInfo};
use rsa::pkcs1::{DecodeRsaPrivateKey, DecodeRsaPublicKey, EncodeRsaPrivateKey, EncodeRsaPublicKey, RsaPssParams, TrailerField};
use rsa::{RsaPrivateKey, RsaPublicKey};
use spki::{AlgorithmIdentifier, AlgorithmIdentifierRef, SubjectPublicKeyInfoRef};

use super::digests::{digest, mgf1};
use super::keys::{Failure, HostRng};
use super::rsa_cipher::xor_into;

const RSA_PSS_OID: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.10");
const MGF1_OID: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.8");

/// The digests PSS parameters may name, by OpenSSL's name.
const DIGESTS: [(&str, ObjectIdentifier); 7] = [
    ("sha1", ObjectIdentifier::new_unwrap("1.3.14.3.2.26")),
    ("sha224", ObjectIdentifier::new_unwrap("2.16.840.1.101.3.4.2.4")),
    ("sha256", ObjectIdentifier::new_unwrap("2.16.840.1.101.3.4.2.1")),
    ("sha384", ObjectIdentifier::new_unwrap("2.16.840.1.101.3.4.2.2")),
    ("sha512", ObjectIdentifier::new_unwrap("2.16.840.1.101.3.4.2.3")),
    ("sha512-224", ObjectIdentifier::new_unwrap("2.16.840.1.101.3.4.2.5")),
    ("sha512-256", ObjectIdentifier::new_unwrap("2.16.840.1.101.3.4.2.6")),
];

fn digest_name(oid: ObjectIdentifier) -> Option<&'static str> {
    DIGESTS.iter().find(|(_, known)| *known == oid).map(|(name, _)| *name)
}

fn digest_oid(name: &str) -> Option<ObjectIdentifier> {
    DIGESTS.iter().find(|(known, _)| *known == name).map(|(_, oid)| *oid)
}

/// A key's PSS restrictions (RSASSA-PSS-params; absent members are their defaults,
/// SHA-1 and 20 bytes).
#[derive(Clone, Copy)]
pub(super) struct PssParams {
    pub(super) hash: &'static str,
    pub(super) mgf1_hash: &'static str,
    pub(super) salt_length: u8,
}

impl PssParams {
    /// Parameters named by OpenSSL's digest names; None for a digest PSS keys cannot name.
    pub(super) fn new(hash: &str, mgf1_hash: &str, salt_length: u8) -> Option<Self> {
        let hash = digest_name(digest_oid(hash)?)?;
        let mgf1_hash = digest_name(digest_oid(mgf1_hash)?)?;
        Some(Self { hash, mgf1_hash, salt_length })
    }

    fn from_algorithm(parameters: Option<AnyRef<'_>>) -> Result<Option<Self>, ()> {
        let Some(any) = parameters else { return Ok(None) };
        let der = any.to_der().map_err(|_| ())?;
        let params = RsaPssParams::from_der(&der).map_err(|_| ())?;
        let mgf1 = params.mask_gen.parameters.ok_or(())?;
        if params.mask_gen.oid != MGF1_OID {
            return Err(());
        }
        Ok(Some(Self {
            hash: digest_name(params.hash.oid).ok_or(())?,
            mgf1_hash: digest_name(mgf1.oid).ok_or(())?,
            salt_length: params.salt_len,
        }))
    }

    /// The DER of RSASSA-PSS-params, members equal to their defaults left out.
    fn to_der(self) -> Vec<u8> {
        let named = |name| AlgorithmIdentifierRef { oid: digest_oid(name).expect("a known digest"), parameters: Some(AnyRef::NULL) };
        RsaPssParams {
            hash: named(self.hash),
            mask_gen: AlgorithmIdentifier { oid: MGF1_OID, parameters: Some(named(self.mgf1_hash)) },
            salt_len: self.salt_length,
            trailer_field: TrailerField::BC,
        }
        .to_der()
        .expect("PSS parameters encode")
    }
}

fn algorithm(params: &Option<Vec<u8>>) -> AlgorithmIdentifierRef<'_> {
    AlgorithmIdentifierRef { oid: RSA_PSS_OID, parameters: params.as_deref().map(|der| AnyRef::from_der(der).expect("encoded above")) }
}

/// An RSA-PSS private key from PKCS#8 DER; None for any other key.
pub(super) fn private_from_pkcs8(der: &[u8]) -> Option<(RsaPrivateKey, Option<PssParams>)> {
    let info = PrivateKeyInfo::from_der(der).ok()?;
    if info.algorithm.oid != RSA_PSS_OID {
        return None;
    }
    let params = PssParams::from_algorithm(info.algorithm.parameters).ok()?;
    Some((RsaPrivateKey::from_pkcs1_der(info.private_key).ok()?, params))
}

pub(super) fn private_to_pkcs8(key: &RsaPrivateKey, params: Option<PssParams>) -> Vec<u8> {
    let inner = key.to_pkcs1_der().expect("a parsed key encodes");
    let params = params.map(PssParams::to_der);
    PrivateKeyInfo::new(algorithm(&params), inner.as_bytes()).to_der().expect("a key info encodes")
}

/// An RSA-PSS public key from SPKI DER; None for any other key.
pub(super) fn public_from_spki(der: &[u8]) -> Option<(RsaPublicKey, Option<PssParams>)> {
    let info = SubjectPublicKeyInfoRef::from_der(der).ok()?;
    if info.algorithm.oid != RSA_PSS_OID {
        return None;
    }
    let params = PssParams::from_algorithm(info.algorithm.parameters).ok()?;
    Some((RsaPublicKey::from_pkcs1_der(info.subject_public_key.as_bytes()?).ok()?, params))
}

pub(super) fn public_to_spki(key: &RsaPublicKey, params: Option<PssParams>) -> Vec<u8> {
    let inner = key.to_pkcs1_der().expect("a parsed key encodes");
    let params = params.map(PssParams::to_der);
    let subject_public_key = BitStringRef::from_bytes(inner.as_bytes()).expect("a key fits a bit string");
    SubjectPublicKeyInfoRef { algorithm: algorithm(&params), subject_public_key }.to_der().expect("a key info encodes")
}

/// EMSA-PSS encoding (RFC 8017 9.1.1) of the digest `m_hash` for a modulus of
/// `em_bits + 1` bits, MGF1 with its own digest (the rsa crate's PSS masks with the
/// message digest only).
pub(super) fn pss_encode(hash: &str, mgf1_hash: &str, m_hash: &[u8], salt_length: usize, em_bits: usize) -> Result<Vec<u8>, Failure> {
    let em_length = em_bits.div_ceil(8);
    let h_length = m_hash.len();
    if em_length < h_length + salt_length + 2 {
        return Err("data too large for key size");
    }
    let mut salt = vec![0u8; salt_length];
    rand_core::RngCore::fill_bytes(&mut HostRng, &mut salt);
    let h = digest(hash, &[&[0u8; 8][..], m_hash, &salt].concat()).ok_or("invalid digest")?;
    let mut db = vec![0u8; em_length - h_length - 1];
    db[em_length - salt_length - h_length - 2] = 1;
    db[em_length - salt_length - h_length - 1..].copy_from_slice(&salt);
    let mask = mgf1(mgf1_hash, &h, db.len());
    xor_into(&mut db, &mask);
    db[0] &= 0xff >> (8 * em_length - em_bits);
    Ok([&db[..], &h, &[0xbc]].concat())
}

/// Whether `em` is an EMSA-PSS encoding of `m_hash` (RFC 8017 9.1.2), with a salt of
/// `salt_length` bytes, or of any length when None.
pub(super) fn pss_verify(hash: &str, mgf1_hash: &str, m_hash: &[u8], em: &[u8], salt_length: Option<usize>, em_bits: usize) -> bool {
    let em_length = em_bits.div_ceil(8);
    let h_length = m_hash.len();
    if em.len() != em_length || em_length < h_length + 2 || em[em_length - 1] != 0xbc {
        return false;
    }
    let (masked_db, h) = em[..em_length - 1].split_at(em_length - h_length - 1);
    let top_mask = 0xffu8 >> (8 * em_length - em_bits);
    if masked_db[0] & !top_mask != 0 {
        return false;
    }
    let mut db = masked_db.to_vec();
    let mask = mgf1(mgf1_hash, h, db.len());
    xor_into(&mut db, &mask);
    db[0] &= top_mask;
    let Some(separator) = db.iter().position(|&byte| byte != 0) else { return false };
    let salt = &db[separator + 1..];
    if db[separator] != 1 || salt_length.is_some_and(|length| length != salt.len()) {
        return false;
    }
    digest(hash, &[&[0u8; 8][..], m_hash, salt].concat()).is_some_and(|expected| expected == h)
}
