//! Intl.Segmenter: UAX #29's grapheme cluster, word and sentence boundaries. Words are found
//! by the rules alone: no dictionaries or LSTM models for scripts written without spaces.

use icu::segmenter::options::{SentenceBreakInvariantOptions, WordBreakInvariantOptions};
use icu::segmenter::{GraphemeClusterSegmenter, SentenceSegmenter, WordSegmenter};
use rquickjs::{Array, Ctx, Function, Object};

/// Maps byte offsets in `text` to offsets in its UTF-16 form (JavaScript's string indices).
fn utf16_offsets(text: &str) -> Vec<usize> {
    let mut offsets = vec![0; text.len() + 1];
    let mut units = 0;
    for (byte, character) in text.char_indices() {
        offsets[byte] = units;
        units += character.len_utf16();
    }
    offsets[text.len()] = units;
    offsets
}

/// The boundaries of `text` as UTF-16 offsets, 0 and its length included; for words, also
/// whether each segment is word-like (letters, numbers, ideographs) rather than spaces or
/// punctuation: `{ boundaries, wordLike }`.
fn segment<'js>(ctx: Ctx<'js>, granularity: String, text: String) -> rquickjs::Result<Object<'js>> {
    let offsets = utf16_offsets(&text);
    let boundaries = Array::new(ctx.clone())?;
    let word_like = Array::new(ctx.clone())?;
    match granularity.as_str() {
        "word" => {
            let mut breaks = WordSegmenter::new_for_non_complex_scripts(WordBreakInvariantOptions::default()).segment_str(&text);
            let mut index = 0;
            while let Some(boundary) = breaks.next() {
                boundaries.set(index, offsets[boundary])?;
                if index > 0 {
                    word_like.set(index - 1, breaks.is_word_like())?;
                }
                index += 1;
            }
        }
        "sentence" => {
            let breaks = SentenceSegmenter::new(SentenceBreakInvariantOptions::default()).segment_str(&text);
            for (index, boundary) in breaks.enumerate() {
                boundaries.set(index, offsets[boundary])?;
            }
        }
        _ => {
            for (index, boundary) in GraphemeClusterSegmenter::new().segment_str(&text).enumerate() {
                boundaries.set(index, offsets[boundary])?;
            }
        }
    }
    let result = Object::new(ctx)?;
    result.set("boundaries", boundaries)?;
    result.set("wordLike", word_like)?;
    Ok(result)
}

pub fn register<'js>(ctx: &Ctx<'js>, binding: &Object<'js>) -> rquickjs::Result<()> {
    binding.set("segment", Function::new(ctx.clone(), segment)?)?;
    Ok(())
}
