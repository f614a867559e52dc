//! Asymmetric keys: RSA (and RSA-PSS, rsa_pss.rs), ECDSA/ECDH on P-256 and P-384, Ed25519 and X25519. js-lib keeps
//! a key as DER, PKCS#8 for a private key and SPKI for a public one; each call here
//! parses what it is given, so no key state lives in the guest between calls.

use ed25519_dalek::{Signer as _, Verifier as _};
use pkcs8::der::asn1::{BitStringRef, OctetStringRef};
use pkcs8::der::{Decode as _, Encode as _};
use pkcs8::{DecodePrivateKey, EncodePrivateKey, ObjectIdentifier, PrivateKeyInfo};
use rquickjs::{ArrayBuffer, Ctx, Function, Object, TypedArray, Value};
use rsa::pkcs1::{DecodeRsaPrivateKey, DecodeRsaPublicKey, EncodeRsaPrivateKey, EncodeRsaPublicKey};
use rsa::traits::{PrivateKeyParts, PublicKeyParts};
use rsa::{BigUint, RsaPrivateKey, RsaPublicKey};
use spki::{AlgorithmIdentifierRef, DecodePublicKey, EncodePublicKey, SubjectPublicKeyInfoRef};

use super::digests::{canonical, digest, with_rsa_digest};
use super::dsa_dh::{self, DhKey};
use super::ec::{EcPublic, EcSecret};
use super::ed448;
use super::prime;
use super::rsa_cipher::left_padded;
use super::rsa_pss::{self, PssParams};
use super::{bytes_of, key_encryption};

const X25519_OID: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.3.101.110");
const ED25519_OID: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.3.101.112");
const X448_OID: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.3.101.111");
const ED448_OID: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.3.101.113");

/// Host randomness for key generation, RSA blinding and PSS salts.
pub(super) struct HostRng;

impl rand_core::RngCore for HostRng {
    fn next_u32(&mut self) -> u32 {
        rand_core::impls::next_u32_via_fill(self)
    }
    fn next_u64(&mut self) -> u64 {
        rand_core::impls::next_u64_via_fill(self)
    }
    fn fill_bytes(&mut self, dest: &mut [u8]) {
        getrandom::fill(dest).expect("host randomness");
    }
    fn try_fill_bytes(&mut self, dest: &mut [u8]) -> Result<(), rand_core::Error> {
        self.fill_bytes(dest);
        Ok(())
    }
}

impl rand_core::CryptoRng for HostRng {}

fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0; N];
    rand_core::RngCore::fill_bytes(&mut HostRng, &mut bytes);
    bytes
}

/// Why a key operation failed, as OpenSSL names it (js-lib makes Node's error of it).
pub(super) type Failure = &'static str;
const UNSUPPORTED: Failure = "unsupported";

pub(super) enum Private {
    Rsa(Box<RsaPrivateKey>),
    RsaPss(Box<RsaPrivateKey>, Option<PssParams>),
    Ec(EcSecret),
    Ed25519(ed25519_dalek::SigningKey),
    X25519(x25519_dalek::StaticSecret),
    Ed448([u8; ed448::ED448_KEY_LENGTH]),
    X448([u8; ed448::X448_KEY_LENGTH]),
    Dsa(Box<dsa::SigningKey>),
    Dh(DhKey),
}

pub(super) enum Public {
    Rsa(RsaPublicKey),
    RsaPss(RsaPublicKey, Option<PssParams>),
    Ec(EcPublic),
    Ed25519(ed25519_dalek::VerifyingKey),
    X25519(x25519_dalek::PublicKey),
    Ed448([u8; ed448::ED448_KEY_LENGTH]),
    X448([u8; ed448::X448_KEY_LENGTH]),
    Dsa(Box<dsa::VerifyingKey>),
    Dh(DhKey),
}

/// The raw private key of an OKP key (X25519, Ed448, X448: RFC 8410's PKCS#8, the key an
/// OCTET STRING inside the OCTET STRING) when `der` is one of `oid`.
fn okp_private<const N: usize>(der: &[u8], oid: ObjectIdentifier) -> Option<[u8; N]> {
    let info = PrivateKeyInfo::from_der(der).ok()?;
    if info.algorithm.oid != oid {
        return None;
    }
    OctetStringRef::from_der(info.private_key).ok()?.as_bytes().try_into().ok()
}

/// The raw public key of an OKP key's SPKI when it is one of `oid`.
fn okp_public<const N: usize>(der: &[u8], oid: ObjectIdentifier) -> Option<[u8; N]> {
    let info = SubjectPublicKeyInfoRef::from_der(der).ok()?;
    if info.algorithm.oid != oid {
        return None;
    }
    info.subject_public_key.as_bytes()?.try_into().ok()
}

fn okp_pkcs8(key: &[u8], oid: ObjectIdentifier) -> Vec<u8> {
    let inner = OctetStringRef::new(key).and_then(|s| s.to_der()).expect("a raw key encodes");
    let algorithm = AlgorithmIdentifierRef { oid, parameters: None };
    PrivateKeyInfo::new(algorithm, &inner).to_der().expect("a key info encodes")
}

fn okp_spki(key: &[u8], oid: ObjectIdentifier) -> Vec<u8> {
    let algorithm = AlgorithmIdentifierRef { oid, parameters: None };
    let subject_public_key = BitStringRef::from_bytes(key).expect("a raw key");
    SubjectPublicKeyInfoRef { algorithm, subject_public_key }.to_der().expect("a key info encodes")
}

