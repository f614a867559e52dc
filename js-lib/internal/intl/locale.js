'use strict';
// Locale lists and negotiation (ECMA-402's CanonicalizeLocaleList, ResolveLocale, the lookup
// matcher, supportedLocalesOf) and Intl.Locale, over ICU4X's canonicalizer and likely subtags.

const binding = internalBinding('intl');
const { InternalSlots, coerceOptions, defineIntlConstructor, getOption } = require('internal/intl/options');

// What ICU4X could parse but BCP 47 does not allow: `_` separators, empty subtags.
const wellFormedTag = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;

// Without a host locale to follow, the default locale is node's when LANG is unset.
const defaultLocale = 'en-US';

// A language subtag of five to eight letters: well formed in BCP 47 (and to V8), but ICU4X
// parses only those of two or three.
const longLanguage = /^([A-Za-z]{5,8})(?=-|$)/;

function canonicalizeTag(tag) {
  const wellFormed = wellFormedTag.test(tag);
  let canonical = wellFormed ? binding.canonicalizeLocale(tag) : null;
  const language = wellFormed && canonical == null ? longLanguage.exec(tag)?.[1] : undefined;
  if (language !== undefined) {
    const rest = binding.canonicalizeLocale(`und${tag.slice(language.length)}`);
    if (rest != null) canonical = language.toLowerCase() + rest.slice(3);
  }
  if (canonical == null) throw new RangeError('Incorrect locale information provided');
  return canonical;
}

const localeTags = new InternalSlots();

/** ECMA-402 CanonicalizeLocaleList: canonical tags, without repeats, in the order given. */
function canonicalizeLocaleList(locales) {
  if (locales === undefined) return [];
  const list = typeof locales === 'string' || localeTags.has(locales) ? [locales] : Object(locales === null ? undefined : locales);
  const length = Math.min(Math.max(Math.trunc(Number(list.length)) || 0, 0), Number.MAX_SAFE_INTEGER);
  const seen = [];
  for (let index = 0; index < length; index++) {
    if (!(index in list)) continue;
    const value = list[index];
    if (typeof value !== 'string' && (typeof value !== 'object' || value === null)) {
      throw new TypeError('Language ID should be string or object.');
    }
    const tag = localeTags.get(value) ?? canonicalizeTag(String(value));
    if (!seen.includes(tag)) seen.push(tag);
  }
  return seen;
}

/** The subtags of a tag's Unicode extension (`-u-...`) and the tag without it. */
function splitUnicodeExtension(tag) {
  const subtags = tag.split('-');
  const start = subtags.findIndex((subtag, index) => index > 0 && subtag === 'u');
  if (start < 0) return { base: tag, keywords: new Map() };
  let end = start + 1;
  while (end < subtags.length && subtags[end].length > 1) end++;
  const keywords = new Map();
  let key;
  for (const subtag of subtags.slice(start + 1, end)) {
    if (subtag.length === 2) {
      key = subtag;
      keywords.set(key, '');
    } else if (key !== undefined) {
      keywords.set(key, keywords.get(key) ? `${keywords.get(key)}-${subtag}` : subtag);
    }
  }
  return { base: [...subtags.slice(0, start), ...subtags.slice(end)].join('-'), keywords };
}

/** Whether there is data for a tag (without extensions): most services have every CLDR locale. */
function hasLocaleData(tag) {
  return binding.isLocaleAvailable(tag);
}

/** For services whose data is per language (V8's PluralRules). */
function hasLanguageData(tag) {
  return !tag.includes('-') && binding.isLocaleAvailable(tag);
}

/**
 * For services with English data only (`en` and its sublocales, from tools/icu-datagen: the
 * data of every locale would not fit the guest).
 */
function hasEnglishData(tag) {
  return tag === 'en' || tag.startsWith('en-');
}

/**
 * For services with English data built in and more locales in the data file the user may name
 * (`--icu-data`): `service` is "relativeTime" or "displayNames". A locale is available when the
 * file has data for it or a locale it falls back to, as the other services' compiled data.
 */
