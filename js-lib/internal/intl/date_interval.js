'use strict';
// Intl.DateTimeFormat's formatRange and formatRangeToParts as node formats them: ICU's
// DateIntervalFormat (ICU4X's range formatter picks other patterns too often), written here
// over the single-date formatting of date_time_format.js and CLDR's English interval patterns
// (interval_format_data.js).
//
// A format is described, as ICU describes it, by a skeleton: its pattern's letters and their
// counts (`{ y: 1, M: 3, d: 1 }` for "MMM d, y"). The range is formatted by the greatest
// calendar field that differs between the two dates: with the interval pattern CLDR has for
// the nearest skeleton and that field ("MMM d – d, y" when the days differ), or else each date
// in full around the fallback " – ".

const binding = internalBinding('intl');
const { lookup, parentOf } = require('internal/intl/english_data');
const { partitionDateTimePattern } = require('internal/intl/date_time_format');
const { tokenize } = require('internal/intl/date_pattern');

let intervalData;

// The calendar fields ICU compares, greatest first, by their pattern letters: era, year,
// month, day, am/pm, hour, minute, second, millisecond.
const calendarFields = ['G', 'y', 'M', 'd', 'a', 'h', 'm', 's', 'S'];
// How large a unit each pattern letter shows (ICU's levels: the larger, the smaller the unit).
const letterLevels = { G: 0, y: 10, M: 20, L: 20, E: 30, d: 30, a: 40, B: 40, h: 50, H: 50, K: 50, k: 50, m: 60, s: 70, S: 80 };
const hourLetters = { h11: 'K', h12: 'h', h23: 'H', h24: 'k' };
const zoneStyles = { z: ['short', 'long'], O: ['shortOffset', 'longOffset'], v: ['shortGeneric', 'longGeneric'] };
const textWidths = { 1: 'short', 2: 'short', 3: 'short', 4: 'long', 5: 'narrow' };

/** A skeleton ({ letter: count }) parsed from its string form ("yMMMd"). */
function parseSkeleton(text) {
  const skeleton = {};
  for (const letter of text) skeleton[letter] = (skeleton[letter] ?? 0) + 1;
  return skeleton;
}

/** The ECMA-402 components a skeleton asks the single-date formatter for. */
function requestOf(skeleton) {
  const request = {};
  // A pattern's two-digit minutes and hours are its own choice, not a request to pass on.
  const numeric = (count) => (count === 2 ? '2-digit' : 'numeric');
  for (const [letter, count] of Object.entries(skeleton)) {
    if (letter === 'G') request.era = textWidths[count];
    else if (letter === 'y') request.year = numeric(count);
    else if (letter === 'M' || letter === 'L') {
      // A skeleton with both (a stand-alone month with a day added) asks for the longer.
      const width = Math.max(count, skeleton.M ?? 0, skeleton.L ?? 0);
      request.month = width < 3 ? numeric(width) : textWidths[width];
    } else if (letter === 'E') request.weekday = textWidths[count];
    else if (letter === 'd') request.day = numeric(count);
    else if (letter === 'B') request.dayPeriod = textWidths[count];
    else if (Object.values(hourLetters).includes(letter)) request.hour = 'numeric';
    else if (letter === 'm') request.minute = 'numeric';
    else if (letter === 's') request.second = 'numeric';
    else if (letter === 'S') request.fractionalSecondDigits = count;
    else if (zoneStyles[letter] !== undefined) request.timeZoneName = zoneStyles[letter][count < 4 ? 0 : 1];
  }
  return request;
}

/**
 * The format with `request` for its components (and no date or time style), its hours as wide
 * as the pattern found has them: ICU's DateIntervalFormat asks its generator for patterns
 * without matching the hour's width, where V8 matches it.
 */
function withRequest(internal, request) {
  return { ...internal, fields: request, dateStyle: undefined, timeStyle: undefined, patternHourWidth: true };
}

/** The single date formatted with the best pattern for `skeleton`, as ICU's getBestPattern. */
function formatSkeleton(internal, skeleton, time) {
  return partitionDateTimePattern(withRequest(internal, requestOf(skeleton)), time);
}

