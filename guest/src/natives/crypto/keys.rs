//! Asymmetric keys: RSA (and RSA-PSS, rsa_pss.rs), ECDSA/ECDH on P-256 and P-384, Ed25519 and X25519. js-lib keeps
//! a key as DER, PKCS#8 for a private key and SPKI for a public one; each call here
//! parses what it is given, so no key state lives in the guest between calls.

use ed25519_dalek::{Signer as _, Verifier as _};
use p256::ecdsa::signature::hazmat::{PrehashSigner, PrehashVerifier};
use p256::elliptic_curve::sec1::ToEncodedPoint as _;
use pkcs8::der::asn1::{BitStringRef, OctetStringRef};
use pkcs8::der::{Decode as _, Encode as _};
use pkcs8::{DecodePrivateKey, EncodePrivateKey, ObjectIdentifier, PrivateKeyInfo};
use rquickjs::{ArrayBuffer, Ctx, Function, Object, TypedArray, Value};
use rsa::pkcs1::{DecodeRsaPrivateKey, DecodeRsaPublicKey, EncodeRsaPrivateKey, EncodeRsaPublicKey};
use rsa::traits::{PrivateKeyParts, PublicKeyParts};
use rsa::{BigUint, RsaPrivateKey, RsaPublicKey};
use spki::{AlgorithmIdentifierRef, DecodePublicKey, EncodePublicKey, SubjectPublicKeyInfoRef};

use super::digests::{canonical, digest, with_rsa_digest};
use super::rsa_pss::{self, PssParams};
use super::{bytes_of, key_encryption};

const X25519_OID: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.3.101.110");

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

/// Why a key operation failed, as OpenSSL names it (js-lib makes Node's error of it).
pub(super) type Failure = &'static str;
const UNSUPPORTED: Failure = "unsupported";

pub(super) enum Private {
    Rsa(Box<RsaPrivateKey>),
    RsaPss(Box<RsaPrivateKey>, Option<PssParams>),
    P256(p256::SecretKey),
    P384(p384::SecretKey),
    Ed25519(ed25519_dalek::SigningKey),
    X25519(x25519_dalek::StaticSecret),
}

pub(super) enum Public {
    Rsa(RsaPublicKey),
    RsaPss(RsaPublicKey, Option<PssParams>),
    P256(p256::PublicKey),
    P384(p384::PublicKey),
    Ed25519(ed25519_dalek::VerifyingKey),
    X25519(x25519_dalek::PublicKey),
}

fn x25519_private(der: &[u8]) -> Option<x25519_dalek::StaticSecret> {
    let info = PrivateKeyInfo::from_der(der).ok()?;
    if info.algorithm.oid != X25519_OID {
        return None;
    }
    let inner = OctetStringRef::from_der(info.private_key).ok()?;
    let bytes: [u8; 32] = inner.as_bytes().try_into().ok()?;
    Some(bytes.into())
}

fn x25519_public(der: &[u8]) -> Option<x25519_dalek::PublicKey> {
    let info = SubjectPublicKeyInfoRef::from_der(der).ok()?;
    if info.algorithm.oid != X25519_OID {
        return None;
    }
    let bytes: [u8; 32] = info.subject_public_key.as_bytes()?.try_into().ok()?;
    Some(bytes.into())
}

impl Private {
    pub(super) fn from_pkcs8(der: &[u8]) -> Result<Self, Failure> {
        if let Ok(key) = RsaPrivateKey::from_pkcs8_der(der) {
            return Ok(Self::Rsa(Box::new(key)));
        }
        if let Some((key, params)) = rsa_pss::private_from_pkcs8(der) {
            return Ok(Self::RsaPss(Box::new(key), params));
        }
        if let Ok(key) = p256::SecretKey::from_pkcs8_der(der) {
            return Ok(Self::P256(key));
        }
        if let Ok(key) = p384::SecretKey::from_pkcs8_der(der) {
            return Ok(Self::P384(key));
        }
        if let Ok(key) = ed25519_dalek::SigningKey::from_pkcs8_der(der) {
            return Ok(Self::Ed25519(key));
        }
        x25519_private(der).map(Self::X25519).ok_or(UNSUPPORTED)
    }

    /// A private scalar on the curve OpenSSL calls `curve`.
    pub(super) fn ec(curve: &str, scalar: &[u8]) -> Option<Self> {
        match curve {
            "prime256v1" => p256::SecretKey::from_slice(scalar).ok().map(Self::P256),
            "secp384r1" => p384::SecretKey::from_slice(scalar).ok().map(Self::P384),
            _ => None,
        }
    }