function hasEnglishOrDataFileData(service) {
  return (tag) => hasEnglishData(tag) || (hasLocaleData(tag) && binding.dataFileHasLocale(service, tag));
}

/** ECMA-402 BestAvailableLocale: the tag or the nearest shorter one `available` accepts. */
function bestAvailableLocale(tag, available = hasLocaleData) {
  let candidate = tag;
  for (;;) {
    if (available(candidate)) return candidate;
    let cut = candidate.lastIndexOf('-');
    if (cut < 0) return undefined;
    if (cut >= 2 && candidate[cut - 2] === '-') cut -= 2;
    candidate = candidate.slice(0, cut);
  }
}

/**
 * ECMA-402 ResolveLocale with the lookup matcher (both matchers behave so here).
 * `keys` maps each relevant extension key to its supported values, the default first;
 * `overrides` holds values given as options, which win over the tag's; `available` says which
 * locales the service has data for.
 */
function resolveLocale(requested, keys = {}, overrides = {}, available = hasLocaleData) {
  let found;
  for (const tag of requested) {
    const { base, keywords } = splitUnicodeExtension(tag);
    const locale = bestAvailableLocale(base, available);
    if (locale !== undefined) {
      found = { locale, keywords };
      break;
    }
  }
  found ??= { locale: bestAvailableLocale(defaultLocale, available), keywords: new Map() };
  const values = {};
  const extension = new Map();
  for (const [key, supported] of Object.entries(keys)) {
    let value = supported[0];
    const requestedValue = found.keywords.get(key);
    if (requestedValue !== undefined && supported.includes(requestedValue || 'true')) {
      value = requestedValue || 'true';
      extension.set(key, requestedValue);
    }
    const override = overrides[key];
    if (override !== undefined && supported.includes(override) && override !== value) {
      value = override;
      extension.delete(key);
    }
    values[key] = value;
  }
  const keywords = [...extension.keys()]
    .sort()
    .map((key) => (extension.get(key) ? `-${key}-${extension.get(key)}` : `-${key}`))
    .join('');
  return { locale: keywords ? `${found.locale}-u${keywords}` : found.locale, dataLocale: found.locale, values };
}

/** ECMA-402 SupportedLocales. */
function supportedLocales(locales, options, available = hasLocaleData) {
  const requested = canonicalizeLocaleList(locales);
  options = coerceOptions(options, 'supportedLocalesOf');
  getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', 'supportedLocalesOf');
  return requested.filter((tag) => bestAvailableLocale(splitUnicodeExtension(tag).base, available) !== undefined);
}

function getCanonicalLocales(locales) {
  return canonicalizeLocaleList(locales);
}

const unicodeKeyOptions = [
  ['calendar', 'ca', 'string', undefined],
  ['collation', 'co', 'string', undefined],
  ['hourCycle', 'hc', 'string', ['h11', 'h12', 'h23', 'h24']],
  ['caseFirst', 'kf', 'string', ['upper', 'lower', 'false']],
  ['numeric', 'kn', 'boolean', undefined],
  ['numberingSystem', 'nu', 'string', undefined],
];
const unicodeType = /^[a-z0-9]{3,8}(?:-[a-z0-9]{3,8})*$/i;

/** The part of a canonical tag before its extensions and private use. */
function baseNameOf(tag) {
  const subtags = tag.split('-');
  const end = subtags.findIndex((subtag, index) => index > 0 && subtag.length === 1);
  return (end < 0 ? subtags : subtags.slice(0, end)).join('-');
}

