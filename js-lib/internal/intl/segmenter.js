'use strict';
// Intl.Segmenter: ECMA-402's Segmenter, Segments and Segment Iterator objects over the
// boundaries the native `intl` binding finds (guest/src/natives/intl/segmenter.rs).

const binding = internalBinding('intl');
const { InternalSlots, coerceOptions, defineIntlConstructor, getOption } = require('internal/intl/options');
const { canonicalizeLocaleList, resolveLocale, supportedLocales } = require('internal/intl/locale');

const service = 'Intl.Segmenter';
const slots = new InternalSlots();

function Segmenter(locales = undefined, options = undefined) {
  if (new.target === undefined) throw new TypeError("Constructor Intl.Segmenter requires 'new'");
  const requested = canonicalizeLocaleList(locales);
  options = coerceOptions(options, service);
  getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', service);
  const { locale } = resolveLocale(requested);
  const granularity = getOption(options, 'granularity', 'string', ['grapheme', 'word', 'sentence'], 'grapheme', service);
  slots.set(this, { locale, granularity });
}

/** The string's boundaries, found once per Segments object when first needed. */
function boundariesOf(segments) {
  // Lone surrogates become U+FFFD, one code unit each: the boundaries stay the input's.
  segments.boundaries ??= binding.segment(segments.granularity, segments.input.toWellFormed());
  return segments.boundaries;
}

/** ECMA-402 CreateSegmentDataObject for the segment starting at boundary `at`. */
function segmentData(segments, at) {
  const { boundaries, wordLike } = boundariesOf(segments);
  const start = boundaries[at];
  const data = {
    segment: segments.input.slice(start, boundaries[at + 1]),
    index: start,
    input: segments.input,
  };
  if (segments.granularity === 'word') data.isWordLike = wordLike[at];
  return data;
}

const segmentsSlots = new InternalSlots();
const SegmentsPrototype = {
  containing(index) {
    const segments = segmentsSlots.of(this, '%Segments.prototype%.containing');
    const position = Math.trunc(Number(index)) || 0;
    if (position < 0 || position >= segments.input.length) return undefined;
    const { boundaries } = boundariesOf(segments);
    let at = 0;
    while (boundaries[at + 1] <= position) at++;
    return segmentData(segments, at);
  },
  [Symbol.iterator]() {
    const segments = segmentsSlots.of(this, '%Segments.prototype%[@@iterator]');
    const iterator = Object.create(SegmentIteratorPrototype);
    iteratorSlots.set(iterator, { segments, at: 0 });
    return iterator;
  },
};
Object.defineProperty(SegmentsPrototype, Symbol.iterator, { enumerable: false });
Object.defineProperty(SegmentsPrototype, 'containing', { enumerable: false });

const iteratorSlots = new InternalSlots();
const SegmentIteratorPrototype = Object.create(Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())), {
  next: {
    value: function next() {
      const state = iteratorSlots.of(this, '%SegmentIterator.prototype%.next');
      const { boundaries } = boundariesOf(state.segments);
      if (state.at >= boundaries.length - 1) return { value: undefined, done: true };
      const value = segmentData(state.segments, state.at);
      state.at++;
      return { value, done: false };
    },
    writable: true,
    configurable: true,
  },
  [Symbol.toStringTag]: { value: 'Segmenter String Iterator', configurable: true },
});

class SegmenterMethods {
  resolvedOptions() {
    const internal = slots.of(this, 'Intl.Segmenter.prototype.resolvedOptions');
    return { locale: internal.locale, granularity: internal.granularity };
  }

  segment(string) {
    const internal = slots.of(this, 'Intl.Segmenter.prototype.segment');
    const segments = Object.create(SegmentsPrototype);
    segmentsSlots.set(segments, { input: String(string), granularity: internal.granularity, boundaries: undefined });
    return segments;
  }

  static supportedLocalesOf(locales, options = undefined) {
    return supportedLocales(locales, options);
  }
}

defineIntlConstructor(Segmenter, SegmenterMethods, 'Intl.Segmenter');

module.exports = { Segmenter };