impl Private {
    pub(super) fn from_pkcs8(der: &[u8]) -> Result<Self, Failure> {
        if let Ok(key) = RsaPrivateKey::from_pkcs8_der(der) {
            return Ok(Self::Rsa(Box::new(key)));
        }
        if let Some((key, params)) = rsa_pss::private_from_pkcs8(der) {
            return Ok(Self::RsaPss(Box::new(key), params));
        }
        if let Some(key) = EcSecret::from_pkcs8(der) {
            return Ok(Self::Ec(key));
        }
        if let Ok(key) = ed25519_dalek::SigningKey::from_pkcs8_der(der) {
            return Ok(Self::Ed25519(key));
        }
        if let Some(key) = okp_private::<32>(der, X25519_OID) {
            return Ok(Self::X25519(key.into()));
        }
        if let Some(key) = okp_private(der, ED448_OID) {
            return Ok(Self::Ed448(key));
        }
        if let Some(key) = okp_private(der, X448_OID) {
            return Ok(Self::X448(key));
        }
        if let Some(key) = dsa_dh::dsa_from_pkcs8(der) {
            return Ok(Self::Dsa(Box::new(key)));
        }
        dsa_dh::dh_from_pkcs8(der).map(Self::Dh).ok_or(UNSUPPORTED)
    }

    /// A private scalar on the curve OpenSSL calls `curve`.
    pub(super) fn ec(curve: &str, scalar: &[u8]) -> Option<Self> {
        EcSecret::new(curve, scalar).map(Self::Ec)
    }

    /// A SEC1 `EC PRIVATE KEY`, on whichever curve it names.
    fn from_sec1(der: &[u8]) -> Result<Self, Failure> {
        EcSecret::from_sec1(der).map(Self::Ec).ok_or(UNSUPPORTED)
    }

    pub(super) fn to_pkcs8(&self) -> Vec<u8> {
        match self {
            Self::Rsa(key) => key.to_pkcs8_der().expect("a parsed key encodes").as_bytes().to_vec(),
            Self::RsaPss(key, params) => rsa_pss::private_to_pkcs8(key, *params),
            Self::Ec(key) => key.to_pkcs8(),
            // OpenSSL writes version 1, without the public key ed25519-dalek adds.
            Self::Ed25519(key) => okp_pkcs8(key.as_bytes(), ED25519_OID),
            Self::X25519(key) => okp_pkcs8(key.as_bytes(), X25519_OID),
            Self::Ed448(key) => okp_pkcs8(key, ED448_OID),
            Self::X448(key) => okp_pkcs8(key, X448_OID),
            Self::Dsa(key) => dsa_dh::dsa_to_pkcs8(key),
            Self::Dh(key) => dsa_dh::dh_to_pkcs8(key),
        }
    }

    pub(super) fn public(&self) -> Public {
        match self {
            Self::Rsa(key) => Public::Rsa(key.to_public_key()),
            Self::RsaPss(key, params) => Public::RsaPss(key.to_public_key(), *params),
            Self::Ec(key) => Public::Ec(key.public()),
            Self::Ed25519(key) => Public::Ed25519(key.verifying_key()),
            Self::X25519(key) => Public::X25519(key.into()),
            Self::Ed448(key) => Public::Ed448(ed448::ed448_public(key)),
            Self::X448(key) => Public::X448(ed448::x448_public(key)),
            Self::Dsa(key) => Public::Dsa(Box::new(key.verifying_key().clone())),
            Self::Dh(key) => Public::Dh(dsa_dh::dh_public(key)),
        }
    }
}

impl Public {
    pub(super) fn from_spki(der: &[u8]) -> Result<Self, Failure> {
        if let Ok(key) = RsaPublicKey::from_public_key_der(der) {
            return Ok(Self::Rsa(key));
        }
        if let Some((key, params)) = rsa_pss::public_from_spki(der) {
            return Ok(Self::RsaPss(key, params));
        }
        if let Some(key) = EcPublic::from_spki(der) {
            return Ok(Self::Ec(key));
        }
        if let Ok(key) = ed25519_dalek::VerifyingKey::from_public_key_der(der) {
            return Ok(Self::Ed25519(key));
        }
        if let Some(key) = okp_public::<32>(der, X25519_OID) {
            return Ok(Self::X25519(key.into()));
        }
        if let Some(key) = okp_public(der, ED448_OID).filter(ed448::ed448_public_valid) {
            return Ok(Self::Ed448(key));
        }
        if let Some(key) = okp_public(der, X448_OID) {
            return Ok(Self::X448(key));
        }
        if let Some(key) = dsa_dh::dsa_from_spki(der) {
            return Ok(Self::Dsa(Box::new(key)));
        }
        dsa_dh::dh_from_spki(der).map(Self::Dh).ok_or(UNSUPPORTED)
    }

    pub(super) fn to_spki(&self) -> Vec<u8> {
        match self {
            Self::Rsa(key) => key.to_public_key_der().expect("a parsed key encodes").as_bytes().to_vec(),
            Self::RsaPss(key, params) => rsa_pss::public_to_spki(key, *params),
            Self::Ec(key) => key.to_spki(),
            Self::Ed25519(key) => key.to_public_key_der().expect("a parsed key encodes").as_bytes().to_vec(),
            Self::X25519(key) => okp_spki(key.as_bytes(), X25519_OID),
            Self::Ed448(key) => okp_spki(key, ED448_OID),
            Self::X448(key) => okp_spki(key, X448_OID),
            Self::Dsa(key) => dsa_dh::dsa_to_spki(key),
            Self::Dh(key) => dsa_dh::dh_to_spki(key),
        }
    }

    /// A SEC1 point on the curve OpenSSL calls `curve`.
    pub(super) fn ec(curve: &str, point: &[u8]) -> Option<Self> {
        EcPublic::new(curve, point).map(Self::Ec)
    }

    /// An EC key's point in SEC1 form, compressed or not.
    pub(super) fn sec1_point(&self, compressed: bool) -> Option<Vec<u8>> {
        match self {
            Self::Ec(key) => Some(key.point(compressed)),
            _ => None,
        }
    }