function Locale(tag, options = undefined) {
  if (new.target === undefined) throw new TypeError("Constructor Intl.Locale requires 'new'");
  if (typeof tag !== 'string' && (typeof tag !== 'object' || tag === null)) {
    throw new TypeError("First argument to Intl.Locale constructor can't be empty or missing");
  }
  let canonical = localeTags.get(tag) ?? canonicalizeTag(String(tag));
  options = coerceOptions(options, 'Intl.Locale');
  let { base, keywords } = splitUnicodeExtension(canonical);
  const rest = canonical.slice(baseNameOf(base).length);
  let [language, ...subtags] = baseNameOf(base).split('-');
  let script = subtags.find((subtag) => subtag.length === 4 && /^[a-z]/i.test(subtag));
  let region = subtags.find((subtag) => subtag.length === 2 || /^\d{3}$/.test(subtag));
  const variants = subtags.filter((subtag) => subtag !== script && subtag !== region);
  const languageOption = getOption(options, 'language', 'string', undefined, undefined, 'Intl.Locale');
  const scriptOption = getOption(options, 'script', 'string', undefined, undefined, 'Intl.Locale');
  const regionOption = getOption(options, 'region', 'string', undefined, undefined, 'Intl.Locale');
  if (languageOption !== undefined && !/^(?:[a-z]{2,3}|[a-z]{5,8})$/i.test(languageOption)) {
    throw new RangeError('Incorrect locale information provided');
  }
  if (scriptOption !== undefined && !/^[a-z]{4}$/i.test(scriptOption)) {
    throw new RangeError('Incorrect locale information provided');
  }
  if (regionOption !== undefined && !/^(?:[a-z]{2}|\d{3})$/i.test(regionOption)) {
    throw new RangeError('Incorrect locale information provided');
  }
  language = languageOption ?? language;
  script = scriptOption ?? script;
  region = regionOption ?? region;
  for (const [property, key, type, values] of unicodeKeyOptions) {
    const value = getOption(options, property, type, values, undefined, 'Intl.Locale');
    if (value === undefined) continue;
    if (type === 'string' && !unicodeType.test(value)) throw new RangeError(`Incorrect locale information provided`);
    keywords = new Map(keywords).set(key, String(value));
  }
  const extension = [...keywords]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, value]) => (value && value !== 'true' ? `${key}-${value}` : key))
    .join('-');
  const baseName = [language, script, region, ...variants].filter(Boolean).join('-');
  const others = rest.replace(/(?:^|-)u(?:-[a-z0-9]{2,8})*(?=-[a-z0-9]-|$)/i, '');
  canonical = canonicalizeTag(`${baseName}${extension ? `-u-${extension}` : ''}${others}`);
  localeTags.set(this, canonical);
}

class LocaleMethods {
  toString() {
    return localeTags.of(this, 'Intl.Locale.prototype.toString');
  }

  maximize() {
    return new Locale(binding.maximizeLocale(localeTags.of(this, 'Intl.Locale.prototype.maximize')));
  }

  minimize() {
    return new Locale(binding.minimizeLocale(localeTags.of(this, 'Intl.Locale.prototype.minimize')));
  }

  get baseName() {
    return baseNameOf(localeTags.of(this, 'Intl.Locale.prototype.baseName'));
  }

  get language() {
    return this.baseName.split('-')[0];
  }

  get script() {
    return this.baseName
      .split('-')
      .slice(1)
      .find((subtag) => subtag.length === 4 && /^[a-z]/i.test(subtag));
  }

  get region() {
    return this.baseName
      .split('-')
      .slice(1)
      .find((subtag) => subtag.length === 2 || /^\d{3}$/.test(subtag));
  }

  get calendar() {
    return keyword(this, 'ca');
  }

  get collation() {
    return keyword(this, 'co');
  }

  get hourCycle() {
    return keyword(this, 'hc');
  }

  get caseFirst() {
    return keyword(this, 'kf');
  }

  get numeric() {
    const value = keyword(this, 'kn');
    return value === '' || value === 'true';
  }

  get numberingSystem() {
    return keyword(this, 'nu');
  }
}

function keyword(locale, key) {
  return splitUnicodeExtension(localeTags.of(locale, `Intl.Locale.prototype.${key}`)).keywords.get(key);
}

defineIntlConstructor(Locale, LocaleMethods, 'Intl.Locale');

module.exports = {
  baseNameOf,
  canonicalizeTag,
  canonicalizeLocaleList,
  resolveLocale,
  supportedLocales,
  hasLanguageData,
  hasEnglishData,
  hasEnglishOrDataFileData,
  getCanonicalLocales,
  splitUnicodeExtension,
  Locale,
};
