//! Private keys under a passphrase, as OpenSSL writes them: PKCS#8's PBES2 (PBKDF2 with
//! HMAC-SHA-256 and AES-CBC, OpenSSL 3's choice) and the older PEM encryption of PKCS#1
//! and SEC1 keys (`Proc-Type: 4,ENCRYPTED`, `DEK-Info: AES-256-CBC,<iv>`, the key from
//! MD5 as EVP_BytesToKey makes it).

use aes::cipher::{BlockDecryptMut as _, BlockEncryptMut as _, KeyIvInit as _, block_padding::Pkcs7};
use md5::Digest as _;
use pkcs8::der::Decode as _;
use pkcs8::{EncryptedPrivateKeyInfo, PrivateKeyInfo};

use super::keys::{Failure, HostRng};

/// OpenSSL 3's PBKDF2 iterations for an encrypted PKCS#8 key.
const PBKDF2_ITERATIONS: u32 = 2048;

fn random<const N: usize>() -> [u8; N] {
    let mut bytes = [0; N];
    rand_core::RngCore::fill_bytes(&mut HostRng, &mut bytes);
    bytes
}

/// The PKCS#8 DER inside an `EncryptedPrivateKeyInfo`; None when `der` is not one.
pub fn decrypt_pkcs8(der: &[u8], passphrase: Option<&[u8]>) -> Option<Result<Vec<u8>, Failure>> {
    let encrypted = EncryptedPrivateKeyInfo::from_der(der).ok()?;
    let Some(passphrase) = passphrase else { return Some(Err("interrupted or cancelled")) };
    Some(encrypted.decrypt(passphrase).map(|document| document.as_bytes().to_vec()).map_err(|_| "bad decrypt"))
}

/// A PKCS#8 key encrypted with `cipher` (`aes-128-cbc` or `aes-256-cbc`).
pub fn encrypt_pkcs8(der: &[u8], passphrase: &[u8], cipher: &str) -> Result<Vec<u8>, Failure> {
    let info = PrivateKeyInfo::from_der(der).map_err(|_| "unsupported")?;
    let (salt, iv) = (random::<16>(), random::<16>());
    let params = match cipher {
        "aes-128-cbc" => pkcs5::pbes2::Parameters::pbkdf2_sha256_aes128cbc(PBKDF2_ITERATIONS, &salt, &iv),
        "aes-256-cbc" => pkcs5::pbes2::Parameters::pbkdf2_sha256_aes256cbc(PBKDF2_ITERATIONS, &salt, &iv),
        _ => return Err("unknown cipher"),
    }
    .map_err(|_| "unknown cipher")?;
    let document = info.encrypt_with_params(params, passphrase).map_err(|_| "unknown cipher")?;
    Ok(document.as_bytes().to_vec())
}

/// EVP_BytesToKey with MD5 and one round: the legacy PEM key from a passphrase and the
/// IV's first 8 bytes.
fn bytes_to_key(passphrase: &[u8], salt: &[u8], length: usize) -> Vec<u8> {
    let mut key = Vec::with_capacity(length + 16);
    let mut previous: Vec<u8> = Vec::new();
    while key.len() < length {
        let mut md5 = md5::Md5::new();
        md5.update(&previous);
        md5.update(passphrase);
        md5.update(salt);
        previous = md5.finalize().to_vec();
        key.extend_from_slice(&previous);
    }
    key.truncate(length);
    key
}

fn aes_key_length(cipher: &str) -> Option<usize> {
    match cipher {
        "aes-128-cbc" => Some(16),
        "aes-192-cbc" => Some(24),
        "aes-256-cbc" => Some(32),
        _ => None,
    }
}

/// The DER of a legacy-encrypted PEM body, from its `DEK-Info` header (`AES-256-CBC,<iv hex>`).
pub fn decrypt_legacy(dek_info: &str, body: &[u8], passphrase: Option<&[u8]>) -> Result<Vec<u8>, Failure> {
    let (cipher, iv_hex) = dek_info.split_once(',').ok_or("unsupported")?;
    let length = aes_key_length(&cipher.trim().to_lowercase()).ok_or("unsupported encryption")?;
    let iv = (0..iv_hex.trim().len() / 2)
        .map(|at| u8::from_str_radix(&iv_hex.trim()[at * 2..at * 2 + 2], 16))
        .collect::<Result<Vec<u8>, _>>()
        .map_err(|_| "unsupported")?;
    if iv.len() != 16 {
        return Err("unsupported");
    }
    let passphrase = passphrase.ok_or("interrupted or cancelled")?;
    let key = bytes_to_key(passphrase, &iv[..8], length);
    with_aes!(length, |C| cbc::Decryptor::<C>::new_from_slices(&key, &iv)
        .map_err(|_| "unsupported")?
        .decrypt_padded_vec_mut::<Pkcs7>(body)
        .map_err(|_| "bad decrypt"))
}

/// A legacy-encrypted PEM body and its `DEK-Info` header value.
pub fn encrypt_legacy(der: &[u8], passphrase: &[u8], cipher: &str) -> Result<(Vec<u8>, String), Failure> {
    let length = aes_key_length(cipher).ok_or("unknown cipher")?;
    let iv = random::<16>();
    let key = bytes_to_key(passphrase, &iv[..8], length);
    let body = with_aes!(length, |C| cbc::Encryptor::<C>::new_from_slices(&key, &iv)
        .map_err(|_| "unknown cipher")?
        .encrypt_padded_vec_mut::<Pkcs7>(der));
    let iv_hex: String = iv.iter().map(|b| format!("{b:02X}")).collect();
    Ok((body, format!("{},{iv_hex}", cipher.to_uppercase())))
}

/// The PEM of `der` under `label` (64 columns, as OpenSSL writes it), with the headers a
/// legacy encryption adds.
pub fn pem_with_headers(label: &str, headers: &[(&str, &str)], der: &[u8]) -> String {
    use base64::Engine as _;
    let encoded = base64::engine::general_purpose::STANDARD.encode(der);
    let mut text = format!("-----BEGIN {label}-----\n");
    for (name, value) in headers {
        text.push_str(&format!("{name}: {value}\n"));
    }
    if !headers.is_empty() {
        text.push('\n');
    }
    for line in encoded.as_bytes().chunks(64) {
        text.push_str(std::str::from_utf8(line).expect("base64 is ASCII"));
        text.push('\n');
    }
    text.push_str(&format!("-----END {label}-----\n"));
    text
}
