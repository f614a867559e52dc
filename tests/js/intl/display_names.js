// Intl.DisplayNames: languages (dialect and standard), regions, scripts and currencies in the
// three styles; fallback, the codes V8 takes and refuses.
const languages = ['en', 'en-US', 'en-GB', 'fr', 'fr-CA', 'fr-CH', 'de-CH', 'de-AT', 'zh-Hans', 'zh-Hant', 'zh-Hant-TW', 'zh-TW', 'zh-HK'];
languages.push('sr-Latn-RS', 'sr-ME', 'es-419', 'es-MX', 'es-ES', 'pt-BR', 'nl-BE', 'ar-001', 'ro-MD', 'sw-CD', 'en-150', 'az-Arab', 'mn-Mong');
languages.push('en-Latn-US', 'zh-Hant-HK', 'en-GB-oxendict', 'ca-ES-valencia', 'de-CH-1996', 'fr-XX-fonipa', 'en-US-abcde');
languages.push('xx', 'xx-YY', 'xx-US', 'en-AA', 'en-Qaaa', 'und', 'und-US', 'yue', 'mul', 'EN-us', 'en-u-ca-gregory', 'en-x-foo');
languages.push('cmn', 'sh', 'iw', 'in-ID', 'art-lojban');
const regions = ['US', 'GB', 'DE', '419', '001', 'HK', 'MO', 'PS', 'BA', 'ZZ', 'XK', 'CI', 'MM', 'FK', 'UN', 'EU', 'AA', 'us', 'UK', 'DD', 'BU', '999'];
const scripts = ['Latn', 'Cyrl', 'Hans', 'Hant', 'Arab', 'Zyyy', 'Zzzz', 'Qaaa', 'Brai', 'Zsye', 'latn'];
const currencies = ['USD', 'EUR', 'GBP', 'JPY', 'usd', 'XXX', 'ABC', 'BTN', 'XAU', 'XTS', 'abc'];
for (const locale of ['en-US', 'en-GB']) {
  for (const style of ['long', 'short', 'narrow']) {
    for (const fallback of ['code', 'none']) {
      const names = (type, codes, options) => {
        const displayNames = new Intl.DisplayNames(locale, { type, style, fallback, ...options });
        console.log(locale, style, fallback, type, options?.languageDisplay ?? '', codes.map((code) => displayNames.of(code)).join(' | '));
      };
      names('language', languages);
      names('language', languages, { languageDisplay: 'standard' });
      names('region', regions);
      names('script', scripts);
      names('currency', currencies);
    }
  }
}
for (const options of [{ type: 'language' }, { type: 'region', style: 'short' }, { type: 'currency', fallback: 'none' }, { type: 'script', style: 'narrow' }]) {
  console.log(JSON.stringify(new Intl.DisplayNames('en-GB', options).resolvedOptions()));
}
console.log(JSON.stringify(new Intl.DisplayNames(undefined, { type: 'language', languageDisplay: 'standard' }).resolvedOptions()));
console.log(JSON.stringify(new Intl.DisplayNames(['en-AU', 'en'], { type: 'region' }).resolvedOptions()));
const region = new Intl.DisplayNames('en', { type: 'region' });
console.log(Intl.DisplayNames.supportedLocalesOf(['en-GB', 'en']), Intl.DisplayNames.length, Object.prototype.toString.call(region));
console.log(Object.getOwnPropertyNames(Intl.DisplayNames.prototype), region.of({ toString: () => 'FR' }));
for (const attempt of [
  () => new Intl.DisplayNames('en'),
  () => new Intl.DisplayNames('en', {}),
  () => new Intl.DisplayNames('en', null),
  () => new Intl.DisplayNames('en', 'region'),
  () => new Intl.DisplayNames('en', { type: 'x' }),
  () => new Intl.DisplayNames('en', { type: 'region', style: 'menu' }),
  () => new Intl.DisplayNames('en', { type: 'region', fallback: 'x' }),
  () => new Intl.DisplayNames('en', { type: 'language', languageDisplay: 'x' }),
  () => Intl.DisplayNames('en', { type: 'region' }),
  () => region.of('U'),
  () => region.of('USA'),
  () => region.of(),
  () => new Intl.DisplayNames('en', { type: 'script' }).of('Lat'),
  () => new Intl.DisplayNames('en', { type: 'currency' }).of('US'),
  () => new Intl.DisplayNames('en', { type: 'language' }).of('en-'),
  () => new Intl.DisplayNames('en', { type: 'language' }).of('en_US'),
  () => Intl.DisplayNames.prototype.of.call({}, 'US'),
]) {
  try {
    console.log(attempt());
  } catch (error) {
    console.log(`${error.name}: ${error.message}`);
  }
}
const calendars = ['buddhist', 'chinese', 'coptic', 'dangi', 'ethioaa', 'ethiopic', 'gregory', 'hebrew', 'indian', 'islamic'];
calendars.push('islamic-civil', 'islamic-rgsa', 'islamic-tbla', 'islamic-umalqura', 'iso8601', 'japanese', 'persian', 'roc');
calendars.push('islamicc', 'ethiopic-amete-alem', 'xxx', 'GREGORY');
const fields = ['era', 'year', 'quarter', 'month', 'weekOfYear', 'weekday', 'day', 'dayPeriod', 'hour', 'minute', 'second', 'timeZoneName'];
for (const locale of ['en-US', 'en-GB', 'en-AU']) {
  for (const style of ['long', 'short', 'narrow']) {
    const calendar = new Intl.DisplayNames(locale, { type: 'calendar', style });
    const field = new Intl.DisplayNames(locale, { type: 'dateTimeField', style });
    console.log(locale, style, calendars.map((code) => calendar.of(code)).join(' | '));
    console.log(locale, style, fields.map((code) => field.of(code)).join(' | '));
  }
}
console.log(new Intl.DisplayNames('en', { type: 'calendar', fallback: 'none' }).of('xxx'), JSON.stringify(new Intl.DisplayNames('en', { type: 'dateTimeField' }).resolvedOptions()));
for (const [type, code] of [
  ['calendar', 'gregorian'],
  ['calendar', 'gregory-x'],
  ['calendar', 'ab'],
  ['dateTimeField', 'Year'],
  ['dateTimeField', 'week'],
]) {
  try {
    console.log(new Intl.DisplayNames('en', { type }).of(code));
  } catch (error) {
    console.log(`${error.name}: ${error.message}`);
  }
}