// 2001-02-03 04:05:06 UTC: every numeric field below 10 and every name of a distinct length in
// each width (Feb/February/F, Sat/Saturday/S, AD/Anno Domini/A), so the parts show the pattern.
const patternSample = Date.UTC(2001, 1, 3, 4, 5, 6);

/**
 * The skeleton of the format's own pattern, read off its parts (ICU4X keeps the pattern
 * inside). ICU's pattern shows the fields asked for, no more: where ICU4X's adds some
 * (a year and day to a month and hour), they are left out.
 */
function formatSkeletonOf(internal) {
  const skeleton = {};
  const textCount = (value) => (value.length === 1 ? 5 : value.length <= 3 ? 3 : 4);
  const styled = internal.dateStyle !== undefined || internal.timeStyle !== undefined;
  const option = { fractionalSecond: 'fractionalSecondDigits', dayPeriod: 'hour' };
  for (const { type, value } of partitionDateTimePattern({ ...internal, timeZone: 'UTC' }, patternSample)) {
    if (!styled && internal.fields[type] === undefined && internal.fields[option[type]] === undefined) continue;
    if (type === 'era') skeleton.G = textCount(value);
    else if (type === 'year') skeleton.y = value.length === 2 ? 2 : 1;
    else if (type === 'month') {
      const digits = /^\d+$/.test(value);
      // ICU keeps a month asked for as a number numeric, where ICU4X may name it (beside a weekday).
      const asked = styled ? undefined : internal.fields.month;
      if (!digits && (asked === 'numeric' || asked === '2-digit')) skeleton.M = asked === 'numeric' ? 1 : 2;
      else skeleton.M = digits ? value.length : textCount(value);
    } else if (type === 'weekday') skeleton.E = textCount(value);
    else if (type === 'day') skeleton.d = value.length;
    else if (type === 'dayPeriod') {
      if (internal.fields.dayPeriod === undefined) skeleton.a = 1;
      else skeleton.B = { short: 1, long: 4, narrow: 5 }[internal.fields.dayPeriod];
    } else if (type === 'hour') skeleton[hourLetters[internal.hourCycle]] = value.length;
    else if (type === 'minute') skeleton.m = value.length;
    else if (type === 'second') skeleton.s = value.length;
    else if (type === 'fractionalSecond') skeleton.S = value.length;
  }
  const zoneStyle = internal.fields.timeZoneName ?? { full: 'long', long: 'short' }[internal.timeStyle];
  for (const [letter, styles] of Object.entries(zoneStyles)) {
    const index = styles.indexOf(zoneStyle);
    if (index >= 0) skeleton[letter] = index === 0 ? 1 : 4;
  }
  // CLDR's patterns of a month alone are stand-alone ("LLL"), a letter no interval skeleton has.
  if (skeleton.M !== undefined && Object.keys(skeleton).length === 1) return { L: skeleton.M };
  return skeleton;
}

/**
 * ICU's split of a skeleton into its date and time fields, each also normalized as the
 * interval skeletons are written: one y-run, M and E shortened while numeric or abbreviated,
 * one d, one hour letter, m, z and v; `a` only in the time skeleton (the interval patterns say
 * where the day period goes), O in neither (ICU reads no offset zone there).
 */
function splitSkeleton(skeleton) {
  const date = {};
  const time = {};
  const normalizedDate = {};
  const normalizedTime = {};
  let hourLetter;
  for (const [letter, count] of Object.entries(skeleton)) {
    if ('yMEd'.includes(letter)) date[letter] = count;
    else if ('GL'.includes(letter)) date[letter] = normalizedDate[letter] = count;
    else if (letter === 'a') time[letter] = count;
    else if ('BsS'.includes(letter)) time[letter] = normalizedTime[letter] = count;
    else if ('hHKkmzv'.includes(letter)) {
      time[letter] = count;
      if ('hHKk'.includes(letter)) hourLetter ??= letter;
      else normalizedTime[letter] = 1;
    }
  }
  if (date.y !== undefined) normalizedDate.y = date.y;
  if (date.M !== undefined) normalizedDate.M = date.M < 3 ? 1 : date.M;
  if (date.E !== undefined) normalizedDate.E = date.E <= 3 ? 1 : date.E;
  if (date.d !== undefined) normalizedDate.d = 1;
  if (hourLetter !== undefined) normalizedTime[hourLetter] = 1;
  return { date, time, normalizedDate, normalizedTime };
}