    /// Node's `asymmetricKeyType`.
    fn key_type(&self) -> &'static str {
        match self {
            Self::Rsa(_) => "rsa",
            Self::RsaPss(..) => "rsa-pss",
            Self::Ec(_) => "ec",
            Self::Ed25519(_) => "ed25519",
            Self::X25519(_) => "x25519",
            Self::Ed448(_) => "ed448",
            Self::X448(_) => "x448",
            Self::Dsa(_) => "dsa",
            Self::Dh(_) => "dh",
        }
    }
}

/// A key given as PEM or DER, in any of the encodings Node reads, as
/// `[isPrivate, asymmetricKeyType, der]` (PKCS#8 or SPKI); a private key when only a
/// public one is wanted gives its public half. A string is OpenSSL's reason it failed.
fn key_import<'js>(
    ctx: Ctx<'js>,
    data: TypedArray<'js, u8>,
    pem: bool,
    encoding: Option<String>,
    want_private: bool,
    passphrase: Option<TypedArray<'js, u8>>,
) -> rquickjs::Result<Value<'js>> {
    let data = bytes_of(&data);
    let passphrase = passphrase.map(|bytes| bytes_of(&bytes));
    let parsed = if pem {
        import_pem(&data, passphrase.as_deref())
    } else {
        import_der(&data, encoding.as_deref().unwrap_or(""), passphrase.as_deref())
    };
    let result = parsed.and_then(|key| match key {
        Key::Private(private) if want_private => Ok((true, private.public().key_type(), private.to_pkcs8())),
        Key::Private(private) => {
            let public = private.public();
            Ok((false, public.key_type(), public.to_spki()))
        }
        // OpenSSL's decoders find no private key in it (js-lib reports that as they do).
        Key::Public(_) if want_private => Err("not a private key"),
        Key::Public(public) => Ok((false, public.key_type(), public.to_spki())),
    });
    match result {
        Ok((private, key_type, der)) => {
            let array = rquickjs::Array::new(ctx.clone())?;
            array.set(0, private)?;
            array.set(1, key_type)?;
            array.set(2, ArrayBuffer::new(ctx, der)?)?;
            Ok(array.into_value())
        }
        Err(reason) => Ok(rquickjs::String::from_str(ctx, reason)?.into_value()),
    }
}

/// A key of either kind, as a file or JWK holds it.
enum Key {
    Private(Private),
    Public(Public),
}

type Imported = Result<Key, Failure>;

/// A PEM block: its label, its headers (`Name: value` lines before the data) and its
/// contents.
pub(super) struct PemBlock<'a> {
    pub label: &'a str,
    pub headers: Vec<(&'a str, &'a str)>,
    pub der: Vec<u8>,
}

/// The first PEM block in `text`, read as leniently as OpenSSL reads one: anything
/// around the block, any line lengths.
pub(super) fn pem_block(text: &str) -> Result<PemBlock<'_>, Failure> {
    use base64::Engine as _;
    let start = text.find("-----BEGIN ").ok_or("no start line")? + "-----BEGIN ".len();
    let label_end = start + text[start..].find("-----").ok_or("no start line")?;
    let label = &text[start..label_end];
    let body_start = label_end + "-----".len();
    let end_marker = format!("-----END {label}-----");
    let body_end = body_start + text[body_start..].find(&end_marker).ok_or("bad end line")?;
    let mut headers = Vec::new();
    let mut body = String::new();
    for line in text[body_start..body_end].lines() {
        match line.split_once(':') {
            Some((name, value)) if body.is_empty() => headers.push((name.trim(), value.trim())),
            _ => body.extend(line.chars().filter(|c| !c.is_ascii_whitespace())),
        }
    }
    let der = base64::engine::general_purpose::STANDARD.decode(body).map_err(|_| "bad base64 decode")?;
    Ok(PemBlock { label, headers, der })
}

fn import_pem(data: &[u8], passphrase: Option<&[u8]>) -> Imported {
    let text = std::str::from_utf8(data).map_err(|_| "no start line")?;
    let PemBlock { label, headers, der } = pem_block(text)?;
    let der = match headers.iter().find(|(name, _)| *name == "DEK-Info") {
        Some((_, dek_info)) => key_encryption::decrypt_legacy(dek_info, &der, passphrase)?,
        None => der,
    };
    match label {
        "PRIVATE KEY" => Private::from_pkcs8(&der).map(Key::Private),
        "ENCRYPTED PRIVATE KEY" => {
            let decrypted = key_encryption::decrypt_pkcs8(&der, passphrase).unwrap_or(Err(UNSUPPORTED))?;
            Private::from_pkcs8(&decrypted).map(Key::Private)
        }
        "RSA PRIVATE KEY" => RsaPrivateKey::from_pkcs1_der(&der).map(|k| Key::Private(Private::Rsa(Box::new(k)))).map_err(|_| UNSUPPORTED),
        "EC PRIVATE KEY" => Private::from_sec1(&der).map(Key::Private),
        "DSA PRIVATE KEY" => dsa_dh::dsa_from_legacy(&der).map(|key| Key::Private(Private::Dsa(Box::new(key)))).ok_or(UNSUPPORTED),
        "PUBLIC KEY" => Public::from_spki(&der).map(Key::Public),
        "RSA PUBLIC KEY" => RsaPublicKey::from_pkcs1_der(&der).map(|k| Key::Public(Public::Rsa(k))).map_err(|_| UNSUPPORTED),
        "CERTIFICATE" => certificate_key(&der).map(Key::Public),
        _ => Err(UNSUPPORTED),
    }
}

fn import_der(der: &[u8], encoding: &str, passphrase: Option<&[u8]>) -> Imported {
    match encoding {
        "pkcs8" => match key_encryption::decrypt_pkcs8(der, passphrase) {
            Some(decrypted) => Private::from_pkcs8(&decrypted?).map(Key::Private),
            None => Private::from_pkcs8(der).map(Key::Private),
        },
        "sec1" => Private::from_sec1(der).map(Key::Private),
        "spki" => Public::from_spki(der).map(Key::Public),
        // PKCS#1 is either; the private structure is tried first.
        "pkcs1" => RsaPrivateKey::from_pkcs1_der(der)
            .map(|k| Key::Private(Private::Rsa(Box::new(k))))
            .or_else(|_| RsaPublicKey::from_pkcs1_der(der).map(|k| Key::Public(Public::Rsa(k))))
            .map_err(|_| UNSUPPORTED),
        _ => Err(UNSUPPORTED),
    }
}

