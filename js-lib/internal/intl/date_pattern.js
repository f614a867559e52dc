'use strict';
// Intl.DateTimeFormat in English, as node formats it: the pattern V8 has ICU make (for the
// component options ICU's DateTimePatternGenerator: the CLDR availableFormats pattern nearest
// the requested skeleton, its field widths adjusted, missing fields appended, date and time
// joined; for the styles CLDR's date and time patterns) filled in from the wall-clock time.
// ICU4X's field sets cannot express many of the combinations (a numeric month beside a
// weekday, minutes alone, flexible day periods, long eras) and its English sublocales' styles
// differ from ICU's, so English takes this path; other languages keep ICU4X's.

const binding = internalBinding('intl');
const { lookup, parentOf } = require('internal/intl/english_data');

let formatData;
function data() {
  formatData ??= require('internal/intl/date_format_data');
  return formatData;
}

// ICU's date-time fields, in its order (a field's bit is its index), with the letters of
// each, CLDR's appendItems and field name keys and formatToParts' type. No option asks for a
// quarter or a week: they are here so that the patterns showing them are not taken.
const fields = [
  { letters: 'G', append: 'Era', name: 'era', part: 'era' },
  { letters: 'y', append: 'Year', name: 'year', part: 'year' },
  { letters: 'Q', append: 'Quarter' },
  { letters: 'ML', append: 'Month', name: 'month', part: 'month' },
  { letters: 'wW', append: 'Week' },
  { letters: 'Ec', append: 'Day-Of-Week', name: 'weekday', part: 'weekday' },
  { letters: 'd', append: 'Day', name: 'day', part: 'day' },
  { letters: 'aB', append: undefined, name: 'dayperiod', part: 'dayPeriod' },
  { letters: 'hHKk', append: 'Hour', name: 'hour', part: 'hour' },
  { letters: 'm', append: 'Minute', name: 'minute', part: 'minute' },
  { letters: 's', append: 'Second', name: 'second', part: 'second' },
  { letters: 'S', append: 'Second', name: 'second', part: 'fractionalSecond' },
  { letters: 'zvO', append: 'Timezone', name: 'zone', part: 'timeZoneName' },
];
const fieldOf = {};
for (const [index, field] of fields.entries()) for (const letter of field.letters) fieldOf[letter] = index;
const [ERA, YEAR, QUARTER, MONTH, WEEK, WEEKDAY, DAY, DAY_PERIOD, HOUR, MINUTE, SECOND, FRACTION] = fields.keys();
const dateMask = [ERA, YEAR, QUARTER, MONTH, WEEK, WEEKDAY, DAY].reduce((mask, field) => mask | (1 << field), 0);
// ICU leaves its default append format where CLDR has none (the day period's).
const defaultAppend = '{0} \u251c{2}: {1}\u2524';

// ICU's types of a letter repeated `count` times: numeric ones positive (growing with the
// width), names negative (abbreviated, wide, narrow, short), each letter of a field a little
// apart (DT_DELTA) so the same letter is nearest.
const NUMERIC = 0x100;
const DELTA = 0x10;
const nameTypes = { 1: -0x103, 2: -0x103, 3: -0x103, 4: -0x104, 5: -0x101, 6: -0x102 };
const letterOffsets = { L: DELTA, c: 2 * DELTA, B: -3 * DELTA, K: DELTA, H: 10 * DELTA, k: 11 * DELTA, v: -DELTA, O: -2 * DELTA };
function typeOf(letter, count) {
  const offset = letterOffsets[letter] ?? 0;
  const numeric = 'ydhHKkmsSwW'.includes(letter) || ('MLcQ'.includes(letter) && count < 3);
  if (numeric) return NUMERIC + offset + count;
  if (letter === 'O') return (count === 1 ? -0x103 : -0x104) + offset;
  return nameTypes[Math.min(count, 6)] + offset;
}

/**
 * A skeleton ({ letters, types }: per field the letter run and its type) of a skeleton string,
 * as ICU's DateTimeMatcher reads it: a 12-hour clock without a day period gets `a`, a 24-hour
 * one drops the day period asked for, and fractions of a second beside minutes get seconds.
 */
