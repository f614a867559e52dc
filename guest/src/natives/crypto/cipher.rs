//! The running ciphers of `createCipheriv`/`createDecipheriv`, by handle: AES and
//! triple DES in the block modes (ECB, CBC, with PKCS#7 padding), AES as a stream (CTR),
//! and the AEADs (GCM and
//! ChaCha20-Poly1305) built from their stream cipher and universal hash so that, as in
//! Node, every `update` gives its output at once, and AES and triple-DES key wrap
//! (key_wrap.rs, des3_wrap.rs). js-lib
//! checks names, key and IV lengths.

use aes::cipher::consts::U16;
use aes::cipher::generic_array::GenericArray;
use aes::cipher::inout::InOutBuf;
use aes::cipher::{BlockCipher, BlockDecryptMut, BlockEncrypt, BlockEncryptMut, BlockSizeUser, KeyInit, KeyIvInit, StreamCipher};
use rquickjs::{ArrayBuffer, Ctx, Exception, Function, Object, TypedArray, Value};
use universal_hash::UniversalHash;

use super::des3_wrap::Des3Wrap;
use super::key_wrap::KeyWrap;
use super::{Slots, bytes_of};

/// One direction of a cipher between `createCipheriv` and `final`.
pub(super) trait Running {
    /// The output for `data`; None when the cipher refuses it (a key to wrap of a length
    /// the wrap cannot take, a wrapped key that does not unwrap).
    fn update(&mut self, data: &[u8]) -> Option<Vec<u8>>;
    /// The last output and, when encrypting with an AEAD, the tag; or why it failed
    /// (OpenSSL's reason, which js-lib turns into Node's error).
    fn finish(&mut self, auto_padding: bool, expected_tag: Option<&[u8]>) -> Result<(Vec<u8>, Option<Vec<u8>>), &'static str>;
    /// Takes additional authenticated data; false for a cipher that has none.
    fn add_aad(&mut self, _aad: &[u8]) -> bool {
        false
    }
}

thread_local! {
    static CIPHERS: Slots<Box<dyn Running>> = const { Slots::new() };
}

const BLOCK: usize = 16;

/// A block mode with PKCS#7 padding, over 16-byte (AES) or 8-byte (DES) blocks.
/// Decrypting holds the last whole block back until `final`, which strips the padding from it.
struct Blocks<M> {
    mode: M,
    decrypt: bool,
    pending: Vec<u8>,
}

/// One block-mode engine in its direction.
trait BlockRun {
    fn block_size(&self) -> usize;
    fn run(&mut self, blocks: &mut [u8]);
}

struct Encrypting<C>(C);
struct Decrypting<C>(C);

impl<C: BlockEncryptMut + BlockSizeUser> BlockRun for Encrypting<C> {
    fn block_size(&self) -> usize {
        C::block_size()
    }

    fn run(&mut self, blocks: &mut [u8]) {
        let (chunks, _) = InOutBuf::from(blocks).into_chunks::<C::BlockSize>();
        self.0.encrypt_blocks_inout_mut(chunks);
    }
}

impl<C: BlockDecryptMut + BlockSizeUser> BlockRun for Decrypting<C> {
    fn block_size(&self) -> usize {
        C::block_size()
    }

    fn run(&mut self, blocks: &mut [u8]) {
        let (chunks, _) = InOutBuf::from(blocks).into_chunks::<C::BlockSize>();
        self.0.decrypt_blocks_inout_mut(chunks);
    }
}

impl<M: BlockRun> Running for Blocks<M> {
    fn update(&mut self, data: &[u8]) -> Option<Vec<u8>> {
        let block = self.mode.block_size();
        self.pending.extend_from_slice(data);
        let mut ready = self.pending.len() / block * block;
        // A decryption's last block may be padding: keep one whole block for `final`.
        if self.decrypt && ready == self.pending.len() && ready > 0 {
            ready -= block;
        }
        let rest = self.pending.split_off(ready);
        let mut out = std::mem::replace(&mut self.pending, rest);
        self.mode.run(&mut out);
        Some(out)
    }