const isEmpty = (skeleton) => Object.keys(skeleton).length === 0;
const withField = (letter, skeleton) => ({ [letter]: 1, ...skeleton });

/**
 * The interval data of the locale: every skeleton up its chain of parents, the fallback and
 * the date-time glue. Other languages than English have no skeletons here: their ranges are
 * each date in full around " – ".
 */
function localeIntervals(locale) {
  intervalData ??= require('internal/intl/interval_format_data');
  const skeletons = new Map();
  if (lookup(intervalData, locale, 'intervals', '{fallback}') === undefined) {
    return { skeletons, fallback: '{0} – {1}', dateTime: '{1}, {0}' };
  }
  for (let current = locale; current !== undefined; current = parentOf(intervalData, current)) {
    for (const [key, patterns] of Object.entries(intervalData[current]?.intervals ?? {})) {
      if (!key.startsWith('{') && !skeletons.has(key)) skeletons.set(key, patterns);
    }
  }
  return {
    skeletons,
    fallback: lookup(intervalData, locale, 'intervals', '{fallback}'),
    dateTime: lookup(intervalData, locale, 'intervals', '{dateTime}'),
  };
}

/**
 * ICU's nearest interval skeleton: fields missing on either side cost most, a month numeric on
 * one side and a name on the other less, other width differences their difference. `difference`
 * is 0 for the same skeleton, 1 for the same fields in other widths, 2 when only the zone or
 * hour letters stand for their kin (z for v, K for h, k for H), -1 when fields differ.
 */
function bestSkeleton(intervals, skeleton) {
  const substitutes = { z: 'v', K: 'h', k: 'H' };
  const input = {};
  let substituted = false;
  for (const [letter, count] of Object.entries(skeleton)) {
    substituted ||= substitutes[letter] !== undefined;
    input[substitutes[letter] ?? letter] = count;
  }
  let best;
  for (const key of intervals.skeletons.keys()) {
    const candidate = parseSkeleton(key);
    let distance = 0;
    let difference = 1;
    for (const letter of new Set([...Object.keys(input), ...Object.keys(candidate)])) {
      const wanted = input[letter] ?? 0;
      const has = candidate[letter] ?? 0;
      if (wanted === has) continue;
      if (wanted === 0 || has === 0) {
        difference = -1;
        distance += 0x1000;
      } else if (letter === 'M' && wanted < 3 !== has < 3) distance += 0x100;
      else distance += Math.abs(wanted - has);
    }
    if (best === undefined || distance < best.distance) best = { key, skeleton: candidate, distance, difference };
    if (distance === 0) return { ...best, difference: substituted ? 2 : 0 };
  }
  if (best !== undefined && substituted && best.difference !== -1) best.difference = 2;
  return best;
}

/** Whether the pattern shows nothing as small as the calendar field (the dates then format as one). */
function isFieldIgnored(skeleton, field) {
  const fieldLevel = letterLevels[field];
  return Object.keys(skeleton).every((letter) => (letterLevels[letter] ?? 0) < fieldLevel);
}

/**
 * ICU's width adjustment of an interval pattern found for a skeleton near the one asked for:
 * the zone and hour letters substituted back, and each field as long as the skeleton has it
 * where the pattern has the nearest skeleton's width.
 */
function adjustWidths(tokens, skeleton, best, difference) {
  return tokens.map((token) => {
    if (token.letter === undefined) return token;
    let { letter, count } = token;
    if (difference === 2) {
      if (letter === 'v' && skeleton.z !== undefined) letter = 'z';
      if (letter === 'h' && skeleton.K !== undefined) letter = 'K';
      if (letter === 'H' && skeleton.k !== undefined) letter = 'k';
    }
    const key = letter === 'L' ? 'M' : letter;
    const bestCount = best[key] ?? 0;
    const wanted = skeleton[key] ?? 0;
    if (count === bestCount && wanted > bestCount) count = wanted;
    return { letter, count };
  });
}