/// The subject's public key of an X.509 certificate.
fn certificate_key(der: &[u8]) -> Result<Public, Failure> {
    use x509_cert::der::Decode as _;
    let certificate = x509_cert::Certificate::from_der(der).map_err(|_| UNSUPPORTED)?;
    let spki = certificate.tbs_certificate.subject_public_key_info.to_der().map_err(|_| UNSUPPORTED)?;
    Public::from_spki(&spki)
}

/// A key in `format` (`pem` or `der`) and `encoding` (`pkcs8`, `pkcs1`, `sec1`, `spki`),
/// encrypted with `cipher` under `passphrase` when they are given; undefined for an
/// encoding its kind of key has not, `{ failure }` with OpenSSL's reason when encrypting fails.
fn key_export<'js>(
    ctx: Ctx<'js>,
    der: TypedArray<'js, u8>,
    private: bool,
    pem: bool,
    encoding: String,
    cipher: Option<String>,
    passphrase: Option<TypedArray<'js, u8>>,
) -> rquickjs::Result<Value<'js>> {
    let der = bytes_of(&der);
    let encryption = cipher.zip(passphrase.map(|bytes| bytes_of(&bytes)));
    let exported: Option<(&str, Vec<u8>)> = if private {
        match (Private::from_pkcs8(&der), encoding.as_str()) {
            (Ok(_), "pkcs8") => Some(("PRIVATE KEY", der)),
            (Ok(Private::Rsa(key)), "pkcs1") => key.to_pkcs1_der().ok().map(|d| ("RSA PRIVATE KEY", d.as_bytes().to_vec())),
            (Ok(Private::Ec(key)), "sec1") => Some(("EC PRIVATE KEY", sec1_with_curve(&key.scalar(), &der))),
            _ => None,
        }
    } else {
        match (Public::from_spki(&der), encoding.as_str()) {
            (Ok(_), "spki") => Some(("PUBLIC KEY", der)),
            (Ok(Public::Rsa(key)), "pkcs1") => key.to_pkcs1_der().ok().map(|d| ("RSA PUBLIC KEY", d.as_bytes().to_vec())),
            _ => None,
        }
    };
    let Some((label, bytes)) = exported else { return Ok(Value::new_undefined(ctx)) };
    let encrypted = match encryption {
        None => Ok((label, Vec::new(), bytes)),
        Some((cipher, passphrase)) if label == "PRIVATE KEY" => {
            key_encryption::encrypt_pkcs8(&bytes, &passphrase, &cipher).map(|bytes| ("ENCRYPTED PRIVATE KEY", Vec::new(), bytes))
        }
        Some((cipher, passphrase)) => key_encryption::encrypt_legacy(&bytes, &passphrase, &cipher)
            .map(|(bytes, dek_info)| (label, vec![("Proc-Type", "4,ENCRYPTED".to_owned()), ("DEK-Info", dek_info)], bytes)),
    };
    let (label, headers, bytes) = match encrypted {
        Ok(parts) => parts,
        Err(reason) => {
            let failure = Object::new(ctx.clone())?;
            failure.set("failure", reason)?;
            return Ok(failure.into_value());
        }
    };
    if pem {
        let headers: Vec<(&str, &str)> = headers.iter().map(|(name, value)| (*name, value.as_str())).collect();
        let text = key_encryption::pem_with_headers(label, &headers, &bytes);
        return Ok(rquickjs::String::from_str(ctx, &text)?.into_value());
    }
    Ok(ArrayBuffer::new(ctx, bytes)?.into_value())
}

/// A SEC1 `ECPrivateKey` that names its curve and holds its public point, as OpenSSL
/// writes one (RustCrypto leaves the curve out), from the scalar and the PKCS#8 DER
/// (whose algorithm parameters are the curve and whose inner key holds the point).
fn sec1_with_curve(scalar: &[u8], pkcs8: &[u8]) -> Vec<u8> {
    let info = PrivateKeyInfo::from_der(pkcs8).expect("a parsed key's PKCS#8");
    let curve = info.algorithm.parameters_oid().expect("an EC key names its curve");
    let inner = sec1::EcPrivateKey::from_der(info.private_key).expect("an EC key's SEC1");
    sec1::EcPrivateKey { private_key: scalar, parameters: Some(sec1::EcParameters::NamedCurve(curve)), public_key: inner.public_key }
        .to_der()
        .expect("a SEC1 key encodes")
}

/// The SPKI DER of a private key's public half.
fn key_public<'js>(ctx: Ctx<'js>, der: TypedArray<'js, u8>) -> rquickjs::Result<Option<ArrayBuffer<'js>>> {
    Private::from_pkcs8(&bytes_of(&der)).ok().map(|key| ArrayBuffer::new(ctx, key.public().to_spki())).transpose()
}

/// Node's `asymmetricKeyDetails`: modulus length and public exponent (and an RSA-PSS
/// key's restrictions), or named curve.
fn key_details<'js>(ctx: Ctx<'js>, der: TypedArray<'js, u8>, private: bool) -> rquickjs::Result<Object<'js>> {
    let der = bytes_of(&der);
    let public = if private { Private::from_pkcs8(&der).map(|k| k.public()) } else { Public::from_spki(&der) };
    let details = Object::new(ctx.clone())?;
    match public {
        Ok(Public::Rsa(key)) => {
            details.set("modulusLength", key.n().bits())?;
            details.set("publicExponent", key.e().to_string())?;
        }
        Ok(Public::RsaPss(key, params)) => {
            details.set("modulusLength", key.n().bits())?;
            details.set("publicExponent", key.e().to_string())?;
            if let Some(params) = params {
                details.set("hashAlgorithm", params.hash)?;
                details.set("mgf1HashAlgorithm", params.mgf1_hash)?;
                details.set("saltLength", params.salt_length)?;
            }
        }
        Ok(Public::Ec(key)) => details.set("namedCurve", key.curve())?,
        Ok(Public::Dsa(key)) => {
            details.set("modulusLength", key.components().p().bits())?;
            details.set("divisorLength", key.components().q().bits())?;
        }
        _ => {}
    }
    Ok(details)
}