    fn finish(&mut self, auto_padding: bool, _: Option<&[u8]>) -> Result<(Vec<u8>, Option<Vec<u8>>), &'static str> {
        let block = self.mode.block_size();
        let mut last = std::mem::take(&mut self.pending);
        if !auto_padding {
            if !last.len().is_multiple_of(block) {
                return Err("wrong final block length");
            }
            self.mode.run(&mut last);
            return Ok((last, None));
        }
        if !self.decrypt {
            let pad = block - last.len() % block;
            last.resize(last.len() + pad, pad as u8);
            self.mode.run(&mut last);
            return Ok((last, None));
        }
        if last.len() != block {
            return Err("wrong final block length");
        }
        self.mode.run(&mut last);
        let pad = last[block - 1] as usize;
        if pad == 0 || pad > block || last[block - pad..].iter().any(|&b| b as usize != pad) {
            return Err("bad decrypt");
        }
        last.truncate(block - pad);
        Ok((last, None))
    }
}

/// A stream cipher (CTR): output as long as the input, nothing left for `final`.
struct Stream(Box<dyn StreamCipher>);

impl Running for Stream {
    fn update(&mut self, data: &[u8]) -> Option<Vec<u8>> {
        let mut out = data.to_vec();
        self.0.apply_keystream(&mut out);
        Some(out)
    }

    fn finish(&mut self, _: bool, _: Option<&[u8]>) -> Result<(Vec<u8>, Option<Vec<u8>>), &'static str> {
        Ok((Vec::new(), None))
    }
}

/// A universal hash fed in pieces of any length: whole blocks go through at once, the
/// rest waits for more, and `pad` ends a section with zeros as both AEADs do.
trait Accumulator {
    fn absorb(&mut self, data: &[u8]);
    fn pad(&mut self);
    fn finish(self: Box<Self>, lengths: [u8; BLOCK]) -> [u8; BLOCK];
}

struct Accumulating<U> {
    hash: Option<U>,
    partial: Vec<u8>,
}

impl<U: UniversalHash<BlockSize = U16>> Accumulator for Accumulating<U> {
    fn absorb(&mut self, mut data: &[u8]) {
        let hash = self.hash.as_mut().expect("hash until finish");
        if !self.partial.is_empty() {
            let take = (BLOCK - self.partial.len()).min(data.len());
            self.partial.extend_from_slice(&data[..take]);
            data = &data[take..];
            if self.partial.len() < BLOCK {
                return;
            }
            hash.update_padded(&self.partial);
            self.partial.clear();
        }
        let whole = data.len() / BLOCK * BLOCK;
        // Whole blocks only, so nothing is padded here.
        hash.update_padded(&data[..whole]);
        self.partial.extend_from_slice(&data[whole..]);
    }

    fn pad(&mut self) {
        if !self.partial.is_empty() {
            self.hash.as_mut().expect("hash until finish").update_padded(&self.partial);
            self.partial.clear();
        }
    }

    fn finish(mut self: Box<Self>, lengths: [u8; BLOCK]) -> [u8; BLOCK] {
        self.pad();
        let mut hash = self.hash.take().expect("hash until finish");
        hash.update(&[GenericArray::from(lengths)]);
        hash.finalize().into()
    }
}

/// GCM or ChaCha20-Poly1305: the stream cipher encrypts, the universal hash covers the
/// AAD then the ciphertext, each padded, then both lengths; the tag is that hash under
/// the mask the cipher gave for it.
struct Aead {
    stream: Box<dyn StreamCipher>,
    mac: Option<Box<dyn Accumulator>>,
    tag_mask: [u8; BLOCK],
    decrypt: bool,
    tag_length: usize,
    aad_length: u64,
    text_length: u64,
    /// GCM counts bits, big-endian; ChaCha20-Poly1305 bytes, little-endian.
    lengths: fn(u64, u64) -> [u8; BLOCK],
}