function parseSkeleton(text) {
  const letters = [];
  for (const letter of text) {
    const field = fieldOf[letter];
    if (field !== undefined) letters[field] = letters[field] === undefined ? letter : letters[field] + letter;
  }
  if (letters[MINUTE] !== undefined && letters[FRACTION] !== undefined) letters[SECOND] ??= 's';
  const hour = letters[HOUR]?.[0];
  if ((hour === 'h' || hour === 'K') && letters[DAY_PERIOD] === undefined) letters[DAY_PERIOD] = 'a';
  else if ((hour === 'H' || hour === 'k') && letters[DAY_PERIOD] !== undefined) letters[DAY_PERIOD] = undefined;
  const types = letters.map((run) => (run === undefined ? 0 : typeOf(run[0], run.length)));
  return { letters, types };
}

const EXTRA_FIELD = 0x10000;
const MISSING_FIELD = 0x1000;

/** ICU's distance from the fields of `requested` in `mask` to a candidate skeleton, with the fields it lacks and adds. */
function distance(requested, candidate, mask) {
  let total = 0;
  let missing = 0;
  let extra = 0;
  for (let field = 0; field < fields.length; field++) {
    const wanted = mask & (1 << field) ? (requested.types[field] ?? 0) : 0;
    const has = candidate.types[field] ?? 0;
    if (wanted === has) continue;
    if (wanted === 0) {
      total += EXTRA_FIELD;
      extra |= 1 << field;
    } else if (has === 0) {
      total += MISSING_FIELD;
      missing |= 1 << field;
    } else total += Math.abs(wanted - has);
  }
  return { total, missing, extra };
}

const localeFormats = new Map();
/**
 * The locale's patterns as ICU's generator has them: a pattern of each single field (ICU's
 * canonical items), the date and time styles' patterns (their skeletons read off them), then
 * CLDR's availableFormats, a locale's replacing its parent's and any of the same skeleton.
 */
