//! The compressors and decompressors behind `zlib`: zlib-rs for the deflate family,
//! the brotli crates for brotli. They live here by handle; js-lib drives each one an
//! output buffer at a time, as Node's own binding is driven, so that chunk sizes,
//! backpressure and `maxOutputLength` stay in JavaScript.

use std::cell::RefCell;

use brotli::enc::encode::{BrotliEncoderOperation, BrotliEncoderParameter, BrotliEncoderStateStruct};
use brotli::enc::interface;
use brotli::{BrotliDecompressStream, BrotliResult, BrotliState};
use brotli_decompressor::{BrotliDecoderParameter, StandardAlloc};
use rquickjs::{Ctx, Exception, Function, IntoJs, Object, TypedArray, Value};
use zlib_rs::{Deflate, DeflateConfig, DeflateError, DeflateFlush, Inflate, InflateError, InflateFlush, Status, Strategy};

// Node's mode numbers (`zlib.constants.DEFLATE`, ...).
const DEFLATE: i32 = 1;
const INFLATE: i32 = 2;
const GZIP: i32 = 3;
const GUNZIP: i32 = 4;
const DEFLATERAW: i32 = 5;
const INFLATERAW: i32 = 6;
const UNZIP: i32 = 7;
const BROTLI_DECODE: i32 = 8;
const BROTLI_OPERATION_FINISH: i32 = 2;

const Z_OK: i32 = 0;
const Z_STREAM_END: i32 = 1;
const Z_NEED_DICT: i32 = 2;
const Z_STREAM_ERROR: i32 = -2;
const Z_DATA_ERROR: i32 = -3;
const Z_MEM_ERROR: i32 = -4;
const Z_BUF_ERROR: i32 = -5;
const Z_FINISH: i32 = 4;
const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// A failed write as Node reports it: the message, Node's `code` when it is not the
/// name of `errno` in `zlib.codes`, and the errno.
struct Failure {
    message: String,
    code: Option<String>,
    errno: i32,
}

impl Failure {
    fn zlib(message: impl Into<String>, errno: i32) -> Self {
        Failure { message: message.into(), code: None, errno }
    }
}

enum Engine {
    Deflate(Deflate),
    Inflate(Inflate),
}

/// What a deflate-family stream is made from, and rebuilt from when it resets.
struct Options {
    mode: i32,
    window_bits: i32,
    level: i32,
    mem_level: i32,
    strategy: Strategy,
    dictionary: Vec<u8>,
}

struct Zlib {
    options: Options,
    /// The mode, except that UNZIP turns into GUNZIP or INFLATE once the first bytes
    /// tell which it is.
    mode: i32,
    /// UNZIP: how many bytes of the gzip magic the input has matched so far.
    magic_seen: usize,
    engine: Engine,
}

type BrotliDecoder = BrotliState<StandardAlloc, StandardAlloc, StandardAlloc>;

type BrotliEncoder = BrotliEncoderStateStruct<StandardAlloc>;

/// Brotli streams keep their parameters for resets.
enum Stream {
    Zlib(Box<Zlib>),
    BrotliEncoder(Box<BrotliEncoder>, BrotliParams),
    BrotliDecoder(Box<BrotliDecoder>, BrotliParams),
}

thread_local! {
    static STREAMS: RefCell<Vec<Option<Stream>>> = const { RefCell::new(Vec::new()) };
}

fn store(stream: Stream) -> usize {
    STREAMS.with(|all| {
        let mut all = all.borrow_mut();
        match all.iter().position(Option::is_none) {
            Some(free) => {
                all[free] = Some(stream);
                free
            }
            None => {
                all.push(Some(stream));
                all.len() - 1
            }
        }
    })
}

fn with_stream<R>(ctx: &Ctx<'_>, handle: usize, f: impl FnOnce(&mut Stream) -> R) -> rquickjs::Result<R> {
    STREAMS.with(|all| match all.borrow_mut().get_mut(handle).and_then(Option::as_mut) {
        Some(stream) => Ok(f(stream)),
        None => Err(Exception::throw_internal(ctx, "zlib stream already closed")),
    })
}

/// Whether `bytes` could be allocated now. zlib-rs ends the instance when it cannot
/// allocate an engine's state, so the memory is tried first (`Options::engine`).
fn memory_available(bytes: usize) -> bool {
    Vec::<u8>::new().try_reserve_exact(bytes).is_ok()
}