fn set_bytes<'js>(ctx: &Ctx<'js>, object: &Object<'js>, name: &str, bytes: &[u8]) -> rquickjs::Result<()> {
    object.set(name, ArrayBuffer::new(ctx.clone(), bytes.to_vec())?)
}

fn set_big<'js>(ctx: &Ctx<'js>, object: &Object<'js>, name: &str, value: Option<&BigUint>) -> rquickjs::Result<()> {
    match value {
        Some(value) => set_bytes(ctx, object, name, &value.to_bytes_be()),
        None => Ok(()),
    }
}

/// A key's JWK members as bytes (js-lib encodes them and adds `kty`/`crv`).
fn key_jwk<'js>(ctx: Ctx<'js>, der: TypedArray<'js, u8>, private: bool) -> rquickjs::Result<Object<'js>> {
    let der = bytes_of(&der);
    let jwk = Object::new(ctx.clone())?;
    let (secret, public) = if private {
        match Private::from_pkcs8(&der) {
            Ok(key) => (Some(key), None),
            Err(_) => return Ok(jwk),
        }
    } else {
        (None, Public::from_spki(&der).ok())
    };
    let public = public.or_else(|| secret.as_ref().map(Private::public));
    match &public {
        Some(Public::Rsa(key)) => {
            set_big(&ctx, &jwk, "n", Some(key.n()))?;
            set_big(&ctx, &jwk, "e", Some(key.e()))?;
        }
        Some(Public::Ec(key)) => {
            let point = key.point(false);
            let half = (point.len() - 1) / 2;
            set_bytes(&ctx, &jwk, "x", &point[1..1 + half])?;
            set_bytes(&ctx, &jwk, "y", &point[1 + half..])?;
        }
        Some(Public::Ed25519(key)) => set_bytes(&ctx, &jwk, "x", key.as_bytes())?,
        Some(Public::X25519(key)) => set_bytes(&ctx, &jwk, "x", key.as_bytes())?,
        Some(Public::Ed448(key)) => set_bytes(&ctx, &jwk, "x", key)?,
        Some(Public::X448(key)) => set_bytes(&ctx, &jwk, "x", key)?,
        // JWK has no RSA-PSS, DSA or DH keys: js-lib refuses them before asking.
        Some(Public::RsaPss(..) | Public::Dsa(_) | Public::Dh(_)) | None => {}
    }
    match &secret {
        Some(Private::Rsa(key)) => {
            set_big(&ctx, &jwk, "d", Some(key.d()))?;
            set_big(&ctx, &jwk, "p", key.primes().first())?;
            set_big(&ctx, &jwk, "q", key.primes().get(1))?;
            set_big(&ctx, &jwk, "dp", key.dp())?;
            set_big(&ctx, &jwk, "dq", key.dq())?;
            set_big(&ctx, &jwk, "qi", key.crt_coefficient().as_ref())?;
        }
        Some(Private::Ec(key)) => set_bytes(&ctx, &jwk, "d", &key.scalar())?,
        Some(Private::Ed25519(key)) => set_bytes(&ctx, &jwk, "d", key.as_bytes())?,
        Some(Private::X25519(key)) => set_bytes(&ctx, &jwk, "d", key.as_bytes())?,
        Some(Private::Ed448(key)) => set_bytes(&ctx, &jwk, "d", key)?,
        Some(Private::X448(key)) => set_bytes(&ctx, &jwk, "d", key)?,
        Some(Private::RsaPss(..) | Private::Dsa(_) | Private::Dh(_)) | None => {}
    }
    Ok(jwk)
}

fn member(jwk: &Object<'_>, name: &str) -> Option<Vec<u8>> {
    jwk.get::<_, Option<TypedArray<'_, u8>>>(name).ok().flatten().map(|bytes| bytes_of(&bytes))
}

