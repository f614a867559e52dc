'use strict';
// Intl.DateTimeFormat: ECMA-402's option handling (CreateDateTimeFormat) here, the wall-clock
// time (jiff) and the formatting (ICU4X) in the native `intl` binding
// (guest/src/natives/intl/date_time_format.rs).

const binding = internalBinding('intl');
const { InternalSlots, coerceOptions, defineIntlConstructor, getOption, getNumberOption } = require('internal/intl/options');
const { canonicalizeLocaleList, resolveLocale, supportedLocales } = require('internal/intl/locale');
const { formatEnglish, isEnglish } = require('internal/intl/date_pattern');

const service = 'Intl.DateTimeFormat';
const slots = new InternalSlots();

const utcAliases = new Set([
  'utc',
  'etc/utc',
  'etc/gmt',
  'gmt',
  'etc/uct',
  'uct',
  'etc/universal',
  'universal',
  'etc/zulu',
  'zulu',
  'etc/gmt0',
  'gmt0',
  'etc/greenwich',
  'greenwich',
  'etc/gmt+0',
  'etc/gmt-0',
  'gmt+0',
  'gmt-0',
]);

// ECMA-402's table of date-time components, in the order the options are read.
const components = [
  ['weekday', ['narrow', 'short', 'long']],
  ['era', ['narrow', 'short', 'long']],
  ['year', ['2-digit', 'numeric']],
  ['month', ['2-digit', 'numeric', 'narrow', 'short', 'long']],
  ['day', ['2-digit', 'numeric']],
  ['dayPeriod', ['narrow', 'short', 'long']],
  ['hour', ['2-digit', 'numeric']],
  ['minute', ['2-digit', 'numeric']],
  ['second', ['2-digit', 'numeric']],
  ['fractionalSecondDigits'],
  ['timeZoneName', ['short', 'long', 'shortOffset', 'longOffset', 'shortGeneric', 'longGeneric']],
];
const styles = ['full', 'long', 'medium', 'short'];

function canonicalizeTimeZone(timeZone) {
  const name = String(timeZone);
  if (utcAliases.has(name.toLowerCase())) return 'UTC';
  const canonical = /^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name) ? binding.canonicalizeTimeZone(name) : undefined;
  if (canonical === undefined || canonical === null) throw new RangeError(`Invalid time zone specified: ${name}`);
  return canonical;
}

/** The locale's hour cycle: CLDR's preferred one for the region (en-US 12-hour, en-GB 24-hour). */
function localeHourCycle(locale) {
  const request = { hour: 'numeric' };
  const formatted = binding.formatDateTimeToParts(JSON.stringify([locale, request]), locale, 0, 'UTC', request);
  return formatted.some((part) => part.type === 'dayPeriod') ? 'h12' : 'h23';
}

/**
 * ECMA-402 CreateDateTimeFormat. `required` is which fields must show ('date', 'time' or
 * 'any') and `defaults` which to add when none do ('date', 'time' or 'all').
 */
