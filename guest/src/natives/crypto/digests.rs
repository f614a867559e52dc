//! The digest algorithms by the names Node gives them (lowercased by js-lib), shared by
//! hashes, HMACs, the key derivations and signatures.

use sha2::digest::{DynDigest, ExtendableOutput, Update};

/// Runs `$body` with `$D` the digest named `$name` and `$M` its HMAC, or gives `None` for
/// an unknown name. BLAKE2's cores buffer lazily, so they take the plain HMAC construction.
macro_rules! with_digest {
    ($name:expr, |$D:ident, $M:ident| $body:expr) => {
        match $name {
            "md5" => with_digest!(@run md5::Md5, Hmac, $D, $M, $body),
            "sha1" => with_digest!(@run sha1::Sha1, Hmac, $D, $M, $body),
            "sha224" => with_digest!(@run sha2::Sha224, Hmac, $D, $M, $body),
            "sha256" => with_digest!(@run sha2::Sha256, Hmac, $D, $M, $body),
            "sha384" => with_digest!(@run sha2::Sha384, Hmac, $D, $M, $body),
            "sha512" => with_digest!(@run sha2::Sha512, Hmac, $D, $M, $body),
            "sha512-224" => with_digest!(@run sha2::Sha512_224, Hmac, $D, $M, $body),
            "sha512-256" => with_digest!(@run sha2::Sha512_256, Hmac, $D, $M, $body),
            "sha3-224" => with_digest!(@run sha3::Sha3_224, Hmac, $D, $M, $body),
            "sha3-256" => with_digest!(@run sha3::Sha3_256, Hmac, $D, $M, $body),
            "sha3-384" => with_digest!(@run sha3::Sha3_384, Hmac, $D, $M, $body),
            "sha3-512" => with_digest!(@run sha3::Sha3_512, Hmac, $D, $M, $body),
            "blake2b512" => with_digest!(@run blake2::Blake2b512, SimpleHmac, $D, $M, $body),
            "blake2s256" => with_digest!(@run blake2::Blake2s256, SimpleHmac, $D, $M, $body),
            _ => None,
        }
    };
    (@run $digest:ty, $mac:ident, $D:ident, $M:ident, $body:expr) => {{
        #[allow(dead_code)]
        type $D = $digest;
        #[allow(dead_code)]
        type $M = hmac::$mac<$digest>;
        Some($body)
    }};
}
pub(crate) use with_digest;

/// Runs `$body` with `$D` the digest RSA signs under `$name` (one that has an OID).
macro_rules! with_rsa_digest {
    ($name:expr, |$D:ident| $body:expr) => {
        match $name {
            "md5" => with_rsa_digest!(@run md5::Md5, $D, $body),
            "sha1" => with_rsa_digest!(@run sha1::Sha1, $D, $body),
            "sha224" => with_rsa_digest!(@run sha2::Sha224, $D, $body),
            "sha256" => with_rsa_digest!(@run sha2::Sha256, $D, $body),
            "sha384" => with_rsa_digest!(@run sha2::Sha384, $D, $body),
            "sha512" => with_rsa_digest!(@run sha2::Sha512, $D, $body),
            "sha3-256" => with_rsa_digest!(@run sha3::Sha3_256, $D, $body),
            "sha3-384" => with_rsa_digest!(@run sha3::Sha3_384, $D, $body),
            "sha3-512" => with_rsa_digest!(@run sha3::Sha3_512, $D, $body),
            _ => Err("invalid digest"),
        }
    };
    (@run $digest:ty, $D:ident, $body:expr) => {{
        type $D = $digest;
        $body
    }};
}
pub(crate) use with_rsa_digest;

/// The names `createHash` takes, as `getHashes` lists them (Node's spelling and order).
pub const HASHES: &[&str] = &[
    "RSA-MD5",
    "RSA-SHA1",
    "RSA-SHA224",
    "RSA-SHA256",
    "RSA-SHA3-224",
    "RSA-SHA3-256",
    "RSA-SHA3-384",
    "RSA-SHA3-512",
    "RSA-SHA384",
    "RSA-SHA512",
    "RSA-SHA512/224",
    "RSA-SHA512/256",
    "blake2b512",
    "blake2s256",
    "md5",
    "md5WithRSAEncryption",
    "sha1",
    "sha1WithRSAEncryption",
    "sha224",
    "sha224WithRSAEncryption",
    "sha256",
    "sha256WithRSAEncryption",
    "sha3-224",
    "sha3-256",
    "sha3-384",
    "sha3-512",
    "sha384",
    "sha384WithRSAEncryption",
    "sha512",
    "sha512-224",
    "sha512-224WithRSAEncryption",
    "sha512-256",
    "sha512-256WithRSAEncryption",
    "sha512WithRSAEncryption",
    "shake128",
    "shake256",
];

/// The canonical name for one of Node's spellings (lowercased), e.g. `rsa-sha256` or
/// `sha256withrsaencryption` for `sha256`.
pub fn canonical(name: &str) -> &str {
    let name = name.strip_prefix("rsa-").unwrap_or(name);
    let name = name.strip_suffix("withrsaencryption").unwrap_or(name);
    match name {
        // DSS1 is OpenSSL's old name of SHA-1 for DSA signatures.
        "sha-1" | "dss1" => "sha1",
        "sha-224" => "sha224",
        "sha-256" => "sha256",
        "sha-384" => "sha384",
        "sha-512" => "sha512",
        "sha512/224" => "sha512-224",
        "sha512/256" => "sha512-256",
        other => other,
    }
}

/// A running extendable-output function (SHAKE), read to the length asked at the end.
pub trait Xof {
    fn update(&mut self, data: &[u8]);
    fn finish(self: Box<Self>, length: usize) -> Vec<u8>;
    fn duplicate(&self) -> Box<dyn Xof>;
}

impl<X: Update + ExtendableOutput + Clone + 'static> Xof for X {
    fn update(&mut self, data: &[u8]) {
        Update::update(self, data);
    }
    fn finish(self: Box<Self>, length: usize) -> Vec<u8> {
        let mut out = vec![0; length];
        (*self).finalize_xof_into(&mut out);
        out
    }
    fn duplicate(&self) -> Box<dyn Xof> {
        Box::new(self.clone())
    }
}

/// A SHAKE function and its default output length in bytes (Node's, the security level's).
pub fn new_xof(name: &str) -> Option<(Box<dyn Xof>, usize)> {
    match name {
        "shake128" => Some((Box::new(sha3::Shake128::default()), 16)),
        "shake256" => Some((Box::new(sha3::Shake256::default()), 32)),
        _ => None,
    }
}

pub fn new_hash(name: &str) -> Option<Box<dyn DynDigest>> {
    with_digest!(canonical(name), |D, M| Box::new(D::default()) as Box<dyn DynDigest>)
}

/// The digest of `data` in one go.
pub fn digest(name: &str, data: &[u8]) -> Option<Vec<u8>> {
    let mut hash = new_hash(name)?;
    hash.update(data);
    Some(hash.finalize().to_vec())
}

/// MGF1 (RFC 8017 B.2.1) with the digest `hash`: `length` bytes from `seed`.
pub fn mgf1(hash: &str, seed: &[u8], length: usize) -> Vec<u8> {
    let mut mask = Vec::with_capacity(length);
    let mut counter = 0u32;
    while mask.len() < length {
        let block = digest(hash, &[seed, &counter.to_be_bytes()].concat()).expect("a known digest");
        mask.extend_from_slice(&block);
        counter += 1;
    }
    mask.truncate(length);
    mask
}