/// A key from JWK members given as bytes (`kty` as Node's key type, `crv` its curve):
/// `[isPrivate, der]`, or undefined when they do not make a key.
fn key_from_jwk<'js>(ctx: Ctx<'js>, key_type: String, jwk: Object<'js>) -> rquickjs::Result<Value<'js>> {
    let private = member(&jwk, "d");
    let key: Option<Key> = match key_type.as_str() {
        "rsa" => {
            let (n, e) = (BigUint::from_bytes_be(&member(&jwk, "n").unwrap_or_default()), member(&jwk, "e"));
            let e = BigUint::from_bytes_be(&e.unwrap_or_default());
            match &private {
                Some(d) => {
                    let primes = [member(&jwk, "p"), member(&jwk, "q")].into_iter().flatten().map(|p| BigUint::from_bytes_be(&p)).collect();
                    RsaPrivateKey::from_components(n, e, BigUint::from_bytes_be(d), primes)
                        .ok()
                        .map(|k| Key::Private(Private::Rsa(Box::new(k))))
                }
                None => RsaPublicKey::new(n, e).ok().map(|k| Key::Public(Public::Rsa(k))),
            }
        }
        "P-256" | "P-384" | "P-521" | "secp256k1" => match &private {
            Some(d) => Private::ec(&key_type, d).map(Key::Private),
            None => match (member(&jwk, "x"), member(&jwk, "y")) {
                (Some(x), Some(y)) => EcPublic::from_coordinates(&key_type, &x, &y).map(|k| Key::Public(Public::Ec(k))),
                _ => None,
            },
        },
        "Ed25519" => match &private {
            Some(d) => {
                <[u8; 32]>::try_from(d.as_slice()).ok().map(|d| Key::Private(Private::Ed25519(ed25519_dalek::SigningKey::from_bytes(&d))))
            }
            None => member(&jwk, "x")
                .and_then(|x| <[u8; 32]>::try_from(x.as_slice()).ok())
                .and_then(|x| ed25519_dalek::VerifyingKey::from_bytes(&x).ok())
                .map(|k| Key::Public(Public::Ed25519(k))),
        },
        "Ed448" => match &private {
            Some(d) => <[u8; ed448::ED448_KEY_LENGTH]>::try_from(d.as_slice()).ok().map(|d| Key::Private(Private::Ed448(d))),
            None => member(&jwk, "x")
                .and_then(|x| <[u8; ed448::ED448_KEY_LENGTH]>::try_from(x.as_slice()).ok())
                .filter(ed448::ed448_public_valid)
                .map(|x| Key::Public(Public::Ed448(x))),
        },
        "X448" => match &private {
            Some(d) => <[u8; ed448::X448_KEY_LENGTH]>::try_from(d.as_slice()).ok().map(|d| Key::Private(Private::X448(d))),
            None => member(&jwk, "x")
                .and_then(|x| <[u8; ed448::X448_KEY_LENGTH]>::try_from(x.as_slice()).ok())
                .map(|x| Key::Public(Public::X448(x))),
        },
        "X25519" => match &private {
            Some(d) => <[u8; 32]>::try_from(d.as_slice()).ok().map(|d| Key::Private(Private::X25519(d.into()))),
            None => member(&jwk, "x").and_then(|x| <[u8; 32]>::try_from(x.as_slice()).ok()).map(|x| Key::Public(Public::X25519(x.into()))),
        },
        _ => None,
    };
    let Some(key) = key else { return Ok(Value::new_undefined(ctx)) };
    let (private, der) = match key {
        Key::Private(private) => (true, private.to_pkcs8()),
        Key::Public(public) => (false, public.to_spki()),
    };
    let array = rquickjs::Array::new(ctx.clone())?;
    array.set(0, private)?;
    array.set(1, ArrayBuffer::new(ctx, der)?)?;
    Ok(array.into_value())
}

/// A new key pair as `[pkcs8, spki]`: `rsa` with `size` bits and exponent `exponent`,
/// `rsa-pss` likewise with the restrictions `pss` (`{ hashAlgorithm, mgf1HashAlgorithm,
/// saltLength }`) or none, `ec` on `curve`, `ed25519` or `x25519`. Undefined for what
/// cannot be made.
fn generate_key_pair<'js>(
    ctx: Ctx<'js>,
    key_type: String,
    size: Option<usize>,
    exponent: Option<u64>,
    curve: Option<String>,
    pss: Option<Object<'js>>,
) -> rquickjs::Result<Value<'js>> {
    // OpenSSL takes odd exponents from 3 up only.
    if matches!(key_type.as_str(), "rsa" | "rsa-pss") && exponent.is_some_and(|e| e < 3 || e % 2 == 0) {
        return Ok(rquickjs::String::from_str(ctx, "pub exponent out of range")?.into_value());
    }
    let rsa = || rsa_generate(size.unwrap_or(2048), exponent.unwrap_or(65537));
    let private = match (key_type.as_str(), curve.as_deref()) {
        ("rsa", _) => rsa().map(|k| Private::Rsa(Box::new(k))),
        ("rsa-pss", _) => {
            let params = match pss {
                Some(pss) => {
                    let hash: String = pss.get("hashAlgorithm")?;
                    let mgf1_hash: String = pss.get("mgf1HashAlgorithm")?;
                    match PssParams::new(&hash, &mgf1_hash, pss.get("saltLength")?) {
                        Some(params) => Some(params),
                        None => return Ok(Value::new_undefined(ctx)),
                    }
                }
                None => None,
            };
            rsa().map(|k| Private::RsaPss(Box::new(k), params))
        }
        ("ec", Some(curve)) => EcSecret::random(curve).map(Private::Ec),
        ("dsa", _) => match dsa_dh::dsa_generate(size.unwrap_or(2048), exponent.map(|n| n as usize)) {
            Ok(key) => Some(Private::Dsa(Box::new(key))),
            Err(reason) => return Ok(rquickjs::String::from_str(ctx, reason)?.into_value()),
        },
        ("ed448", _) => Some(Private::Ed448(random_bytes())),
        ("x448", _) => Some(Private::X448(random_bytes())),
        ("ed25519", _) => Some(Private::Ed25519(ed25519_dalek::SigningKey::generate(&mut HostRng))),
        ("x25519", _) => Some(Private::X25519(x25519_dalek::StaticSecret::random_from_rng(&mut HostRng))),
        _ => None,
    };
    let Some(private) = private else { return Ok(Value::new_undefined(ctx)) };
    let array = rquickjs::Array::new(ctx.clone())?;
    array.set(0, ArrayBuffer::new(ctx.clone(), private.to_pkcs8())?)?;
    array.set(1, ArrayBuffer::new(ctx, private.public().to_spki())?)?;
    Ok(array.into_value())
}

/// OpenSSL 3's least RSA modulus.
const RSA_MIN_BITS: usize = 512;

/// A new RSA key of `bits` bits: two primes with their top two bits set (so the modulus has
/// all its bits) from prime.rs's sieve, many times faster in the guest than the rsa
/// crate's search; primes for which `exponent` has no inverse are drawn again.
fn rsa_generate(bits: usize, exponent: u64) -> Option<RsaPrivateKey> {
    if bits < RSA_MIN_BITS {
        return None;
    }
    loop {
        let p = prime::generate(bits.div_ceil(2), false, None, None);
        let q = prime::generate(bits / 2, false, None, None);
        if let Ok(key) = RsaPrivateKey::from_p_q(p, q, BigUint::from(exponent)) {
            return Some(key);
        }
    }
}

