//! AES key wrap (`id-aes*-wrap`, RFC 3394) and key wrap with padding
//! (`id-aes*-wrap-pad`, RFC 5649) over the `aes` crate, as OpenSSL's wrap ciphers: each
//! `update` wraps or unwraps all it is given, with the IV Node passes (8 bytes, or the
//! 4 bytes that stand before the length when padding), and `final` adds nothing.

use aes::cipher::generic_array::GenericArray;
use aes::cipher::{BlockDecrypt, BlockEncrypt};

use super::cipher::Running;

const SEMIBLOCK: usize = 8;

pub(super) struct KeyWrap<C> {
    pub(super) cipher: C,
    pub(super) iv: Vec<u8>,
    pub(super) decrypt: bool,
    pub(super) padded: bool,
}

/// The first 8 bytes of AES(K, A | R) and its last 8 bytes.
fn encrypt_pair<C: BlockEncrypt>(cipher: &C, a: [u8; 8], r: &[u8]) -> ([u8; 8], [u8; 8]) {
    let mut block = GenericArray::clone_from_slice(&[&a[..], r].concat());
    cipher.encrypt_block(&mut block);
    (block[..8].try_into().expect("8 bytes"), block[8..].try_into().expect("8 bytes"))
}

fn decrypt_pair<C: BlockDecrypt>(cipher: &C, a: [u8; 8], r: &[u8]) -> ([u8; 8], [u8; 8]) {
    let mut block = GenericArray::clone_from_slice(&[&a[..], r].concat());
    cipher.decrypt_block(&mut block);
    (block[..8].try_into().expect("8 bytes"), block[8..].try_into().expect("8 bytes"))
}

fn xor_step(a: [u8; 8], t: u64) -> [u8; 8] {
    (u64::from_be_bytes(a) ^ t).to_be_bytes()
}

/// RFC 3394's W: `data` a whole number (at least two) of semiblocks.
fn wrap<C: BlockEncrypt>(cipher: &C, iv: [u8; 8], data: &[u8]) -> Vec<u8> {
    let n = data.len() / SEMIBLOCK;
    let mut a = iv;
    let mut r: Vec<u8> = data.to_vec();
    for j in 0..6 {
        for i in 0..n {
            let (high, low) = encrypt_pair(cipher, a, &r[i * SEMIBLOCK..(i + 1) * SEMIBLOCK]);
            a = xor_step(high, (n * j + i + 1) as u64);
            r[i * SEMIBLOCK..(i + 1) * SEMIBLOCK].copy_from_slice(&low);
        }
    }
    [&a[..], &r].concat()
}

/// RFC 3394's W⁻¹: the integrity value and the data.
fn unwrap<C: BlockDecrypt>(cipher: &C, wrapped: &[u8]) -> ([u8; 8], Vec<u8>) {
    let n = wrapped.len() / SEMIBLOCK - 1;
    let mut a: [u8; 8] = wrapped[..SEMIBLOCK].try_into().expect("8 bytes");
    let mut r = wrapped[SEMIBLOCK..].to_vec();
    for j in (0..6).rev() {
        for i in (0..n).rev() {
            let (high, low) = decrypt_pair(cipher, xor_step(a, (n * j + i + 1) as u64), &r[i * SEMIBLOCK..(i + 1) * SEMIBLOCK]);
            a = high;
            r[i * SEMIBLOCK..(i + 1) * SEMIBLOCK].copy_from_slice(&low);
        }
    }
    (a, r)
}

impl<C: BlockEncrypt + BlockDecrypt> KeyWrap<C> {
    fn wrap(&self, data: &[u8]) -> Option<Vec<u8>> {
        if !self.padded {
            if data.len() < 2 * SEMIBLOCK || !data.len().is_multiple_of(SEMIBLOCK) {
                return None;
            }
            return Some(wrap(&self.cipher, self.iv[..].try_into().ok()?, data));
        }
        let aiv: [u8; 8] = [&self.iv[..], &(data.len() as u32).to_be_bytes()].concat().try_into().ok()?;
        let mut padded = data.to_vec();
        padded.resize(data.len().div_ceil(SEMIBLOCK) * SEMIBLOCK, 0);
        if padded.len() == SEMIBLOCK {
            let (high, low) = encrypt_pair(&self.cipher, aiv, &padded);
            return Some([high, low].concat());
        }
        Some(wrap(&self.cipher, aiv, &padded))
    }

    fn unwrap(&self, wrapped: &[u8]) -> Option<Vec<u8>> {
        if wrapped.len() < 2 * SEMIBLOCK || !wrapped.len().is_multiple_of(SEMIBLOCK) {
            return None;
        }
        let (a, mut data) = if self.padded && wrapped.len() == 2 * SEMIBLOCK {
            let (high, low) = decrypt_pair(&self.cipher, wrapped[..SEMIBLOCK].try_into().ok()?, &wrapped[SEMIBLOCK..]);
            (high, low.to_vec())
        } else {
            if wrapped.len() < 3 * SEMIBLOCK && !self.padded {
                return None;
            }
            unwrap(&self.cipher, wrapped)
        };
        if !self.padded {
            return (a[..] == self.iv[..]).then_some(data);
        }
        // The length after the IV, and only zeros after that many bytes.
        let length = u32::from_be_bytes(a[4..].try_into().ok()?) as usize;
        let fits = length <= data.len() && length > data.len() - SEMIBLOCK;
        if a[..4] != self.iv[..] || !fits || data[length..].iter().any(|&b| b != 0) {
            return None;
        }
        data.truncate(length);
        Some(data)
    }
}

impl<C: BlockEncrypt + BlockDecrypt> Running for KeyWrap<C> {
    fn update(&mut self, data: &[u8]) -> Option<Vec<u8>> {
        // OpenSSL passes over an empty update rather than wrap nothing.
        if data.is_empty() {
            return Some(Vec::new());
        }
        if self.decrypt { self.unwrap(data) } else { self.wrap(data) }
    }

    fn finish(&mut self, _: bool, _: Option<&[u8]>) -> Result<(Vec<u8>, Option<Vec<u8>>), &'static str> {
        Ok((Vec::new(), None))
    }
}
