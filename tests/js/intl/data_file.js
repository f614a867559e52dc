// nodule-flags: --icu-data=lib/fr_de.postcard
// Intl.RelativeTimeFormat and Intl.DisplayNames in French and German: node has every locale
// built in, Nodule reads them from the data file tools/icu-datagen wrote (`--blob`).

const rtf = (locale, options) => new Intl.RelativeTimeFormat(locale, options);
for (const locale of ['fr', 'de', 'fr-CA', 'de-AT']) {
  console.log(locale, rtf(locale).resolvedOptions().locale);
  console.log(rtf(locale).format(-1, 'day'), '|', rtf(locale).format(2, 'hours'), '|', rtf(locale).format(1.5, 'day'));
  console.log(rtf(locale, { numeric: 'auto' }).format(-1, 'day'), '|', rtf(locale, { numeric: 'auto' }).format(0, 'year'));
  for (const style of ['long', 'short', 'narrow']) {
    console.log(style, rtf(locale, { style }).format(-3, 'month'), '|', rtf(locale, { style }).format(1, 'quarter'));
  }
}
console.log(rtf('fr').formatToParts(-1234.5, 'seconds'));
console.log(Intl.RelativeTimeFormat.supportedLocalesOf(['fr', 'de-AT', 'en-GB', 'fr-CH']));

const names = (locale, type, options) => new Intl.DisplayNames(locale, { type, ...options });
for (const locale of ['fr', 'de']) {
  console.log(locale, names(locale, 'language').resolvedOptions().locale);
  console.log(['en-US', 'de', 'fr-CA', 'zh-Hant', 'es-419'].map((code) => names(locale, 'language').of(code)));
  console.log(['en-US', 'zh-Hant'].map((code) => names(locale, 'language', { languageDisplay: 'standard' }).of(code)));
  console.log(['FR', 'DE', 'JP', '419'].map((code) => names(locale, 'region').of(code)));
  console.log(['Latn', 'Cyrl', 'Hans'].map((code) => names(locale, 'script').of(code)));
  console.log(['EUR', 'JPY', 'USD'].map((code) => names(locale, 'currency').of(code)));
}
console.log(Intl.DisplayNames.supportedLocalesOf(['de', 'fr-BE', 'en']));