/// A new Diffie-Hellman pair as `[pkcs8, spki]` in the group of `prime` and `generator`.
fn generate_dh_key_pair<'js>(ctx: Ctx<'js>, prime: TypedArray<'js, u8>, generator: TypedArray<'js, u8>) -> rquickjs::Result<Value<'js>> {
    let private =
        Private::Dh(dsa_dh::dh_generate(BigUint::from_bytes_be(&bytes_of(&prime)), BigUint::from_bytes_be(&bytes_of(&generator))));
    let array = rquickjs::Array::new(ctx.clone())?;
    array.set(0, ArrayBuffer::new(ctx.clone(), private.to_pkcs8())?)?;
    array.set(1, ArrayBuffer::new(ctx, private.public().to_spki())?)?;
    Ok(array.into_value())
}

/// How a signature is made beyond the key: the digest (none for Ed25519), RSA's padding
/// (1 PKCS#1 v1.5, 6 PSS) and PSS salt length (-1 the digest's, -2 the most that fits,
/// or when verifying whatever the signature used), and ECDSA's encoding (DER or r||s).
struct Scheme {
    digest: Option<String>,
    /// MGF1's digest for PSS, when it is not the message's.
    mgf1_digest: Option<&'static str>,
    pss: bool,
    salt_length: i64,
    p1363: bool,
    /// The padding asked for, when one was.
    padding: Option<i32>,
    /// The salt length asked for, when one was.
    salt_given: bool,
}

impl Scheme {
    fn from(options: &Object<'_>) -> Self {
        let padding = options.get::<_, Option<i32>>("padding").ok().flatten();
        let salt_length = options.get::<_, Option<i64>>("saltLength").ok().flatten();
        Self {
            digest: options.get::<_, Option<String>>("digest").ok().flatten().map(|d| canonical(&d.to_lowercase()).to_owned()),
            mgf1_digest: None,
            pss: padding == Some(6),
            salt_length: salt_length.unwrap_or(-2),
            p1363: options.get::<_, Option<String>>("dsaEncoding").ok().flatten().as_deref() == Some("ieee-p1363"),
            padding,
            salt_given: salt_length.is_some(),
        }
    }

    /// The scheme for an RSA-PSS key: PSS whatever the padding left unsaid, and the key's
    /// digest and least salt length when the caller names none, as OpenSSL enforces them.
    /// The rsa crate's PSS masks with the message digest, so a key whose MGF1 digest
    /// differs cannot be used here.
    fn for_rsa_pss(self, params: &Option<PssParams>) -> Result<Self, Failure> {
        if self.padding.is_some_and(|padding| padding != 6) {
            return Err("illegal or unsupported padding mode");
        }
        let Some(params) = params else { return Ok(Self { pss: true, ..self }) };
        // OpenSSL checks the salt length first.
        if self.salt_given && self.salt_length >= 0 && self.salt_length < i64::from(params.salt_length) {
            return Err("pss saltlen too small");
        }
        if self.digest.as_deref().is_some_and(|digest| digest != params.hash) {
            return Err("digest not allowed");
        }
        let salt_length = if self.salt_given { self.salt_length } else { i64::from(params.salt_length) };
        Ok(Self { digest: Some(params.hash.to_owned()), mgf1_digest: Some(params.mgf1_hash), pss: true, salt_length, ..self })
    }

    fn hashed(&self, data: &[u8]) -> Result<Vec<u8>, Failure> {
        digest(self.digest.as_deref().unwrap_or("sha256"), data).ok_or("invalid digest")
    }
}

/// The longest PSS salt a key of `bits` holds with a digest of `digest_size` bytes.
fn max_salt(bits: usize, digest_size: usize) -> usize {
    (bits - 1).div_ceil(8).saturating_sub(digest_size + 2)
}

fn rsa_sign(key: &RsaPrivateKey, scheme: &Scheme, data: &[u8]) -> Result<Vec<u8>, Failure> {
    let name = scheme.digest.as_deref().unwrap_or("sha256");
    let hashed = scheme.hashed(data)?;
    let mut rng = HostRng;
    if scheme.pss {
        let salt = match scheme.salt_length {
            -1 => hashed.len(),
            length if length < 0 => max_salt(key.n().bits(), hashed.len()),
            length => length as usize,
        };
        let encoded = rsa_pss::pss_encode(name, scheme.mgf1_digest.unwrap_or(name), &hashed, salt, key.n().bits() - 1)?;
        let signature = rsa::hazmat::rsa_decrypt_and_check(key, Some(&mut rng), &BigUint::from_bytes_be(&encoded))
            .map_err(|_| "data too large for key size")?;
        return Ok(left_padded(&signature, key.size()));
    }
    with_rsa_digest!(name, |D| key
        .sign_with_rng(&mut rng, rsa::Pkcs1v15Sign::new::<D>(), &hashed)
        .map_err(|_| "digest too big for rsa key"))
}

fn rsa_verify(key: &RsaPublicKey, scheme: &Scheme, data: &[u8], signature: &[u8]) -> Result<bool, Failure> {
    let name = scheme.digest.as_deref().unwrap_or("sha256");
    let hashed = scheme.hashed(data)?;
    if !scheme.pss {
        return with_rsa_digest!(name, |D| Ok(key.verify(rsa::Pkcs1v15Sign::new::<D>(), &hashed, signature).is_ok()));
    }
    let value = BigUint::from_bytes_be(signature);
    if signature.len() != key.size() || &value >= key.n() {
        return Ok(false);
    }
    let em_bits = key.n().bits() - 1;
    let Ok(opened) = rsa::hazmat::rsa_encrypt(key, &value) else { return Ok(false) };
    let salt = match scheme.salt_length {
        -1 => Some(hashed.len()),
        length if length < 0 => None,
        length => Some(length as usize),
    };
    let mgf1 = scheme.mgf1_digest.unwrap_or(name);
    Ok(rsa_pss::pss_verify(name, mgf1, &hashed, &left_padded(&opened, em_bits.div_ceil(8)), salt, em_bits))
}

