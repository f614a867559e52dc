//! Triple-DES key wrap (`des3-wrap`, `id-smime-alg-cms3deswrap`, RFC 3217) over the
//! `des` crate, as OpenSSL's: each `update` wraps or unwraps all it is given (a whole
//! number of 8-byte blocks), and `final` adds nothing. Wrapping is randomized (a fresh
//! IV inside the result), so only an unwrap gives back what was wrapped.

use aes::cipher::{BlockDecryptMut, BlockEncryptMut, KeyIvInit, block_padding::NoPadding};
use des::TdesEde3;
use sha1::{Digest, Sha1};

use super::cipher::Running;

const BLOCK: usize = 8;
/// RFC 3217's IV for the outer encryption.
const OUTER_IV: [u8; BLOCK] = [0x4a, 0xdd, 0xa2, 0x2c, 0x79, 0xe8, 0x21, 0x05];

pub(super) struct Des3Wrap {
    pub(super) key: Vec<u8>,
    pub(super) decrypt: bool,
}

/// The CMS key checksum: the first 8 bytes of the key's SHA-1.
fn checksum(key: &[u8]) -> [u8; BLOCK] {
    Sha1::digest(key)[..BLOCK].try_into().expect("8 bytes")
}

impl Des3Wrap {
    fn cbc_encrypt(&self, iv: &[u8; BLOCK], data: &[u8]) -> Option<Vec<u8>> {
        let cipher = cbc::Encryptor::<TdesEde3>::new_from_slices(&self.key, iv).ok()?;
        Some(cipher.encrypt_padded_vec_mut::<NoPadding>(data))
    }

    fn cbc_decrypt(&self, iv: &[u8; BLOCK], data: &[u8]) -> Option<Vec<u8>> {
        let cipher = cbc::Decryptor::<TdesEde3>::new_from_slices(&self.key, iv).ok()?;
        cipher.decrypt_padded_vec_mut::<NoPadding>(data).ok()
    }

    fn wrap(&self, key: &[u8]) -> Option<Vec<u8>> {
        let mut iv = [0u8; BLOCK];
        getrandom::fill(&mut iv).ok()?;
        let inner = self.cbc_encrypt(&iv, &[key, &checksum(key)].concat())?;
        let mut reversed = [&iv[..], &inner].concat();
        reversed.reverse();
        self.cbc_encrypt(&OUTER_IV, &reversed)
    }

    fn unwrap(&self, wrapped: &[u8]) -> Option<Vec<u8>> {
        if wrapped.len() < 3 * BLOCK {
            return None;
        }
        let mut reversed = self.cbc_decrypt(&OUTER_IV, wrapped)?;
        reversed.reverse();
        let (iv, inner) = reversed.split_at(BLOCK);
        let mut key = self.cbc_decrypt(iv.try_into().ok()?, inner)?;
        let sum = key.split_off(key.len() - BLOCK);
        (sum == checksum(&key)).then_some(key)
    }
}

impl Running for Des3Wrap {
    fn update(&mut self, data: &[u8]) -> Option<Vec<u8>> {
        // OpenSSL passes over an empty update, and takes only whole blocks.
        if data.is_empty() {
            return Some(Vec::new());
        }
        if !data.len().is_multiple_of(BLOCK) {
            return None;
        }
        if self.decrypt { self.unwrap(data) } else { self.wrap(data) }
    }

    fn finish(&mut self, _: bool, _: Option<&[u8]>) -> Result<(Vec<u8>, Option<Vec<u8>>), &'static str> {
        Ok((Vec::new(), None))
    }
}