impl Options {
    /// What an engine allocates, twice over: zlib's own formulas (deflate: the window
    /// twice and the hash chains; inflate: the window), plus its state.
    fn engine_memory(&self) -> usize {
        let window = 1usize << self.window_bits.clamp(8, 15);
        let state = 64 << 10;
        2 * match self.mode {
            DEFLATE | GZIP | DEFLATERAW => 4 * window + (1 << (self.mem_level.clamp(1, 9) + 9)) + state,
            _ => (1 << 15) + state,
        }
    }

    /// A fresh engine for the mode, as zlib's init (or reset) leaves it; `None` when
    /// the memory for it is not there (a memory limit).
    fn engine(&self) -> Option<Engine> {
        if !memory_available(self.engine_memory()) {
            return None;
        }
        let bits = self.window_bits;
        match self.mode {
            DEFLATE | GZIP | DEFLATERAW => {
                // zlib refuses an 8-bit window for raw deflate; Node asks for 9 instead.
                let window_bits = match self.mode {
                    GZIP => bits + 16,
                    DEFLATERAW => -bits.max(9),
                    _ => bits,
                };
                let config = DeflateConfig {
                    level: self.level,
                    window_bits,
                    mem_level: self.mem_level,
                    strategy: self.strategy,
                    ..Default::default()
                };
                let mut deflate = Deflate::new_with_config(config);
                // A gzip stream has no place for a dictionary: Node ignores it there.
                if self.mode != GZIP && !self.dictionary.is_empty() {
                    let _ = deflate.set_dictionary(&self.dictionary);
                }
                Some(Engine::Deflate(deflate))
            }
            _ => {
                let (header, window_bits) = match self.mode {
                    INFLATERAW => (false, bits),
                    GUNZIP => (true, bits + 16),
                    // zlib itself tells gzip from zlib.
                    UNZIP => (true, bits + 32),
                    _ => (true, bits),
                };
                let mut inflate = Inflate::new(header, window_bits as u8);
                // A raw stream cannot ask for its dictionary, so it is given up front.
                if self.mode == INFLATERAW && !self.dictionary.is_empty() {
                    let _ = inflate.set_dictionary(&self.dictionary);
                }
                Some(Engine::Inflate(inflate))
            }
        }
    }
}

impl Zlib {
    /// UNZIP: settles on GUNZIP or INFLATE from the gzip magic at the start of the input,
    /// which may arrive a byte at a time.
    fn sniff(&mut self, input: &[u8]) {
        for &byte in input.iter().take(GZIP_MAGIC.len() - self.magic_seen) {
            if byte != GZIP_MAGIC[self.magic_seen] {
                self.mode = INFLATE;
                return;
            }
            self.magic_seen += 1;
            if self.magic_seen == GZIP_MAGIC.len() {
                self.mode = GUNZIP;
                return;
            }
        }
    }

    /// One zlib call; returns zlib's status and advances `consumed`/`produced`.
    fn step(&mut self, input: &[u8], output: &mut [u8], flush: i32, consumed: &mut usize, produced: &mut usize) -> i32 {
        let input = &input[*consumed..];
        let output = &mut output[*produced..];
        let (status, used, made) = match &mut self.engine {
            Engine::Deflate(deflate) => {
                let before = (deflate.total_in(), deflate.total_out());
                let flush = DeflateFlush::try_from(flush).unwrap_or_default();
                let status = match deflate.compress(input, output, flush) {
                    Ok(status) => status_code(status),
                    Err(DeflateError::StreamError) => Z_STREAM_ERROR,
                    Err(DeflateError::DataError) => Z_DATA_ERROR,
                    Err(DeflateError::MemError) => Z_MEM_ERROR,
                };
                (status, deflate.total_in() - before.0, deflate.total_out() - before.1)
            }
            Engine::Inflate(inflate) => {
                let before = (inflate.total_in(), inflate.total_out());
                // inflate treats the partial and full flushes as a sync flush.
                let flush = InflateFlush::try_from(flush).unwrap_or(InflateFlush::SyncFlush);
                let status = match inflate.decompress(input, output, flush) {
                    Ok(status) => status_code(status),
                    Err(InflateError::NeedDict { .. }) => Z_NEED_DICT,
                    Err(InflateError::StreamError) => Z_STREAM_ERROR,
                    Err(InflateError::DataError) => Z_DATA_ERROR,
                    Err(InflateError::MemError) => Z_MEM_ERROR,
                };
                (status, inflate.total_in() - before.0, inflate.total_out() - before.1)
            }
        };
        *consumed += used as usize;
        *produced += made as usize;
        status
    }

