//! RSA encryption for `publicEncrypt`/`privateDecrypt` (OAEP, PKCS#1 v1.5, none) and
//! `privateEncrypt`/`publicDecrypt` (PKCS#1 v1.5 type 1, none), with OpenSSL's reasons
//! for failures.

use rquickjs::{ArrayBuffer, Ctx, Function, Object, TypedArray, Value};
use rsa::traits::PublicKeyParts;
use rsa::{BigUint, Oaep, Pkcs1v15Encrypt, Pkcs1v15Sign, RsaPrivateKey, RsaPublicKey};

use super::bytes_of;
use super::digests::{canonical, with_rsa_digest};
use super::keys::{Failure, HostRng, Private, Public};

const PKCS1: i32 = 1;
const NONE: i32 = 3;
const OAEP: i32 = 4;

/// How the data is padded: OpenSSL's padding number, and OAEP's digest and label.
struct Padding {
    kind: i32,
    oaep_hash: String,
    oaep_label: Option<Vec<u8>>,
}

impl Padding {
    fn oaep(&self) -> Result<Oaep, Failure> {
        let label = match &self.oaep_label {
            Some(bytes) => Some(String::from_utf8(bytes.clone()).map_err(|_| "oaep decoding error")?),
            None => None,
        };
        let mut oaep = with_rsa_digest!(canonical(&self.oaep_hash), |D| Ok(Oaep::new::<D>()))?;
        oaep.label = label;
        Ok(oaep)
    }
}

/// The key's size in bytes and `data` as a number below its modulus, for no padding.
fn raw_input(key: &RsaPublicKey, data: &[u8]) -> Result<BigUint, Failure> {
    let size = key.size();
    if data.len() < size {
        return Err("data too small for key size");
    }
    let value = BigUint::from_bytes_be(data);
    if data.len() > size || &value >= key.n() {
        return Err("data too large for key size");
    }
    Ok(value)
}

fn left_padded(value: &BigUint, size: usize) -> Vec<u8> {
    let bytes = value.to_bytes_be();
    let mut out = vec![0; size.saturating_sub(bytes.len())];
    out.extend_from_slice(&bytes);
    out
}

fn public_encrypt(key: &RsaPublicKey, padding: &Padding, data: &[u8]) -> Result<Vec<u8>, Failure> {
    let mut rng = HostRng;
    match padding.kind {
        OAEP => key.encrypt(&mut rng, padding.oaep()?, data).map_err(|_| "data too large for key size"),
        PKCS1 => key.encrypt(&mut rng, Pkcs1v15Encrypt, data).map_err(|_| "data too large for key size"),
        NONE => {
            let value = raw_input(key, data)?;
            let encrypted = rsa::hazmat::rsa_encrypt(key, &value).map_err(|_| "data too large for key size")?;
            Ok(left_padded(&encrypted, key.size()))
        }
        _ => Err("unknown padding type"),
    }
}

fn private_decrypt(key: &RsaPrivateKey, padding: &Padding, data: &[u8]) -> Result<Vec<u8>, Failure> {
    let mut rng = HostRng;
    match padding.kind {
        OAEP => key.decrypt(padding.oaep()?, data).map_err(|_| "oaep decoding error"),
        NONE => {
            let value = raw_input(&key.to_public_key(), data)?;
            let decrypted = rsa::hazmat::rsa_decrypt_and_check(key, Some(&mut rng), &value).map_err(|_| "data too large for key size")?;
            Ok(left_padded(&decrypted, key.size()))
        }
        _ => Err("unknown padding type"),
    }
}

fn private_encrypt(key: &RsaPrivateKey, padding: &Padding, data: &[u8]) -> Result<Vec<u8>, Failure> {
    let mut rng = HostRng;
    match padding.kind {
        PKCS1 => key.sign_with_rng(&mut rng, Pkcs1v15Sign::new_unprefixed(), data).map_err(|_| "data too large for key size"),
        NONE => {
            let value = raw_input(&key.to_public_key(), data)?;
            let encrypted = rsa::hazmat::rsa_decrypt_and_check(key, Some(&mut rng), &value).map_err(|_| "data too large for key size")?;
            Ok(left_padded(&encrypted, key.size()))
        }
        _ => Err("unknown padding type"),
    }
}

/// The raw public operation, then PKCS#1 type 1 padding (00 01 FF.. 00) taken off.
fn public_decrypt(key: &RsaPublicKey, padding: &Padding, data: &[u8]) -> Result<Vec<u8>, Failure> {
    let value = raw_input(key, data)?;
    let block = left_padded(&rsa::hazmat::rsa_encrypt(key, &value).map_err(|_| "data too large for key size")?, key.size());
    match padding.kind {
        NONE => Ok(block),
        PKCS1 => {
            if block.len() < 11 || block[0] != 0 || block[1] != 1 {
                return Err("block type is not 01");
            }
            let separator = block[2..].iter().position(|&b| b != 0xff).map(|at| at + 2).ok_or("null before block missing")?;
            if block[separator] != 0 || separator < 10 {
                return Err("bad fixed header decryption");
            }
            Ok(block[separator + 1..].to_vec())
        }
        _ => Err("unknown padding type"),
    }
}

/// `operation` (`publicEncrypt`, `privateDecrypt`, `privateEncrypt`, `publicDecrypt`) with
/// an RSA key given as PKCS#8 (`private`) or SPKI DER: the output, or OpenSSL's reason.
fn rsa_cipher<'js>(
    ctx: Ctx<'js>,
    operation: String,
    der: TypedArray<'js, u8>,
    private: bool,
    data: TypedArray<'js, u8>,
    options: Object<'js>,
) -> rquickjs::Result<Value<'js>> {
    let padding = Padding {
        kind: options.get::<_, i32>("padding")?,
        oaep_hash: options.get::<_, Option<String>>("oaepHash")?.unwrap_or_else(|| "sha1".into()).to_lowercase(),
        oaep_label: options.get::<_, Option<TypedArray<'js, u8>>>("oaepLabel")?.map(|label| bytes_of(&label)),
    };
    let der = bytes_of(&der);
    let data = bytes_of(&data);
    let (private_key, public_key) = if private {
        match Private::from_pkcs8(&der) {
            Ok(Private::Rsa(key)) => {
                let public = key.to_public_key();
                (Some(key), Some(public))
            }
            _ => (None, None),
        }
    } else {
        match Public::from_spki(&der) {
            Ok(Public::Rsa(key)) => (None, Some(key)),
            _ => (None, None),
        }
    };
    let result = match (operation.as_str(), &private_key, &public_key) {
        ("publicEncrypt", _, Some(key)) => public_encrypt(key, &padding, &data),
        ("publicDecrypt", _, Some(key)) => public_decrypt(key, &padding, &data),
        ("privateDecrypt", Some(key), _) => private_decrypt(key, &padding, &data),
        ("privateEncrypt", Some(key), _) => private_encrypt(key, &padding, &data),
        _ => Err("operation not supported for this keytype"),
    };
    match result {
        Ok(out) => Ok(ArrayBuffer::new(ctx, out)?.into_value()),
        Err(reason) => Ok(rquickjs::String::from_str(ctx, reason)?.into_value()),
    }
}

pub fn register<'js>(ctx: &Ctx<'js>, binding: &Object<'js>) -> rquickjs::Result<()> {
    binding.set("rsaCipher", Function::new(ctx.clone(), rsa_cipher)?)?;
    Ok(())
}