function createDateTimeFormat(dateTimeFormat, locales, options, required, defaults) {
  const requested = canonicalizeLocaleList(locales);
  options = coerceOptions(options, service);
  getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', service);
  const calendar = getOption(options, 'calendar', 'string', undefined, undefined, service);
  if (calendar !== undefined && !/^[a-z0-9]{3,8}(?:-[a-z0-9]{3,8})*$/i.test(calendar)) {
    throw new RangeError(`Invalid calendar : ${calendar}`);
  }
  const numberingSystem = getOption(options, 'numberingSystem', 'string', undefined, undefined, service);
  if (numberingSystem !== undefined && !/^[a-z0-9]{3,8}(?:-[a-z0-9]{3,8})*$/i.test(numberingSystem)) {
    throw new RangeError(`Invalid numberingSystem : ${numberingSystem}`);
  }
  const hour12 = getOption(options, 'hour12', 'boolean', undefined, undefined, service);
  let hourCycle = getOption(options, 'hourCycle', 'string', ['h11', 'h12', 'h23', 'h24'], undefined, service);
  if (hour12 !== undefined) hourCycle = undefined;
  const { locale, dataLocale, values } = resolveLocale(
    requested,
    { ca: ['gregory'], hc: [undefined, 'h11', 'h12', 'h23', 'h24'], nu: ['latn'] },
    { ca: calendar, nu: numberingSystem },
  );
  const timeZone = options.timeZone === undefined ? canonicalizeTimeZone(binding.localTimeZone()) : canonicalizeTimeZone(options.timeZone);
  const fields = { __proto__: null };
  let explicit;
  for (const [name, values] of components) {
    const value =
      name === 'fractionalSecondDigits'
        ? getNumberOption(options, name, 1, 3, undefined)
        : getOption(options, name, 'string', values, undefined, service);
    if (value !== undefined) {
      fields[name] = value;
      explicit ??= name;
    }
  }
  getOption(options, 'formatMatcher', 'string', ['basic', 'best fit'], 'best fit', service);
  const dateStyle = getOption(options, 'dateStyle', 'string', styles, undefined, service);
  const timeStyle = getOption(options, 'timeStyle', 'string', styles, undefined, service);
  if (dateStyle !== undefined || timeStyle !== undefined) {
    if (explicit !== undefined) {
      throw new TypeError(`Can't set option ${explicit} when ${dateStyle !== undefined ? 'dateStyle' : 'timeStyle'} is used`);
    }
    if (required === 'date' && dateStyle === undefined) throw new TypeError('Invalid option : timeStyle');
    if (required === 'time' && timeStyle === undefined) throw new TypeError('Invalid option : dateStyle');
  } else {
    const hasDate = ['weekday', 'year', 'month', 'day'].some((name) => fields[name] !== undefined);
    const hasTime = ['dayPeriod', 'hour', 'minute', 'second', 'fractionalSecondDigits'].some((name) => fields[name] !== undefined);
    const needDefaults = required === 'date' ? !hasDate : required === 'time' ? !hasTime : !hasDate && !hasTime;
    if (needDefaults && (defaults === 'date' || defaults === 'all')) {
      fields.year = fields.month = fields.day = 'numeric';
    }
    if (needDefaults && (defaults === 'time' || defaults === 'all')) {
      fields.hour = fields.minute = fields.second = 'numeric';
    }
  }
  const showsHour = fields.hour !== undefined || timeStyle !== undefined;
  let resolvedHourCycle;
  if (showsHour) {
    // As V8 does, hour12 picks the locale's other clock with the same first hour: 0-based
    // clocks (h23) turn to h11, 1-based ones (h12) to h24.
    const preferred = localeHourCycle(dataLocale);
    if (hour12 === true) resolvedHourCycle = preferred === 'h23' ? 'h11' : 'h12';
    else if (hour12 === false) resolvedHourCycle = preferred === 'h12' ? 'h24' : 'h23';
    else resolvedHourCycle = hourCycle ?? values.hc ?? preferred;
  }
  slots.set(dateTimeFormat, {
    locale: values.hc !== undefined && resolvedHourCycle !== values.hc ? locale.replace(`-hc-${values.hc}`, '') : locale,
    formatLocale: resolvedHourCycle ? `${dataLocale}-u-hc-${resolvedHourCycle === 'h24' ? 'h23' : resolvedHourCycle}` : dataLocale,
    dataLocale,
    calendar: values.ca,
    numberingSystem: values.nu,
    timeZone,
    hourCycle: resolvedHourCycle,
    fields,
    dateStyle,
    timeStyle,
    boundFormat: undefined,
  });
}

function DateTimeFormat(locales = undefined, options = undefined) {
  if (new.target === undefined) return new DateTimeFormat(locales, options);
  createDateTimeFormat(this, locales, options, 'any', 'date');
}