function formatsOf(locale) {
  let formats = localeFormats.get(locale);
  if (formats !== undefined) return formats;
  const bySkeleton = new Map();
  const add = (skeletonText, pattern, override) => {
    const skeleton = parseSkeleton(skeletonText);
    const key = skeleton.letters.join(',');
    if (override || !bySkeleton.has(key)) bySkeleton.set(key, { skeleton, pattern, text: skeletonText });
  };
  for (const letter of 'GyMEdaHmsSv') add(letter, letter, false);
  for (const length of ['full', 'long', 'medium', 'short']) {
    for (const kind of ['date', 'time']) {
      const pattern = lookup(data().locales, locale, 'styles', `${kind}-${length}`);
      const letters = tokenize(pattern).map((token) => (token.letter === undefined ? '' : token.letter.repeat(token.count)));
      add(letters.join(''), pattern, false);
    }
  }
  const chain = [];
  for (let current = locale; current !== undefined; current = parentOf(data().locales, current)) chain.unshift(current);
  for (const current of chain) {
    for (const [key, pattern] of Object.entries(data().locales[current]?.formats ?? {})) add(key, pattern, true);
  }
  // ICU tries them grouped by their first field (a month's patterns before a weekday's), each
  // group in the code-unit order of the skeletons ("MMdd" before "Md"): the first of the
  // nearest wins.
  const firstField = (format) => format.skeleton.types.findIndex((type) => type);
  formats = [...bySkeleton.values()].sort((a, b) => firstField(a) - firstField(b) || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  localeFormats.set(locale, formats);
  return formats;
}

/** ICU's getBestRaw: the first of the nearest patterns to the fields of `requested` in `mask`. */
function bestRaw(locale, requested, mask) {
  let best;
  for (const format of formatsOf(locale)) {
    const measured = distance(requested, format.skeleton, mask);
    if (best === undefined || measured.total < best.measured.total) {
      best = { format, measured };
      if (measured.total === 0) break;
    }
  }
  return best;
}

/** A pattern's tokens: { letter, count } for a field, { text } for a literal (quotes undone). */
function tokenize(pattern) {
  const tokens = [];
  for (let index = 0; index < pattern.length; ) {
    const char = pattern[index];
    if (/[A-Za-z]/.test(char)) {
      let end = index;
      while (pattern[end] === char) end++;
      tokens.push({ letter: char, count: end - index });
      index = end;
    } else if (char === "'") {
      if (pattern[index + 1] === "'") {
        tokens.push({ text: "'" });
        index += 2;
        continue;
      }
      const end = pattern.indexOf("'", index + 1);
      const close = end < 0 ? pattern.length : end;
      tokens.push({ text: pattern.slice(index + 1, close).replaceAll("''", "'") });
      index = close + 1;
    } else {
      tokens.push({ text: char });
      index++;
    }
  }
  return tokens;
}

/**
 * ICU's adjustFieldTypes: each field of the found pattern as wide as the request has it,
 * unless the pattern's skeleton already had that width or one of them is numeric and the
 * other not; minutes and seconds keep the pattern's width, and so do hours unless
 * `requested.matchHour` (V8 matches them). `fractionWidth` adds the fractional seconds to the
 * seconds (ICU's fix for a missing `S`).
 */
function adjust(tokens, requested, skeleton, fractionWidth = 0) {
  const adjusted = [];
  for (const token of tokens) {
    const field = token.letter === undefined ? undefined : fieldOf[token.letter];
    const wanted = field === undefined ? undefined : requested.letters[field];
    if (wanted === undefined) {
      adjusted.push(token);
      continue;
    }
    let count = wanted[0] === 'E' ? Math.max(wanted.length, 3) : wanted.length;
    if (field === MINUTE || field === SECOND || (field === HOUR && !requested.matchHour)) count = token.count;
    else {
      const had = skeleton.letters[field];
      const patternNumeric = typeOf(token.letter, token.count) > 0;
      const skeletonNumeric = (skeleton.types[field] ?? 0) > 0;
      if (had?.length === count || patternNumeric !== skeletonNumeric) count = token.count;
    }
    const keepsLetter = field === HOUR || field === MONTH || field === WEEKDAY || field === YEAR;
    adjusted.push({ letter: keepsLetter ? token.letter : wanted[0], count });
    if (field === SECOND && fractionWidth > 0) adjusted.push({ text: '.' }, { letter: 'S', count: fractionWidth });
  }
  return adjusted;
}

/** The pattern that appends a missing field's pattern ({1}, named {2}) to the pattern found ({0}). */
function appendFormat(locale, field) {
  const key = fields[field].append;
  return (key !== undefined && lookup(data().locales, locale, 'appendItems', key)) || defaultAppend;
}

/** `format` ("{1} 'at' {0}") with its placeholders replaced by token lists. */
function substitute(format, values) {
  const tokens = [];
  for (const piece of format.split(/(\{\d\})/)) {
    if (/^\{\d\}$/.test(piece)) tokens.push(...values[piece[1]]);
    else tokens.push(...tokenize(piece));
  }
  return tokens;
}

/** ICU's getBestAppending: the nearest pattern to the fields in `mask`, each field it lacks appended. */
function bestAppending(locale, requested, mask) {
  if (mask === 0) return [];
  const found = bestRaw(locale, requested, mask);
  let tokens = adjust(tokenize(found.format.pattern), requested, found.format.skeleton);
  let missing = found.measured.missing;
  while (missing !== 0) {
    const fraction = 1 << FRACTION;
    if ((missing & ((1 << SECOND) | fraction)) === fraction && mask & (1 << SECOND)) {
      tokens = adjust(tokens, requested, requested, requested.letters[FRACTION].length);
      missing &= ~fraction;
      continue;
    }
    const next = bestRaw(locale, requested, missing);
    const added = adjust(tokenize(next.format.pattern), requested, next.format.skeleton);
    const top = 31 - Math.clz32(missing & ~next.measured.missing);
    const name = [{ text: lookup(data().locales, locale, 'fieldNames', fields[top].name) }];
    tokens = substitute(appendFormat(locale, top), [tokens, added, name]);
    missing = next.measured.missing;
  }
  return tokens;
}

/** ICU's getBestPattern for a skeleton string: the tokens of the pattern to format with. */
function bestPattern(locale, skeletonText, matchHour) {
  const requested = { ...parseSkeleton(skeletonText), matchHour };
  let all = 0;
  for (const [field, type] of requested.types.entries()) if (type) all |= 1 << field;
  const found = bestRaw(locale, requested, all);
  if (found.measured.missing === 0 && found.measured.extra === 0) {
    return adjust(tokenize(found.format.pattern), requested, found.format.skeleton);
  }
  const date = bestAppending(locale, requested, all & dateMask);
  const time = bestAppending(locale, requested, all & ~dateMask);
  if (date.length === 0) return time;
  if (time.length === 0) return date;
  // ICU 72+ picks the date-time glue by the date's month and weekday widths.
  const month = requested.letters[MONTH]?.length ?? 0;
  const length = month === 4 ? (requested.letters[WEEKDAY] ? 'full' : 'long') : month === 3 ? 'medium' : 'short';
  return substitute(lookup(data().locales, locale, 'dateTime', length), [time, date]);
}

// ECMA-402's component options as the letters of V8's skeleton.
const optionLetters = {
  weekday: { narrow: 'EEEEE', short: 'EEE', long: 'EEEE' },
  era: { narrow: 'GGGGG', short: 'G', long: 'GGGG' },
  year: { '2-digit': 'yy', numeric: 'y' },
  month: { '2-digit': 'MM', numeric: 'M', narrow: 'MMMMM', short: 'MMM', long: 'MMMM' },
  day: { '2-digit': 'dd', numeric: 'd' },
  dayPeriod: { narrow: 'BBBBB', short: 'B', long: 'BBBB' },
  minute: { '2-digit': 'mm', numeric: 'm' },
  second: { '2-digit': 'ss', numeric: 's' },
  timeZoneName: { short: 'z', long: 'zzzz', shortOffset: 'O', longOffset: 'OOOO', shortGeneric: 'v', longGeneric: 'vvvv' },
};
const hourLetters = { h11: 'K', h12: 'h', h23: 'H', h24: 'k' };

/** Whether `locale` (a language tag without extensions) has English patterns here. */
function isEnglish(locale) {
  return lookup(data().locales, locale, 'dateTime', 'short') !== undefined;
}

/** The skeleton V8 asks ICU's generator for: the component options' letters, the hour's as the hour cycle's. */
function componentSkeleton(fieldValues, hourCycle) {
  let skeleton = '';
  for (const [option, letters] of Object.entries(optionLetters)) {
    if (fieldValues[option] !== undefined) skeleton += letters[fieldValues[option]];
    if (option === 'dayPeriod' && fieldValues.hour !== undefined) {
      skeleton += hourLetters[hourCycle].repeat(fieldValues.hour === '2-digit' ? 2 : 1);
    }
  }
  if (fieldValues.fractionalSecondDigits !== undefined) skeleton += 'S'.repeat(fieldValues.fractionalSecondDigits);
  return skeleton;
}

/**
 * The pattern of `dateStyle`/`timeStyle`: CLDR's date and time patterns, joined with the date
 * style's glue; on another hour cycle than the pattern's, V8 asks the generator again for the
 * pattern's skeleton with that cycle's hour.
 */
function stylePattern(locale, dateStyle, timeStyle, hourCycle) {
  const date = dateStyle === undefined ? undefined : tokenize(lookup(data().locales, locale, 'styles', `date-${dateStyle}`));
  const time = timeStyle === undefined ? undefined : tokenize(lookup(data().locales, locale, 'styles', `time-${timeStyle}`));
  const tokens = date && time ? substitute(lookup(data().locales, locale, 'dateTime', dateStyle), [time, date]) : (date ?? time);
  const hour = tokens.find((token) => fieldOf[token.letter] === HOUR);
  if (hour === undefined || hour.letter === hourLetters[hourCycle]) return tokens;
  const skeleton = tokens.map(({ letter, count }) => {
    if (letter === undefined) return '';
    return (fieldOf[letter] === HOUR ? hourLetters[hourCycle] : letter).repeat(count);
  });
  return bestPattern(locale, skeleton.join(''), true);
}

const patterns = new Map();
/**
 * The pattern tokens of a format (date_time_format.js's internal slots) as V8 has ICU make
 * them: from its styles or its component options (their hours as wide as asked unless
 * `patternHourWidth`).
 */
function patternOf(internal) {
  const { dataLocale: locale, fields: fieldValues, hourCycle, dateStyle, timeStyle, patternHourWidth } = internal;
  const key = JSON.stringify([locale, fieldValues, hourCycle, dateStyle, timeStyle, patternHourWidth]);
  let tokens = patterns.get(key);
  if (tokens === undefined) {
    const styled = dateStyle !== undefined || timeStyle !== undefined;
    tokens = styled
      ? stylePattern(locale, dateStyle, timeStyle, hourCycle)
      : bestPattern(locale, componentSkeleton(fieldValues, hourCycle), !patternHourWidth);
    // V8 writes the resolved hour cycle's letter over the pattern's hours.
    tokens = tokens.map((token) =>
      fieldOf[token.letter] === HOUR && hourCycle !== undefined ? { letter: hourLetters[hourCycle], count: token.count } : token,
    );
    patterns.set(key, tokens);
  }
  return tokens;
}

/** The wall-clock time of `time` in `timeZone` as UTC getters read it, from the zone's offset then. */
function wallClock(locale, time, timeZone) {
  const offset = binding.timeZoneName(locale, time, timeZone, 'longOffset');
  const match = /([+-])(\d\d):(\d\d)(?::(\d\d))?/.exec(offset);
  const seconds =
    match === null ? 0 : (Number(match[2]) * 3600 + Number(match[3]) * 60 + Number(match[4] ?? 0)) * (match[1] === '-' ? -1 : 1);
  return new Date(time + seconds * 1000);
}

/** CLDR's flexible day period of an hour (ICU's: noon only at 12:00 sharp as far as shown). */
function flexibleDayPeriod(clock, showsMinutes, showsSeconds) {
  const hour = clock.getUTCHours();
  if (hour === 12 && (!showsMinutes || clock.getUTCMinutes() === 0) && (!showsSeconds || clock.getUTCSeconds() === 0)) return 'noon';
  const minutes = hour * 60 + clock.getUTCMinutes();
  const toMinutes = (text) => Number(text.slice(0, 2)) * 60 + Number(text.slice(3));
  for (const [period, rule] of Object.entries(data().dayPeriodRules)) {
    if (rule._from !== undefined && toMinutes(rule._from) <= minutes && minutes < toMinutes(rule._before)) return period;
  }
  return hour < 12 ? 'am' : 'pm';
}

const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const nameWidths = { 1: 'abbreviated', 2: 'abbreviated', 3: 'abbreviated', 4: 'wide', 5: 'narrow', 6: 'short' };
const zoneStyles = { z: ['short', 'long'], v: ['shortGeneric', 'longGeneric'], O: ['shortOffset', 'longOffset'] };

/** The text of one pattern field. */
function fieldText(locale, token, clock, context) {
  const { letter, count } = token;
  const pad = (value) => String(value).padStart(count, '0');
  const names = (group, width) => lookup(data().locales, locale, 'names', group)[width];
  const year = clock.getUTCFullYear();
  switch (letter) {
    case 'G':
      return names('eras', { 4: 'eraNames', 5: 'eraNarrow' }[count] ?? 'eraAbbr')[year > 0 ? 1 : 0];
    case 'y': {
      const ofEra = year > 0 ? year : 1 - year;
      return count === 2 ? pad(ofEra % 100) : pad(ofEra);
    }
    case 'M':
    case 'L': {
      if (count <= 2) return pad(clock.getUTCMonth() + 1);
      return names(letter === 'L' ? 'standAloneMonths' : 'months', nameWidths[count])[clock.getUTCMonth() + 1];
    }
    case 'E':
    case 'c':
      return names(letter === 'c' ? 'standAloneDays' : 'days', nameWidths[count])[weekdays[clock.getUTCDay()]];
    case 'd':
      return pad(clock.getUTCDate());
    case 'a':
      return names('dayPeriods', nameWidths[count])[clock.getUTCHours() < 12 ? 'am' : 'pm'];
    case 'B': {
      const period = flexibleDayPeriod(clock, context.showsMinutes, context.showsSeconds);
      return names('dayPeriods', nameWidths[count])[period];
    }
    case 'h':
      return pad(clock.getUTCHours() % 12 || 12);
    case 'K':
      return pad(clock.getUTCHours() % 12);
    case 'H':
      return pad(clock.getUTCHours());
    case 'k':
      return pad(clock.getUTCHours() || 24);
    case 'm':
      return pad(clock.getUTCMinutes());
    case 's':
      return pad(clock.getUTCSeconds());
    case 'S':
      return String(clock.getUTCMilliseconds()).padStart(3, '0').slice(0, count);
    default:
      return binding.timeZoneName(locale, context.time, context.timeZone, zoneStyles[letter][count >= 4 ? 1 : 0]);
  }
}

/** formatToParts of `time` for a format (date_time_format.js's internal slots) in English. */
function formatEnglish(internal, time) {
  const { dataLocale: locale, timeZone } = internal;
  const tokens = patternOf(internal);
  const clock = wallClock(locale, time, timeZone);
  const context = {
    time,
    timeZone,
    showsMinutes: tokens.some((token) => token.letter === 'm'),
    showsSeconds: tokens.some((token) => token.letter === 's'),
  };
  const parts = [];
  for (const token of tokens) {
    const type = token.letter === undefined ? 'literal' : fields[fieldOf[token.letter]].part;
    const value = type === 'literal' ? token.text : fieldText(locale, token, clock, context);
    if (type === 'literal' && parts.at(-1)?.type === 'literal') parts.at(-1).value += value;
    else parts.push({ type, value });
  }
  return parts;
}

module.exports = { formatEnglish, isEnglish, tokenize };