/** The interval pattern CLDR has for the skeleton and a field ('h' and 'H' are the hour, 'a' and 'B' the day period). */
function patternFor(intervals, key, field) {
  const patterns = intervals.skeletons.get(key);
  if (patterns === undefined) return undefined;
  if (field === 'h') return patterns.h ?? patterns.H;
  if (field === 'a') return patterns.a ?? patterns.B;
  return patterns[field];
}

/**
 * ICU's interval patterns of a format (DateIntervalFormat's initializePattern): for each
 * calendar field, `{ tokens }` (an interval pattern), `{ fallback: skeleton }` (each date
 * formatted with that skeleton around the fallback) or nothing (each date in the format's own
 * pattern, or one date when the pattern does not show the field). `date` and `time` are the
 * normalized skeletons the fallback of a time range within one day formats with.
 */
function intervalPatternsOf(internal) {
  const intervals = localeIntervals(internal.formatLocale.split('-u-')[0]);
  const skeleton = formatSkeletonOf(internal);
  const { date, time, normalizedDate, normalizedTime } = splitSkeleton(skeleton);
  const result = { intervals, skeleton, patterns: {}, date: undefined, time: undefined };
  const { patterns } = result;

  // setSeparateDateTimePtn: the patterns of the time fields when there is a time, else of the date fields.
  const found = (() => {
    const normalized = isEmpty(normalizedTime) ? normalizedDate : normalizedTime;
    const best = bestSkeleton(intervals, normalized);
    if (best === undefined) return false;
    if (!isEmpty(normalizedDate)) result.date = normalizedDate;
    if (!isEmpty(normalizedTime)) result.time = normalizedTime;
    if (best.difference === -1) return false;
    // One field's pattern, from the nearest skeleton or (for a date) from it with the field
    // added ("MMMd" has none for the year: "yMMMd"'s, whose years then show). Returns the
    // skeletons extended, which the greater fields then look in.
    const setPattern = (field, input, nearest, extend) => {
      let { difference } = nearest;
      let pattern = patternFor(intervals, nearest.key, field);
      let extended;
      if (pattern === undefined) {
        if (isFieldIgnored(nearest.skeleton, field)) return undefined;
        // A 24-hour clock's skeletons have no am/pm pattern: the hour's serves.
        if (field === 'a') {
          const hourPattern = patternFor(intervals, nearest.key, 'h');
          if (hourPattern !== undefined) {
            patterns.a = { tokens: adjustWidths(tokenize(hourPattern), input, nearest.skeleton, difference) };
          }
          return undefined;
        }
        if (!extend) return undefined;
        extended = { input: withField(field, input), nearest: { ...nearest, key: field + nearest.key } };
        extended.nearest.skeleton = withField(field, nearest.skeleton);
        input = extended.input;
        nearest = extended.nearest;
        pattern = patternFor(intervals, nearest.key, field);
        if (pattern === undefined && difference === 0) {
          const other = bestSkeleton(intervals, nearest.skeleton);
          if (other !== undefined && other.difference !== -1) {
            ({ difference } = other);
            pattern = patternFor(intervals, other.key, field);
            nearest = other;
          }
        }
      }
      if (pattern !== undefined) {
        const tokens = tokenize(pattern);
        patterns[field] = { tokens: difference === 0 ? tokens : adjustWidths(tokens, input, nearest.skeleton, difference) };
      }
      return extended;
    };
    if (isEmpty(normalizedTime)) {
      let input = normalizedDate;
      let nearest = best;
      setPattern('d', input, nearest, true);
      const extended = setPattern('M', input, nearest, true);
      if (extended !== undefined) ({ input, nearest } = extended);
      setPattern('y', input, nearest, true);
      setPattern('G', input, nearest, true);
    } else {
      for (const field of ['m', 'h', 'a']) setPattern(field, normalizedTime, best, false);
    }
    return true;
  })();

  if (!isEmpty(time) && isEmpty(date)) {
    // A time alone: when the days differ, each date and time in full (a short date before the time).
    const dated = { y: 1, M: 1, d: 1, ...time };
    for (const field of ['d', 'M', 'y']) patterns[field] = { fallback: dated };
    patterns.G = { fallback: { G: 1, ...dated } };
  } else if (found && !isEmpty(time)) {
    // A date and a time: when a date field differs, each in full with the greater date fields
    // the pattern lacks; within a day, the date then the time range.
    let full = skeleton;
    for (const field of ['d', 'M', 'y', 'G']) {
      if (date[field] === undefined) {
        full = withField(field, full);
        patterns[field] = { fallback: full };
      }
    }
    for (const field of ['a', 'h', 'm']) {
      if (patterns[field]?.tokens !== undefined)
        patterns[field] = { tokens: joinDateTime(intervals.dateTime, date, patterns[field].tokens) };
    }
  }
  return result;
}