impl Aead {
    fn mac(&mut self) -> &mut Box<dyn Accumulator> {
        self.mac.as_mut().expect("mac until finish")
    }
}

impl Running for Aead {
    fn add_aad(&mut self, aad: &[u8]) -> bool {
        self.aad_length += aad.len() as u64;
        self.mac().absorb(aad);
        true
    }

    fn update(&mut self, data: &[u8]) -> Option<Vec<u8>> {
        if self.text_length == 0 {
            self.mac().pad();
        }
        self.text_length += data.len() as u64;
        let mut out = data.to_vec();
        if self.decrypt {
            self.mac().absorb(data);
            self.stream.apply_keystream(&mut out);
        } else {
            self.stream.apply_keystream(&mut out);
            self.mac().absorb(&out);
        }
        Some(out)
    }

    fn finish(&mut self, _: bool, expected_tag: Option<&[u8]>) -> Result<(Vec<u8>, Option<Vec<u8>>), &'static str> {
        let mac = self.mac.take().expect("mac until finish");
        let mut tag = mac.finish((self.lengths)(self.aad_length, self.text_length));
        for (byte, mask) in tag.iter_mut().zip(self.tag_mask) {
            *byte ^= mask;
        }
        if !self.decrypt {
            return Ok((Vec::new(), Some(tag[..self.tag_length].to_vec())));
        }
        let expected = expected_tag.ok_or("unable to authenticate")?;
        let difference = expected.iter().zip(&tag).fold(0, |acc, (a, b)| acc | (a ^ b));
        if expected.len() > BLOCK || difference != 0 {
            return Err("unable to authenticate");
        }
        Ok((Vec::new(), None))
    }
}

fn gcm_lengths(aad: u64, text: u64) -> [u8; BLOCK] {
    let mut block = [0; BLOCK];
    block[..8].copy_from_slice(&(aad * 8).to_be_bytes());
    block[8..].copy_from_slice(&(text * 8).to_be_bytes());
    block
}

fn chacha_lengths(aad: u64, text: u64) -> [u8; BLOCK] {
    let mut block = [0; BLOCK];
    block[..8].copy_from_slice(&aad.to_le_bytes());
    block[8..].copy_from_slice(&text.to_le_bytes());
    block
}

fn gcm<C>(key: &[u8], iv: &[u8], decrypt: bool, tag_length: usize) -> Box<dyn Running>
where
    C: BlockCipher + BlockEncrypt + BlockSizeUser<BlockSize = U16> + KeyInit + Clone + 'static,
{
    let cipher = C::new_from_slice(key).expect("key length checked by js-lib");
    let mut hash_key = GenericArray::default();
    cipher.encrypt_block(&mut hash_key);
    let ghash = ghash::GHash::new(&hash_key);
    // The first counter block: the IV and 1 for the usual 12 bytes, a hash of it otherwise.
    let j0: [u8; BLOCK] = if iv.len() == 12 {
        let mut block = [0; BLOCK];
        block[..12].copy_from_slice(iv);
        block[15] = 1;
        block
    } else {
        let mut lengths = [0; BLOCK];
        lengths[8..].copy_from_slice(&(iv.len() as u64 * 8).to_be_bytes());
        let mut iv_hash = ghash.clone();
        iv_hash.update_padded(iv);
        iv_hash.update(&[GenericArray::from(lengths)]);
        iv_hash.finalize().into()
    };
    let mut tag_mask = GenericArray::from(j0);
    cipher.encrypt_block(&mut tag_mask);
    let mut counter = j0;
    let next = u32::from_be_bytes(counter[12..].try_into().expect("4 bytes")).wrapping_add(1);
    counter[12..].copy_from_slice(&next.to_be_bytes());
    let stream = ctr::Ctr32BE::<C>::new_from_slices(key, &counter).expect("key length checked by js-lib");
    Box::new(Aead {
        stream: Box::new(stream),
        mac: Some(Box::new(Accumulating { hash: Some(ghash), partial: Vec::new() })),
        tag_mask: tag_mask.into(),
        decrypt,
        tag_length,
        aad_length: 0,
        text_length: 0,
        lengths: gcm_lengths,
    })
}