    /// A SEC1 `EC PRIVATE KEY`, on whichever curve it names.
    fn from_sec1(der: &[u8]) -> Result<Self, Failure> {
        if let Ok(key) = p256::SecretKey::from_sec1_der(der) {
            return Ok(Self::P256(key));
        }
        p384::SecretKey::from_sec1_der(der).map(Self::P384).map_err(|_| UNSUPPORTED)
    }

    pub(super) fn to_pkcs8(&self) -> Vec<u8> {
        let document = match self {
            Self::Rsa(key) => key.to_pkcs8_der(),
            Self::RsaPss(key, params) => return rsa_pss::private_to_pkcs8(key, *params),
            Self::P256(key) => key.to_pkcs8_der(),
            Self::P384(key) => key.to_pkcs8_der(),
            Self::Ed25519(key) => key.to_pkcs8_der(),
            Self::X25519(key) => {
                let inner = OctetStringRef::new(key.as_bytes()).and_then(|s| s.to_der()).expect("32 bytes encode");
                let algorithm = AlgorithmIdentifierRef { oid: X25519_OID, parameters: None };
                return PrivateKeyInfo::new(algorithm, &inner).to_der().expect("a key info encodes");
            }
        };
        document.expect("a parsed key encodes").as_bytes().to_vec()
    }