    fn message(&self) -> Option<&'static str> {
        match &self.engine {
            Engine::Deflate(deflate) => deflate.error_message(),
            Engine::Inflate(inflate) => inflate.error_message(),
        }
    }

    fn write(&mut self, input: &[u8], output: &mut [u8], flush: i32) -> (usize, usize, Result<(), Failure>) {
        let (mut consumed, mut produced) = (0, 0);
        if self.mode == UNZIP {
            self.sniff(input);
        }
        let mut status = self.step(input, output, flush, &mut consumed, &mut produced);
        if let Engine::Inflate(inflate) = &mut self.engine
            && self.mode != INFLATERAW
            && status == Z_NEED_DICT
            && !self.options.dictionary.is_empty()
        {
            status = match inflate.set_dictionary(&self.options.dictionary) {
                Ok(_) => self.step(input, output, flush, &mut consumed, &mut produced),
                // A dictionary that does not match: reported as a bad dictionary.
                Err(_) => Z_NEED_DICT,
            };
        }
        // More input after the end of a gzip member starts another member; zero bytes
        // after it are padding.
        while self.mode == GUNZIP && status == Z_STREAM_END && input.get(consumed).is_some_and(|&b| b != 0) {
            let Some(engine) = self.options.engine() else {
                status = Z_MEM_ERROR;
                break;
            };
            self.engine = engine;
            status = self.step(input, output, flush, &mut consumed, &mut produced);
        }
        let result = match status {
            Z_OK | Z_BUF_ERROR if produced < output.len() && flush == Z_FINISH => {
                Err(Failure::zlib(self.message().unwrap_or("unexpected end of file"), status))
            }
            Z_OK | Z_BUF_ERROR | Z_STREAM_END => Ok(()),
            Z_NEED_DICT if self.options.dictionary.is_empty() => Err(Failure::zlib("Missing dictionary", status)),
            Z_NEED_DICT => Err(Failure::zlib("Bad dictionary", status)),
            _ => Err(Failure::zlib(self.message().unwrap_or("Zlib error"), status)),
        };
        (consumed, produced, result)
    }

    /// Node's `params()`: the level changes mid-stream. zlib-rs's safe API changes only
    /// the level, and puts the strategy back to the default.
    fn params(&mut self, level: i32) {
        self.options.level = level;
        if let Engine::Deflate(deflate) = &mut self.engine {
            // js-lib flushes first, after which zlib cannot refuse.
            let _ = deflate.set_level(level);
        }
    }
}

fn status_code(status: Status) -> i32 {
    match status {
        Status::Ok => Z_OK,
        Status::BufError => Z_BUF_ERROR,
        Status::StreamEnd => Z_STREAM_END,
    }
}

/// A new deflate-family stream (`mode` 1 to 7), with the options js-lib validated.
fn create_zlib(
    ctx: Ctx<'_>,
    mode: i32,
    window_bits: i32,
    level: i32,
    mem_level: i32,
    strategy: i32,
    dictionary: Value<'_>,
) -> rquickjs::Result<usize> {
    let dictionary = if dictionary.is_undefined() { Vec::new() } else { super::encoding::with_bytes(&dictionary, <[u8]>::to_vec)? };
    let options = Options { mode, window_bits, level, mem_level, strategy: Strategy::try_from(strategy).unwrap_or_default(), dictionary };
    let Some(engine) = options.engine() else { return Err(Exception::throw_internal(&ctx, "out of memory")) };
    Ok(store(Stream::Zlib(Box::new(Zlib { mode, options, magic_seen: 0, engine }))))
}

/// Node's brotli parameters: `(parameter, value)` for each one set.
type BrotliParams = Vec<(usize, u32)>;