/// A signature of `data` by a private key (PKCS#8 DER), or OpenSSL's reason it failed.
fn sign<'js>(ctx: Ctx<'js>, der: TypedArray<'js, u8>, data: TypedArray<'js, u8>, options: Object<'js>) -> rquickjs::Result<Value<'js>> {
    let scheme = Scheme::from(&options);
    let data = bytes_of(&data);
    let signed = match Private::from_pkcs8(&bytes_of(&der)) {
        Ok(Private::Rsa(key)) => rsa_sign(&key, &scheme, &data),
        Ok(Private::RsaPss(key, params)) => scheme.for_rsa_pss(&params).and_then(|scheme| rsa_sign(&key, &scheme, &data)),
        Ok(Private::Ec(key)) => scheme.hashed(&data).and_then(|hashed| key.sign(&hashed, scheme.p1363)),
        Ok(Private::Dsa(key)) => scheme.hashed(&data).and_then(|hashed| dsa_dh::dsa_sign(&key, &hashed, scheme.p1363)),
        Ok(Private::Ed25519(key)) => Ok(key.sign(&data).to_bytes().to_vec()),
        Ok(Private::Ed448(key)) => Ok(ed448::ed448_sign(&key, &data)),
        Ok(Private::X25519(_) | Private::X448(_) | Private::Dh(_)) | Err(_) => Err("operation not supported for this keytype"),
    };
    match signed {
        Ok(signature) => Ok(ArrayBuffer::new(ctx, signature)?.into_value()),
        Err(reason) => Ok(rquickjs::String::from_str(ctx, reason)?.into_value()),
    }
}

/// Whether `signature` is a public key's (SPKI DER) over `data`; a string for a failure
/// other than a wrong signature.
fn verify<'js>(
    ctx: Ctx<'js>,
    der: TypedArray<'js, u8>,
    data: TypedArray<'js, u8>,
    signature: TypedArray<'js, u8>,
    options: Object<'js>,
) -> rquickjs::Result<Value<'js>> {
    let scheme = Scheme::from(&options);
    let (data, signature) = (bytes_of(&data), bytes_of(&signature));
    let verified = match Public::from_spki(&bytes_of(&der)) {
        Ok(Public::Rsa(key)) => rsa_verify(&key, &scheme, &data, &signature),
        Ok(Public::RsaPss(key, params)) => scheme.for_rsa_pss(&params).and_then(|scheme| rsa_verify(&key, &scheme, &data, &signature)),
        Ok(Public::Ec(key)) => scheme.hashed(&data).map(|hashed| key.verify(&hashed, &signature, scheme.p1363)),
        Ok(Public::Dsa(key)) => scheme.hashed(&data).map(|hashed| dsa_dh::dsa_verify(&key, &hashed, &signature, scheme.p1363)),
        Ok(Public::Ed25519(key)) => Ok(ed25519_dalek::Signature::from_slice(&signature).is_ok_and(|s| key.verify(&data, &s).is_ok())),
        Ok(Public::Ed448(key)) => Ok(ed448::ed448_verify(&key, &data, &signature)),
        Ok(Public::X25519(_) | Public::X448(_) | Public::Dh(_)) | Err(_) => Err("operation not supported for this keytype"),
    };
    match verified {
        Ok(valid) => Ok(Value::new_bool(ctx, valid)),
        Err(reason) => Ok(rquickjs::String::from_str(ctx, reason)?.into_value()),
    }
}

/// The shared secret of a private key (PKCS#8) and a public key (SPKI) on the same
/// curve, or undefined when they do not agree (ECDH on P-256/P-384, X25519).
fn diffie_hellman<'js>(
    ctx: Ctx<'js>,
    private: TypedArray<'js, u8>,
    public: TypedArray<'js, u8>,
) -> rquickjs::Result<Option<ArrayBuffer<'js>>> {
    let secret = match (Private::from_pkcs8(&bytes_of(&private)), Public::from_spki(&bytes_of(&public))) {
        (Ok(Private::Ec(a)), Ok(Public::Ec(b))) => a.diffie_hellman(&b),
        (Ok(Private::X25519(a)), Ok(Public::X25519(b))) => Some(a.diffie_hellman(&b).as_bytes().to_vec()),
        (Ok(Private::X448(a)), Ok(Public::X448(b))) => ed448::x448_shared(&a, &b),
        (Ok(Private::Dh(a)), Ok(Public::Dh(b))) => dsa_dh::dh_shared(&a, &b),
        _ => None,
    };
    secret.map(|bytes| ArrayBuffer::new(ctx, bytes)).transpose()
}

pub fn register<'js>(ctx: &Ctx<'js>, binding: &Object<'js>) -> rquickjs::Result<()> {
    binding.set("keyImport", Function::new(ctx.clone(), key_import)?)?;
    binding.set("keyExport", Function::new(ctx.clone(), key_export)?)?;
    binding.set("keyPublic", Function::new(ctx.clone(), key_public)?)?;
    binding.set("keyDetails", Function::new(ctx.clone(), key_details)?)?;
    binding.set("keyJwk", Function::new(ctx.clone(), key_jwk)?)?;
    binding.set("keyFromJwk", Function::new(ctx.clone(), key_from_jwk)?)?;
    binding.set("generateKeyPair", Function::new(ctx.clone(), generate_key_pair)?)?;
    binding.set("generateDhKeyPair", Function::new(ctx.clone(), generate_dh_key_pair)?)?;
    binding.set("sign", Function::new(ctx.clone(), sign)?)?;
    binding.set("verify", Function::new(ctx.clone(), verify)?)?;
    binding.set("diffieHellman", Function::new(ctx.clone(), diffie_hellman)?)?;
    Ok(())
}