/** The date-time glue ("{1}, {0}") with the date's skeleton for {1} and the time tokens for {0}. */
function joinDateTime(glue, date, timeTokens) {
  const tokens = [];
  for (const piece of glue.split(/(\{[01]\})/)) {
    if (piece === '{0}') tokens.push(...timeTokens);
    else if (piece === '{1}') tokens.push({ skeleton: date });
    else if (piece !== '') tokens.push(...tokenize(piece));
  }
  return tokens;
}

/** The fields ICU compares, of the wall-clock time in the format's zone. */
function calendarFieldsOf(internal, time) {
  const request = {
    era: 'short',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  };
  const parts = partitionDateTimePattern({ ...withRequest(internal, request), formatLocale: 'en-u-hc-h23', hourCycle: 'h23' }, time);
  const value = (type) => parts.find((part) => part.type === type).value;
  const hour = Number(value('hour'));
  return {
    G: value('era'),
    y: Number(value('year')),
    M: Number(value('month')),
    d: Number(value('day')),
    a: hour < 12 ? 0 : 1,
    hour,
    h: hour % 12,
    m: Number(value('minute')),
    s: Number(value('second')),
    S: ((time % 1000) + 1000) % 1000,
  };
}

/** The value of one pattern field for a date: numbers from its calendar fields, names from the formatter. */
function fieldPart(internal, token, fields, time) {
  const { letter, count } = token;
  const pad = (number) => String(number).padStart(count, '0');
  const named = (request, type) => formatSkeleton(internal, request, time).find((part) => part.type === type);
  switch (letter) {
    case 'y':
      return { type: 'year', value: count === 2 ? pad(fields.y % 100) : String(fields.y) };
    case 'M':
    case 'L':
      return count < 3 ? { type: 'month', value: pad(fields.M) } : named({ M: count }, 'month');
    case 'd':
      return { type: 'day', value: pad(fields.d) };
    case 'E':
      return named({ E: count }, 'weekday');
    case 'G':
      return named({ G: count }, 'era');
    case 'h':
      return { type: 'hour', value: pad(fields.h || 12) };
    case 'H':
      return { type: 'hour', value: pad(fields.hour) };
    case 'K':
      return { type: 'hour', value: pad(fields.h) };
    case 'k':
      return { type: 'hour', value: pad(fields.hour || 24) };
    case 'm':
      return { type: 'minute', value: pad(fields.m) };
    case 's':
      return { type: 'second', value: pad(fields.s) };
    case 'S':
      return { type: 'fractionalSecond', value: String(fields.S).padStart(3, '0').slice(0, count) };
    case 'a':
      return named({ [hourLetters[internal.hourCycle]]: 1 }, 'dayPeriod');
    case 'B':
      return named({ h: 1, B: count }, 'dayPeriod');
    default: {
      const style = zoneStyles[letter][count < 4 ? 0 : 1];
      return { type: 'timeZoneName', value: binding.timeZoneName(internal.formatLocale, time, internal.timeZone, style) };
    }
  }
}

/** Tokens formatted for a date; `range` marks the parts of the date it formats (0 the start, 1 the end). */
function formatTokens(internal, tokens, date, range, parts) {
  for (const token of tokens) {
    let formatted;
    if (token.text !== undefined) formatted = [{ type: 'literal', value: token.text }];
    else if (token.skeleton !== undefined) formatted = formatSkeleton(internal, token.skeleton, date.time);
    else formatted = [fieldPart(internal, token, date.fields, date.time)];
    for (const part of formatted) parts.push({ ...part, range });
  }
}

/** Fills a simple pattern ("{0} – {1}"): its text as shared literals, `fill(index)` for its arguments. */
function fillPattern(pattern, parts, fill) {
  for (const piece of pattern.split(/(\{[01]\})/)) {
    if (piece === '{0}' || piece === '{1}') fill(Number(piece[1]));
    else if (piece !== '') parts.push({ type: 'literal', value: piece, range: undefined });
  }
}