fn brotli_encoder(params: &BrotliParams) -> Option<Box<BrotliEncoder>> {
    let mut encoder = Box::new(BrotliEncoder::new(StandardAlloc::default()));
    for &(key, value) in params {
        use BrotliEncoderParameter::*;
        let param = match key {
            0 => BROTLI_PARAM_MODE,
            1 => BROTLI_PARAM_QUALITY,
            2 => BROTLI_PARAM_LGWIN,
            3 => BROTLI_PARAM_LGBLOCK,
            4 => BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING,
            5 => BROTLI_PARAM_SIZE_HINT,
            6 => BROTLI_PARAM_LARGE_WINDOW,
            // NPOSTFIX and NDIRECT only tune the encoding, which the Rust encoder
            // chooses itself.
            7 | 8 => continue,
            _ => return None,
        };
        if !encoder.set_parameter(param, value) {
            return None;
        }
    }
    Some(encoder)
}

fn brotli_decoder(params: &BrotliParams) -> Option<Box<BrotliDecoder>> {
    let mut decoder = Box::new(BrotliDecoder::new_strict(StandardAlloc::default(), StandardAlloc::default(), StandardAlloc::default()));
    for &(key, value) in params {
        let param = match key {
            0 => BrotliDecoderParameter::BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION,
            1 => BrotliDecoderParameter::BROTLI_DECODER_PARAM_LARGE_WINDOW,
            _ => return None,
        };
        decoder.set_parameter(param, value);
    }
    Some(decoder)
}

/// A brotli encoder or decoder from Node's parameter array (index = parameter, values
/// as a Uint32Array holds them, 0xFFFFFFFF = unset), or -1 when brotli refuses one.
fn create_brotli(mode: i32, params: Vec<i64>) -> i64 {
    let unset = i64::from(u32::MAX);
    let params: BrotliParams =
        params.iter().enumerate().filter(|(_, value)| **value != unset).map(|(key, value)| (key, *value as u32)).collect();
    let stream = if mode == BROTLI_DECODE {
        brotli_decoder(&params).map(|decoder| Stream::BrotliDecoder(decoder, params))
    } else {
        brotli_encoder(&params).map(|encoder| Stream::BrotliEncoder(encoder, params))
    };
    stream.map_or(-1, |stream| store(stream) as i64)
}

fn brotli_encode(encoder: &mut BrotliEncoder, input: &[u8], output: &mut [u8], flush: i32) -> (usize, usize, Result<(), Failure>) {
    let op = match flush {
        1 => BrotliEncoderOperation::BROTLI_OPERATION_FLUSH,
        BROTLI_OPERATION_FINISH => BrotliEncoderOperation::BROTLI_OPERATION_FINISH,
        3 => BrotliEncoderOperation::BROTLI_OPERATION_EMIT_METADATA,
        _ => BrotliEncoderOperation::BROTLI_OPERATION_PROCESS,
    };
    let (mut available_in, mut consumed) = (input.len(), 0);
    let (mut available_out, mut produced) = (output.len(), 0);
    let mut no_metablocks = |_: &mut interface::PredictionModeContextMap<brotli::InputReferenceMut>,
                             _: &mut [interface::StaticCommand],
                             _: brotli::InputPair,
                             _: &mut StandardAlloc| ();
    let ok = encoder.compress_stream(
        op,
        &mut available_in,
        input,
        &mut consumed,
        &mut available_out,
        output,
        &mut produced,
        &mut None,
        &mut no_metablocks,
    );
    let result = if ok {
        Ok(())
    } else {
        Err(Failure { message: "Compression failed".into(), code: Some("ERR_BROTLI_COMPRESSION_FAILED".into()), errno: -1 })
    };
    (consumed, produced, result)
}

fn brotli_decode(decoder: &mut BrotliDecoder, input: &[u8], output: &mut [u8], flush: i32) -> (usize, usize, Result<(), Failure>) {
    let (mut available_in, mut consumed) = (input.len(), 0);
    let (mut available_out, mut produced) = (output.len(), 0);
    let mut total = 0;
    let result =
        BrotliDecompressStream(&mut available_in, &mut consumed, input, &mut available_out, &mut produced, output, &mut total, decoder);
    let result = match result {
        BrotliResult::ResultFailure => {
            // Node's code is "ERR_" and brotli's name for the error without its prefix.
            let name = format!("{:?}", decoder.error_code);
            let code = format!("ERR_{}", name.trim_start_matches("BROTLI_DECODER"));
            Err(Failure { message: "Decompression failed".into(), code: Some(code), errno: decoder.error_code as i32 })
        }
        BrotliResult::NeedsMoreInput if flush == BROTLI_OPERATION_FINISH => Err(Failure::zlib("unexpected end of file", Z_BUF_ERROR)),
        _ => Ok(()),
    };
    (consumed, produced, result)
}