/** ECMA-402's TimeClip of the value to format, undefined meaning now. */
function toEpochMilliseconds(date) {
  const time = date === undefined ? Date.now() : Number(date);
  if (!Number.isFinite(time) || Math.abs(time) > 8.64e15) throw new RangeError('Invalid time value');
  return Math.trunc(time) + 0;
}

function partitionDateTimePattern(internal, date) {
  const time = toEpochMilliseconds(date);
  const { fields, dateStyle, timeStyle } = internal;
  if (isEnglish(internal.dataLocale)) return formatEnglish(internal, time);
  const request = dateStyle !== undefined || timeStyle !== undefined ? { dateStyle, timeStyle } : fields;
  // What the native side caches its formatter under: everything the formatter is made from.
  const key = JSON.stringify([internal.formatLocale, request]);
  const parts = binding.formatDateTimeToParts(key, internal.formatLocale, time, internal.timeZone, request);
  for (const part of parts) {
    // ICU4X has no 1-24 clock: it formats h24 as h23, whose hour 0 is h24's 24.
    if (part.type === 'hour' && internal.hourCycle === 'h24' && Number(part.value) === 0) part.value = '24';
    // nor always a two-digit year when one is asked for.
    if (part.type === 'year' && fields.year === '2-digit' && /^\d{3,}$/.test(part.value)) {
      part.value = part.value.slice(-2);
    }
  }
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index];
    // ICU4X writes fractional seconds inside the second; ECMA-402 has a part of their own.
    const dot = part.type === 'second' ? part.value.indexOf('.') : -1;
    if (dot >= 0) {
      parts.splice(
        index,
        1,
        { type: 'second', value: part.value.slice(0, dot) },
        { type: 'literal', value: '.' },
        { type: 'fractionalSecond', value: part.value.slice(dot + 1) },
      );
    }
  }
  const zoneStyle = fields.timeZoneName ?? { full: 'long', long: 'short' }[timeStyle];
  if (zoneStyle !== undefined) {
    const showsTime = timeStyle !== undefined || fields.hour !== undefined || fields.minute !== undefined;
    parts.push({ type: 'literal', value: showsTime ? ' ' : ', ' });
    parts.push({ type: 'timeZoneName', value: binding.timeZoneName(internal.formatLocale, time, internal.timeZone, zoneStyle) });
  }
  return parts;
}

function formatDateTime(internal, date) {
  let text = '';
  for (const part of partitionDateTimePattern(internal, date)) text += part.value;
  // V8's format() writes CLDR's narrow no-break space (before AM/PM) as a plain space.
  return text.replaceAll('\u202f', ' ');
}

// 2001-02-03 04:05:06 UTC: every numeric field below 10, so its width shows in the output.
const widthSample = Date.UTC(2001, 1, 3, 4, 5, 6);

/**
 * The fields the formatter really shows, each numeric one with the width it uses ('numeric'
 * or '2-digit'), as V8 reports them in resolvedOptions(): CLDR's patterns decide, not the
 * request (a day period beside a 24-hour clock is not shown).
 */
function shownFields(internal) {
  if (internal.dateStyle !== undefined || internal.timeStyle !== undefined) return undefined;
  internal.shownFields ??= (() => {
    const shown = {};
    const sample = { ...internal, timeZone: 'UTC' };
    for (const part of partitionDateTimePattern(sample, widthSample)) {
      const requested = internal.fields[part.type];
      if (requested === undefined) continue;
      const numeric = requested === 'numeric' || requested === '2-digit';
      shown[part.type] = numeric ? (part.value.length === 2 ? '2-digit' : 'numeric') : requested;
    }
    return shown;
  })();
  return internal.shownFields;
}

let dateIntervalModule;
/** date_interval.js, which formats with this file's partitionDateTimePattern, loaded once this file has. */
function dateInterval() {
  dateIntervalModule ??= require('internal/intl/date_interval');
  return dateIntervalModule;
}