fn chacha20_poly1305(key: &[u8], iv: &[u8], decrypt: bool, tag_length: usize) -> Box<dyn Running> {
    let mut stream = chacha20::ChaCha20::new_from_slices(key, iv).expect("lengths checked by js-lib");
    // Block 0 of the keystream keys Poly1305; the text starts at block 1.
    let mut first_block = [0u8; 64];
    stream.apply_keystream(&mut first_block);
    let poly = poly1305::Poly1305::new(GenericArray::from_slice(&first_block[..32]));
    Box::new(Aead {
        stream: Box::new(stream),
        mac: Some(Box::new(Accumulating { hash: Some(poly), partial: Vec::new() })),
        tag_mask: [0; BLOCK],
        decrypt,
        tag_length,
        aad_length: 0,
        text_length: 0,
        lengths: chacha_lengths,
    })
}

fn blocks(mode: impl BlockRun + 'static, decrypt: bool) -> Box<dyn Running> {
    Box::new(Blocks { mode, decrypt, pending: Vec::new() })
}

/// Runs `$body` with `$C` the triple DES of a key length in bytes (16 two-key, else three-key).
macro_rules! with_tdes {
    ($length:expr, |$C:ident| $body:expr) => {
        if $length == 16 {
            type $C = des::TdesEde2;
            $body
        } else {
            type $C = des::TdesEde3;
            $body
        }
    };
}

/// The cipher for `mode` (`cbc`, `ecb`, `ctr`, `gcm`, `chacha20-poly1305`, `wrap` or
/// `wrap-pad` with AES; `des-ede-cbc`, `des-ede-ecb` or `des3-wrap` with triple DES).
fn new_cipher(mode: &str, key: &[u8], iv: &[u8], decrypt: bool, tag_length: usize) -> Option<Box<dyn Running>> {
    Some(match mode {
        "cbc" if decrypt => with_aes!(key.len(), |C| blocks(Decrypting(cbc::Decryptor::<C>::new_from_slices(key, iv).ok()?), true)),
        "cbc" => with_aes!(key.len(), |C| blocks(Encrypting(cbc::Encryptor::<C>::new_from_slices(key, iv).ok()?), false)),
        "ecb" if decrypt => with_aes!(key.len(), |C| blocks(Decrypting(C::new_from_slice(key).ok()?), true)),
        "ecb" => with_aes!(key.len(), |C| blocks(Encrypting(C::new_from_slice(key).ok()?), false)),
        "ctr" => with_aes!(key.len(), |C| Box::new(Stream(Box::new(ctr::Ctr128BE::<C>::new_from_slices(key, iv).ok()?)))),
        "gcm" => with_aes!(key.len(), |C| gcm::<C>(key, iv, decrypt, tag_length)),
        "chacha20-poly1305" => chacha20_poly1305(key, iv, decrypt, tag_length),
        "des-ede-cbc" if decrypt => {
            with_tdes!(key.len(), |C| blocks(Decrypting(cbc::Decryptor::<C>::new_from_slices(key, iv).ok()?), true))
        }
        "des-ede-cbc" => with_tdes!(key.len(), |C| blocks(Encrypting(cbc::Encryptor::<C>::new_from_slices(key, iv).ok()?), false)),
        "des-ede-ecb" if decrypt => with_tdes!(key.len(), |C| blocks(Decrypting(C::new_from_slice(key).ok()?), true)),
        "des-ede-ecb" => with_tdes!(key.len(), |C| blocks(Encrypting(C::new_from_slice(key).ok()?), false)),
        "des3-wrap" => Box::new(Des3Wrap { key: key.to_vec(), decrypt }),
        "wrap" | "wrap-pad" => with_aes!(key.len(), |C| Box::new(KeyWrap {
            cipher: C::new_from_slice(key).ok()?,
            iv: iv.to_vec(),
            decrypt,
            padded: mode == "wrap-pad",
        })),
        _ => return None,
    })
}