/// Runs the stream over `input` into `output` (a Uint8Array it fills from the start):
/// `[consumed, produced]`, and on failure also `message, code, errno` (`code`
/// undefined when it is the errno's name in `zlib.codes`).
fn write<'js>(ctx: Ctx<'js>, handle: usize, flush: i32, input: Value<'js>, output: TypedArray<'js, u8>) -> rquickjs::Result<Value<'js>> {
    let Some(raw) = output.as_raw() else { return Err(Exception::throw_type(&ctx, "output buffer detached")) };
    // SAFETY: written before any JavaScript runs; js-lib never passes a view of the input.
    let output = unsafe { &mut *raw.as_ptr() };
    let (consumed, produced, result) = super::encoding::with_bytes(&input, |input| {
        with_stream(&ctx, handle, |stream| match stream {
            Stream::Zlib(zlib) => zlib.write(input, output, flush),
            Stream::BrotliEncoder(encoder, _) => brotli_encode(encoder, input, output, flush),
            Stream::BrotliDecoder(decoder, _) => brotli_decode(decoder, input, output, flush),
        })
    })??;
    let mut flat = vec![consumed.into_js(&ctx)?, produced.into_js(&ctx)?];
    if let Err(failure) = result {
        flat.push(failure.message.into_js(&ctx)?);
        flat.push(failure.code.into_js(&ctx)?);
        flat.push(failure.errno.into_js(&ctx)?);
    }
    flat.into_js(&ctx)
}

/// A new compression level; brotli streams have none to change.
fn params(ctx: Ctx<'_>, handle: usize, level: i32) -> rquickjs::Result<()> {
    with_stream(&ctx, handle, |stream| {
        if let Stream::Zlib(zlib) = stream {
            zlib.params(level);
        }
    })
}

/// Back to the start of a new stream, with the same options.
fn reset(ctx: Ctx<'_>, handle: usize) -> rquickjs::Result<()> {
    let made = with_stream(&ctx, handle, |stream| match stream {
        Stream::Zlib(zlib) => zlib.options.engine().map(|engine| zlib.engine = engine).is_some(),
        // The parameters were accepted when the stream was made.
        Stream::BrotliEncoder(encoder, params) => {
            *encoder = brotli_encoder(params).expect("parameters accepted before");
            true
        }
        Stream::BrotliDecoder(decoder, params) => {
            *decoder = brotli_decoder(params).expect("parameters accepted before");
            true
        }
    })?;
    if made { Ok(()) } else { Err(Exception::throw_internal(&ctx, "out of memory")) }
}

fn close(handle: usize) {
    STREAMS.with(|all| {
        if let Some(slot) = all.borrow_mut().get_mut(handle) {
            *slot = None;
        }
    });
}

/// As a double: rquickjs gives a u32 above 2^31 to JavaScript as a negative int.
fn crc32(data: Value<'_>, value: f64) -> rquickjs::Result<f64> {
    super::encoding::with_bytes(&data, |bytes| f64::from(zlib_rs::crc32::crc32(value as u32, bytes)))
}

pub fn create<'js>(ctx: &Ctx<'js>) -> rquickjs::Result<Object<'js>> {
    let binding = Object::new(ctx.clone())?;
    binding.set("create", Function::new(ctx.clone(), create_zlib)?)?;
    binding.set("createBrotli", Function::new(ctx.clone(), create_brotli)?)?;
    binding.set("write", Function::new(ctx.clone(), write)?)?;
    binding.set("params", Function::new(ctx.clone(), params)?)?;
    binding.set("reset", Function::new(ctx.clone(), reset)?)?;
    binding.set("close", Function::new(ctx.clone(), close)?)?;
    binding.set("crc32", Function::new(ctx.clone(), crc32)?)?;
    Ok(binding)
}
