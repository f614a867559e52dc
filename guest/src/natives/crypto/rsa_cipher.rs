//! RSA encryption for `publicEncrypt`/`privateDecrypt` (OAEP, PKCS#1 v1.5, none) and
//! `privateEncrypt`/`publicDecrypt` (PKCS#1 v1.5 type 1, none), with OpenSSL's reasons
//! for failures.

use rquickjs::{ArrayBuffer, Ctx, Function, Object, TypedArray, Value};
use rsa::traits::PublicKeyParts;
use rsa::{BigUint, Pkcs1v15Encrypt, Pkcs1v15Sign, RsaPrivateKey, RsaPublicKey};

use super::bytes_of;
use super::digests::{canonical, digest, mgf1};
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

pub(super) fn xor_into(target: &mut [u8], mask: &[u8]) {
    target.iter_mut().zip(mask).for_each(|(byte, m)| *byte ^= m);
}

/// OAEP (RFC 8017 7.1) with the digest for both the label and MGF1, and a label of any
/// bytes (the rsa crate's takes only UTF-8 labels).
impl Padding {
    fn oaep_hash(&self) -> Result<(&str, usize), Failure> {
        let hash = canonical(&self.oaep_hash);
        digest(hash, b"").map(|empty| (hash, empty.len())).ok_or("invalid digest")
    }

    fn oaep_encode(&self, size: usize, message: &[u8]) -> Result<Vec<u8>, Failure> {
        let (hash, length) = self.oaep_hash()?;
        if size < 2 * length + 2 || message.len() > size - 2 * length - 2 {
            return Err("data too large for key size");
        }
        let label_hash = digest(hash, self.oaep_label.as_deref().unwrap_or_default()).expect("a known digest");
        let mut block = vec![0u8; size - length - 1];
        block[..length].copy_from_slice(&label_hash);
        block[size - length - 2 - message.len()] = 1;
        block[size - length - 1 - message.len()..].copy_from_slice(message);
        let mut seed = vec![0u8; length];
        rand_core::RngCore::fill_bytes(&mut HostRng, &mut seed);
        xor_into(&mut block, &mgf1(hash, &seed, size - length - 1));
        xor_into(&mut seed, &mgf1(hash, &block, length));
        Ok([&[0u8][..], &seed, &block].concat())
    }

    fn oaep_decode(&self, encoded: &[u8]) -> Result<Vec<u8>, Failure> {
        let (hash, length) = self.oaep_hash()?;
        if encoded.len() < 2 * length + 2 {
            return Err("oaep decoding error");
        }
        let (mut seed, mut block) = (encoded[1..1 + length].to_vec(), encoded[1 + length..].to_vec());
        xor_into(&mut seed, &mgf1(hash, &block, length));
        let mask = mgf1(hash, &seed, block.len());
        xor_into(&mut block, &mask);
        let label_hash = digest(hash, self.oaep_label.as_deref().unwrap_or_default()).expect("a known digest");
        // Every check is made before any is judged, so the time taken tells nothing of which failed.
        let mut bad = encoded[0] != 0;
        bad |= block[..length] != label_hash[..];
        let separator = block[length..].iter().position(|&byte| byte != 0).map(|at| at + length);
        bad |= separator.is_none_or(|at| block[at] != 1);
        match separator {
            Some(at) if !bad => Ok(block[at + 1..].to_vec()),
            _ => Err("oaep decoding error"),
        }
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

/// An integer's big-endian bytes, zeros in front up to `size`.
pub(super) fn left_padded(value: &BigUint, size: usize) -> Vec<u8> {
    let bytes = value.to_bytes_be();
    let mut out = vec![0; size.saturating_sub(bytes.len())];
    out.extend_from_slice(&bytes);
    out
}

fn public_encrypt(key: &RsaPublicKey, padding: &Padding, data: &[u8]) -> Result<Vec<u8>, Failure> {
    let mut rng = HostRng;
    match padding.kind {
        OAEP => {
            let encoded = padding.oaep_encode(key.size(), data)?;
            let encrypted = rsa::hazmat::rsa_encrypt(key, &BigUint::from_bytes_be(&encoded)).map_err(|_| "data too large for key size")?;
            Ok(left_padded(&encrypted, key.size()))
        }
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
        OAEP => {
            let value = raw_input(&key.to_public_key(), data).map_err(|_| "oaep decoding error")?;
            let decrypted = rsa::hazmat::rsa_decrypt_and_check(key, Some(&mut rng), &value).map_err(|_| "oaep decoding error")?;
            padding.oaep_decode(&left_padded(&decrypted, key.size()))
        }
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