fn cipher_start(
    ctx: Ctx<'_>,
    mode: String,
    key: TypedArray<'_, u8>,
    iv: TypedArray<'_, u8>,
    decrypt: bool,
    tag_length: usize,
) -> rquickjs::Result<usize> {
    let running = new_cipher(&mode, &bytes_of(&key), &bytes_of(&iv), decrypt, tag_length)
        .ok_or_else(|| Exception::throw_internal(&ctx, "cipher parameters unchecked"))?;
    Ok(CIPHERS.with(|all| all.store(running)))
}

/// The output for `data`, or undefined when the cipher refuses it.
/// The most one `update` takes: OpenSSL's input length is an `int`, and it refuses one whose
/// output (a block longer) would not fit in one.
const MAX_UPDATE: usize = i32::MAX as usize - BLOCK;

fn cipher_update<'js>(ctx: Ctx<'js>, handle: usize, data: TypedArray<'js, u8>) -> rquickjs::Result<Option<ArrayBuffer<'js>>> {
    if data.len() > MAX_UPDATE {
        return Ok(None);
    }
    let out = CIPHERS
        .with(|all| all.with(handle, |running| running.update(&bytes_of(&data))))
        .ok_or_else(|| Exception::throw_internal(&ctx, "cipher already finished"))?;
    out.map(|bytes| ArrayBuffer::new(ctx, bytes)).transpose()
}

fn cipher_aad(handle: usize, data: TypedArray<'_, u8>) -> bool {
    CIPHERS.with(|all| all.with(handle, |running| running.add_aad(&bytes_of(&data)))).unwrap_or(false)
}

/// `[output, tag]` (the tag undefined but for an AEAD encrypting), or OpenSSL's reason
/// for the failure as a string. Frees the handle.
fn cipher_final<'js>(
    ctx: Ctx<'js>,
    handle: usize,
    auto_padding: bool,
    expected_tag: Option<TypedArray<'js, u8>>,
) -> rquickjs::Result<Value<'js>> {
    let mut running = CIPHERS.with(|all| all.take(handle)).ok_or_else(|| Exception::throw_internal(&ctx, "cipher already finished"))?;
    match running.finish(auto_padding, expected_tag.map(|tag| bytes_of(&tag)).as_deref()) {
        Ok((out, tag)) => {
            let result = rquickjs::Array::new(ctx.clone())?;
            result.set(0, ArrayBuffer::new(ctx.clone(), out)?)?;
            if let Some(tag) = tag {
                result.set(1, ArrayBuffer::new(ctx.clone(), tag)?)?;
            }
            Ok(result.into_value())
        }
        Err(reason) => Ok(rquickjs::String::from_str(ctx, reason)?.into_value()),
    }
}

/// Frees a cipher abandoned before `final` (js-lib's finalizer).
fn cipher_drop(handle: usize) {
    CIPHERS.with(|all| all.take(handle));
}

pub fn register<'js>(ctx: &Ctx<'js>, binding: &Object<'js>) -> rquickjs::Result<()> {
    binding.set("cipherStart", Function::new(ctx.clone(), cipher_start)?)?;
    binding.set("cipherUpdate", Function::new(ctx.clone(), cipher_update)?)?;
    binding.set("cipherAad", Function::new(ctx.clone(), cipher_aad)?)?;
    binding.set("cipherFinal", Function::new(ctx.clone(), cipher_final)?)?;
    binding.set("cipherDrop", Function::new(ctx.clone(), cipher_drop)?)?;
    Ok(())
}