/** Each date formatted with `skeleton` (the format's own pattern when undefined) around the fallback. */
function fallbackRange(internal, intervals, skeleton, start, end, parts) {
  fillPattern(intervals.fallback, parts, (range) => {
    const { time } = range === 0 ? start : end;
    // (DateIntervalFormat's own pattern, too, has its hours as wide as the pattern found has them.)
    const formatted =
      skeleton === undefined
        ? partitionDateTimePattern({ ...internal, patternHourWidth: true }, time)
        : formatSkeleton(internal, skeleton, time);
    for (const part of formatted) parts.push({ ...part, range });
  });
}

/**
 * The parts of the range, each with the date it comes from (`range`: 0, 1 or undefined), or
 * undefined when the dates format as one.
 */
function intervalParts(internal, startTime, endTime) {
  const start = { time: startTime, fields: calendarFieldsOf(internal, startTime) };
  const end = { time: endTime, fields: calendarFieldsOf(internal, endTime) };
  const field = calendarFields.find((name) => start.fields[name] !== end.fields[name]);
  if (field === undefined) return undefined;
  internal.intervalPatterns ??= intervalPatternsOf(internal);
  const { intervals, skeleton, patterns, date, time } = internal.intervalPatterns;
  const entry = patterns[field];
  const parts = [];
  if (entry?.tokens !== undefined) {
    // The pattern's first part formats the start, from the first field it repeats on the end.
    // (A pattern that repeats none is all the start's.)
    const seen = new Set();
    const repeat = entry.tokens.findIndex((token) => {
      if (token.letter === undefined) return false;
      if (seen.has(token.letter)) return true;
      seen.add(token.letter);
      return false;
    });
    const split = repeat < 0 ? entry.tokens.length : repeat;
    formatTokens(internal, entry.tokens.slice(0, split), start, 0, parts);
    formatTokens(internal, entry.tokens.slice(split), end, 1, parts);
  } else if (entry?.fallback !== undefined) {
    fallbackRange(internal, intervals, entry.fallback, start, end, parts);
  } else if (isFieldIgnored(skeleton, field)) {
    return undefined;
  } else if ('ahmsS'.includes(field) && date !== undefined && time !== undefined) {
    // Within one day: the date once, and the range of the times.
    fillPattern(intervals.dateTime, parts, (index) => {
      if (index === 0) fallbackRange(internal, intervals, time, start, end, parts);
      else formatTokens(internal, [{ skeleton: date }], start, undefined, parts);
    });
  } else {
    fallbackRange(internal, intervals, undefined, start, end, parts);
  }
  return parts;
}

/**
 * ECMA-402's PartitionDateTimeRangePattern with ICU's sources: the parts of each date span from
 * the first to the last field that shows for both dates; the rest is shared. A range whose
 * dates show alike formats as one date, all shared, as V8 does.
 */
function formatRangeToParts(internal, startTime, endTime) {
  const parts = intervalParts(internal, startTime, endTime);
  const repeated = new Set();
  if (parts !== undefined) {
    const seen = new Set();
    for (const part of parts) {
      if (part.type === 'literal') continue;
      if (seen.has(part.type)) repeated.add(part.type);
      seen.add(part.type);
    }
  }
  if (repeated.size === 0) return undefined;
  // Each date's span: from its first to its last part of a repeated field.
  const spans = [0, 1].map((range) => {
    const indexes = parts.flatMap((part, index) => (part.range === range && repeated.has(part.type) ? [index] : []));
    return [Math.min(...indexes), Math.max(...indexes)];
  });
  const result = [];
  parts.forEach((part, index) => {
    const range = spans.findIndex(([first, last]) => index >= first && index <= last);
    const source = range === 0 ? 'startRange' : range === 1 ? 'endRange' : 'shared';
    const last = result.at(-1);
    if (part.type === 'literal' && last?.type === 'literal' && last.source === source) last.value += part.value;
    else if (part.value !== '') result.push({ type: part.type, value: part.value, source });
  });
  return result;
}

module.exports = { formatRangeToParts };