    pub(super) fn public(&self) -> Public {
        match self {
            Self::Rsa(key) => Public::Rsa(key.to_public_key()),
            Self::RsaPss(key, params) => Public::RsaPss(key.to_public_key(), *params),
            Self::P256(key) => Public::P256(key.public_key()),
            Self::P384(key) => Public::P384(key.public_key()),
            Self::Ed25519(key) => Public::Ed25519(key.verifying_key()),
            Self::X25519(key) => Public::X25519(key.into()),
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
        if let Ok(key) = p256::PublicKey::from_public_key_der(der) {
            return Ok(Self::P256(key));
        }
        if let Ok(key) = p384::PublicKey::from_public_key_der(der) {
            return Ok(Self::P384(key));
        }
        if let Ok(key) = ed25519_dalek::VerifyingKey::from_public_key_der(der) {
            return Ok(Self::Ed25519(key));
        }
        x25519_public(der).map(Self::X25519).ok_or(UNSUPPORTED)
    }

    pub(super) fn to_spki(&self) -> Vec<u8> {
        let document = match self {
            Self::Rsa(key) => key.to_public_key_der(),
            Self::RsaPss(key, params) => return rsa_pss::public_to_spki(key, *params),
            Self::P256(key) => key.to_public_key_der(),
            Self::P384(key) => key.to_public_key_der(),
            Self::Ed25519(key) => key.to_public_key_der(),
            Self::X25519(key) => {
                let algorithm = AlgorithmIdentifierRef { oid: X25519_OID, parameters: None };
                let subject_public_key = BitStringRef::from_bytes(key.as_bytes()).expect("32 bytes");
                return SubjectPublicKeyInfoRef { algorithm, subject_public_key }.to_der().expect("a key info encodes");
            }
        };
        document.expect("a parsed key encodes").as_bytes().to_vec()
    }

    /// A SEC1 point on the curve OpenSSL calls `curve`.
    pub(super) fn ec(curve: &str, point: &[u8]) -> Option<Self> {
        match curve {
            "prime256v1" => p256::PublicKey::from_sec1_bytes(point).ok().map(Self::P256),
            "secp384r1" => p384::PublicKey::from_sec1_bytes(point).ok().map(Self::P384),
            _ => None,
        }
    }

    /// An EC key's point in SEC1 form, compressed or not.
    pub(super) fn sec1_point(&self, compressed: bool) -> Option<Vec<u8>> {
        match self {
            Self::P256(key) => Some(key.to_encoded_point(compressed).as_bytes().to_vec()),
            Self::P384(key) => Some(key.to_encoded_point(compressed).as_bytes().to_vec()),
            _ => None,
        }
    }

    /// Node's `asymmetricKeyType`.
    fn key_type(&self) -> &'static str {
        match self {
            Self::Rsa(_) => "rsa",
            Self::RsaPss(..) => "rsa-pss",
            Self::P256(_) | Self::P384(_) => "ec",
            Self::Ed25519(_) => "ed25519",
            Self::X25519(_) => "x25519",
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
        Key::Public(_) if want_private => Err(UNSUPPORTED),
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
            (Ok(Private::P256(key)), "sec1") => Some(("EC PRIVATE KEY", sec1_with_curve(&key.to_bytes(), &der))),
            (Ok(Private::P384(key)), "sec1") => Some(("EC PRIVATE KEY", sec1_with_curve(&key.to_bytes(), &der))),
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
        Ok(Public::P256(_)) => details.set("namedCurve", "prime256v1")?,
        Ok(Public::P384(_)) => details.set("namedCurve", "secp384r1")?,
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
        Some(Public::P256(key)) => {
            let point = key.to_encoded_point(false);
            set_bytes(&ctx, &jwk, "x", point.x().expect("uncompressed"))?;
            set_bytes(&ctx, &jwk, "y", point.y().expect("uncompressed"))?;
        }
        Some(Public::P384(key)) => {
            let point = key.to_encoded_point(false);
            set_bytes(&ctx, &jwk, "x", point.x().expect("uncompressed"))?;
            set_bytes(&ctx, &jwk, "y", point.y().expect("uncompressed"))?;
        }
        Some(Public::Ed25519(key)) => set_bytes(&ctx, &jwk, "x", key.as_bytes())?,
        Some(Public::X25519(key)) => set_bytes(&ctx, &jwk, "x", key.as_bytes())?,
        // JWK has no RSA-PSS keys: js-lib refuses them before asking.
        Some(Public::RsaPss(..)) | None => {}
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
        Some(Private::P256(key)) => set_bytes(&ctx, &jwk, "d", &key.to_bytes())?,
        Some(Private::P384(key)) => set_bytes(&ctx, &jwk, "d", &key.to_bytes())?,
        Some(Private::Ed25519(key)) => set_bytes(&ctx, &jwk, "d", key.as_bytes())?,
        Some(Private::X25519(key)) => set_bytes(&ctx, &jwk, "d", key.as_bytes())?,
        Some(Private::RsaPss(..)) | None => {}
    }
    Ok(jwk)
}

fn member(jwk: &Object<'_>, name: &str) -> Option<Vec<u8>> {
    jwk.get::<_, Option<TypedArray<'_, u8>>>(name).ok().flatten().map(|bytes| bytes_of(&bytes))
}

/// An EC public key from its JWK coordinates, with the curve crate `$curve`.
macro_rules! ec_point {
    ($curve:ident, $jwk:expr) => {{
        match (member($jwk, "x"), member($jwk, "y")) {
            (Some(x), Some(y)) if x.len() == y.len() && x.len() == $curve::FieldBytes::default().len() => {
                let point = $curve::EncodedPoint::from_affine_coordinates(
                    $curve::FieldBytes::from_slice(&x),
                    $curve::FieldBytes::from_slice(&y),
                    false,
                );
                $curve::PublicKey::from_sec1_bytes(point.as_bytes()).ok()
            }
            _ => None,
        }
    }};
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
        "P-256" => match &private {
            Some(d) => p256::SecretKey::from_slice(d).ok().map(|k| Key::Private(Private::P256(k))),
            None => ec_point!(p256, &jwk).map(|k| Key::Public(Public::P256(k))),
        },
        "P-384" => match &private {
            Some(d) => p384::SecretKey::from_slice(d).ok().map(|k| Key::Private(Private::P384(k))),
            None => ec_point!(p384, &jwk).map(|k| Key::Public(Public::P384(k))),
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
    let mut rng = HostRng;
    let mut rsa = || RsaPrivateKey::new_with_exp(&mut rng, size.unwrap_or(2048), &BigUint::from(exponent.unwrap_or(65537))).ok();
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
        ("ec", Some("prime256v1" | "P-256")) => Some(Private::P256(p256::SecretKey::random(&mut HostRng))),
        ("ec", Some("secp384r1" | "P-384")) => Some(Private::P384(p384::SecretKey::random(&mut HostRng))),
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

/// How a signature is made beyond the key: the digest (none for Ed25519), RSA's padding
/// (1 PKCS#1 v1.5, 6 PSS) and PSS salt length (-1 the digest's, -2 the most that fits,
/// or when verifying whatever the signature used), and ECDSA's encoding (DER or r||s).
struct Scheme {
    digest: Option<String>,
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
        if self.digest.as_deref().is_some_and(|digest| digest != params.hash) {
            return Err("digest not allowed");
        }
        if params.mgf1_hash != params.hash {
            return Err("unsupported MGF1 digest");
        }
        if self.salt_given && self.salt_length >= 0 && self.salt_length < i64::from(params.salt_length) {
            return Err("pss saltlen too small");
        }
        let salt_length = if self.salt_given { self.salt_length } else { i64::from(params.salt_length) };
        Ok(Self { digest: Some(params.hash.to_owned()), pss: true, salt_length, ..self })
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
        return with_rsa_digest!(name, |D| key
            .sign_with_rng(&mut rng, rsa::Pss::new_with_salt::<D>(salt), &hashed)
            .map_err(|_| "data too large for key size"));
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
    let most = max_salt(key.n().bits(), hashed.len());
    let lengths: Vec<usize> = match scheme.salt_length {
        -1 => vec![hashed.len()],
        // Any length: the usual ones first.
        length if length < 0 => [hashed.len(), most].into_iter().chain(0..=most).collect(),
        length => vec![length as usize],
    };
    with_rsa_digest!(name, |D| Ok(lengths.iter().any(|&salt| key.verify(rsa::Pss::new_with_salt::<D>(salt), &hashed, signature).is_ok())))
}

/// ECDSA with the curve crate `$curve` (p256, p384): a signature in DER or r||s.
macro_rules! ecdsa_sign {
    ($curve:ident, $key:expr, $scheme:expr, $data:expr) => {{
        let signing = $curve::ecdsa::SigningKey::from($key);
        $scheme.hashed($data).and_then(|hashed| {
            let signature: $curve::ecdsa::Signature = signing.sign_prehash(&hashed).map_err(|_| "sign failed")?;
            Ok(if $scheme.p1363 { signature.to_bytes().to_vec() } else { signature.to_der().as_bytes().to_vec() })
        })
    }};
}

/// Whether an ECDSA signature (DER or r||s) is the key's, with the curve crate `$curve`.
macro_rules! ecdsa_verify {
    ($curve:ident, $key:expr, $scheme:expr, $data:expr, $signature:expr) => {{
        let verifying = $curve::ecdsa::VerifyingKey::from($key);
        let parsed =
            if $scheme.p1363 { $curve::ecdsa::Signature::from_slice($signature) } else { $curve::ecdsa::Signature::from_der($signature) };
        $scheme.hashed($data).map(|hashed| parsed.is_ok_and(|parsed| verifying.verify_prehash(&hashed, &parsed).is_ok()))
    }};
}

/// A signature of `data` by a private key (PKCS#8 DER), or OpenSSL's reason it failed.
fn sign<'js>(ctx: Ctx<'js>, der: TypedArray<'js, u8>, data: TypedArray<'js, u8>, options: Object<'js>) -> rquickjs::Result<Value<'js>> {
    let scheme = Scheme::from(&options);
    let data = bytes_of(&data);
    let signed = match Private::from_pkcs8(&bytes_of(&der)) {
        Ok(Private::Rsa(key)) => rsa_sign(&key, &scheme, &data),
        Ok(Private::RsaPss(key, params)) => scheme.for_rsa_pss(&params).and_then(|scheme| rsa_sign(&key, &scheme, &data)),
        Ok(Private::P256(key)) => ecdsa_sign!(p256, &key, scheme, &data),
        Ok(Private::P384(key)) => ecdsa_sign!(p384, &key, scheme, &data),
        Ok(Private::Ed25519(key)) => Ok(key.sign(&data).to_bytes().to_vec()),
        Ok(Private::X25519(_)) | Err(_) => Err("operation not supported for this keytype"),
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
        Ok(Public::P256(key)) => ecdsa_verify!(p256, &key, scheme, &data, &signature),
        Ok(Public::P384(key)) => ecdsa_verify!(p384, &key, scheme, &data, &signature),
        Ok(Public::Ed25519(key)) => Ok(ed25519_dalek::Signature::from_slice(&signature).is_ok_and(|s| key.verify(&data, &s).is_ok())),
        Ok(Public::X25519(_)) | Err(_) => Err("operation not supported for this keytype"),
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
        (Ok(Private::P256(a)), Ok(Public::P256(b))) => {
            Some(p256::ecdh::diffie_hellman(a.to_nonzero_scalar(), b.as_affine()).raw_secret_bytes().to_vec())
        }
        (Ok(Private::P384(a)), Ok(Public::P384(b))) => {
            Some(p384::ecdh::diffie_hellman(a.to_nonzero_scalar(), b.as_affine()).raw_secret_bytes().to_vec())
        }
        (Ok(Private::X25519(a)), Ok(Public::X25519(b))) => Some(a.diffie_hellman(&b).as_bytes().to_vec()),
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
    binding.set("sign", Function::new(ctx.clone(), sign)?)?;
    binding.set("verify", Function::new(ctx.clone(), verify)?)?;
    binding.set("diffieHellman", Function::new(ctx.clone(), diffie_hellman)?)?;
    Ok(())
}
