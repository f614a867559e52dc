// string-width 7: terminal column widths through Intl.Segmenter's grapheme clusters (emoji
// sequences, flags, combining marks), East Asian widths and ANSI escapes.
import stringWidth from 'string-width';

const samples = ['abc', '古池や', '👨‍👩‍👧', '\u001b[31mred\u001b[39m', 'e\u0301', '🇬🇧🇫🇷', 'ｱｲｳ', 'a\tb', '', '👍🏽 ok', 'Ä̈x', '한국어', '\u200b'];
for (const sample of samples) console.log(JSON.stringify(sample), stringWidth(sample));
console.log(stringWidth('±', { ambiguousIsNarrow: false }), stringWidth('±'), stringWidth('\u001b[31mx', { countAnsiEscapeCodes: true }));
