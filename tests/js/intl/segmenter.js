// Intl.Segmenter: graphemes (combining marks, emoji sequences, flags), words and sentences.
const text = 'Hello, world! It’s 3.14 o\'clock — e\u0301t\u00e9 👨‍👩‍👧 🇬🇧 done. Next sentence? Yes!';
for (const granularity of ['grapheme', 'word', 'sentence']) {
  const segments = new Intl.Segmenter('en', { granularity }).segment(text);
  console.log(granularity, JSON.stringify([...segments]));
  console.log(JSON.stringify(segments.containing(9)), JSON.stringify(segments.containing(-1)), JSON.stringify(segments.containing(1000)));
}
console.log([...new Intl.Segmenter().segment('')].length, [...new Intl.Segmenter().segment('🇬🇧🇫🇷')].map((s) => s.segment));
console.log(JSON.stringify(new Intl.Segmenter('en-GB', { granularity: 'word' }).resolvedOptions()));
console.log(JSON.stringify(new Intl.Segmenter().resolvedOptions()));
const segments = new Intl.Segmenter().segment('ab');
const iterator = segments[Symbol.iterator]();
console.log(Object.prototype.toString.call(iterator), iterator.next(), iterator.next(), iterator.next());
console.log(Object.getOwnPropertyNames(Intl.Segmenter.prototype), Intl.Segmenter.length);
for (const attempt of [() => Intl.Segmenter(), () => new Intl.Segmenter('en', { granularity: 'line' })]) {
  try {
    attempt();
  } catch (error) {
    console.log(`${error.name}: ${error.message}`);
  }
}
// Lone surrogates keep their place in the input.
console.log(JSON.stringify([...new Intl.Segmenter('en', { granularity: 'word' }).segment('a\ud800b c')].map((s) => [s.index, s.segment.length])));
console.log([...new Intl.Segmenter().segment('x\udc00y')].length);
