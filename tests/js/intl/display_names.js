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