/** ECMA-402's checks of formatRange's dates: both given, numbers (V8's ToNumber, a BigInt throws), in range. */
function rangeEnds(startDate, endDate) {
  if (startDate === undefined || endDate === undefined) throw new TypeError('Invalid time value');
  const start = +startDate;
  const end = +endDate;
  return [toEpochMilliseconds(start), toEpochMilliseconds(end)];
}

class DateTimeFormatMethods {
  resolvedOptions() {
    const internal = slots.of(this, 'Intl.DateTimeFormat.prototype.resolvedOptions');
    const options = {
      locale: internal.locale,
      calendar: internal.calendar,
      numberingSystem: internal.numberingSystem,
      timeZone: internal.timeZone,
    };
    if (internal.hourCycle !== undefined) {
      options.hourCycle = internal.hourCycle;
      options.hour12 = internal.hourCycle === 'h11' || internal.hourCycle === 'h12';
    }
    const shown = shownFields(internal);
    for (const [name] of components) {
      const value = internal.fields[name];
      if (value === undefined) continue;
      // (fractionalSecondDigits is a number, its part the `fractionalSecond`)
      if (shown === undefined || name === 'fractionalSecondDigits') options[name] = value;
      else if (shown[name] !== undefined) options[name] = shown[name];
    }
    if (internal.dateStyle !== undefined) options.dateStyle = internal.dateStyle;
    if (internal.timeStyle !== undefined) options.timeStyle = internal.timeStyle;
    return options;
  }

  formatToParts(date) {
    return partitionDateTimePattern(slots.of(this, 'Intl.DateTimeFormat.prototype.formatToParts'), date);
  }

  formatRange(startDate, endDate) {
    const internal = slots.of(this, 'Intl.DateTimeFormat.prototype.formatRange');
    const [start, end] = rangeEnds(startDate, endDate);
    const parts = dateInterval().formatRangeToParts(internal, start, end);
    if (parts === undefined) return formatDateTime(internal, start);
    let text = '';
    for (const part of parts) text += part.value;
    return text;
  }

  formatRangeToParts(startDate, endDate) {
    const internal = slots.of(this, 'Intl.DateTimeFormat.prototype.formatRangeToParts');
    const [start, end] = rangeEnds(startDate, endDate);
    const parts = dateInterval().formatRangeToParts(internal, start, end);
    if (parts !== undefined) return parts;
    return partitionDateTimePattern(internal, start).map((part) => ({ ...part, source: 'shared' }));
  }

  get format() {
    const internal = slots.of(this, 'get Intl.DateTimeFormat.prototype.format');
    internal.boundFormat ??= (date) => formatDateTime(internal, date);
    return internal.boundFormat;
  }

  static supportedLocalesOf(locales, options = undefined) {
    return supportedLocales(locales, options);
  }
}

defineIntlConstructor(DateTimeFormat, DateTimeFormatMethods, 'Intl.DateTimeFormat');

// Date.prototype.toLocale{,Date,Time}String without arguments share one formatter each.
const defaultFormats = new Map();

/** ECMA-402's Date.prototype.toLocaleString family: `required`/`defaults` as CreateDateTimeFormat. */
function formatDate(time, locales, options, required, defaults) {
  if (Number.isNaN(time)) return 'Invalid Date';
  if (locales === undefined && options === undefined) {
    let format = defaultFormats.get(required);
    // A program that assigns process.env.TZ changes the zone these format in.
    if (format === undefined || slots.get(format).timeZone !== canonicalizeTimeZone(binding.localTimeZone())) {
      format = Object.create(DateTimeFormat.prototype);
      createDateTimeFormat(format, undefined, undefined, required, defaults);
      defaultFormats.set(required, format);
    }
    return formatDateTime(slots.get(format), time);
  }
  const format = Object.create(DateTimeFormat.prototype);
  createDateTimeFormat(format, locales, options, required, defaults);
  return formatDateTime(slots.get(format), time);
}

module.exports = { DateTimeFormat, formatDate, partitionDateTimePattern };
