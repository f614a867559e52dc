// Locale lists, negotiation and Intl.Locale.
console.log(Intl.getCanonicalLocales(['EN-us', 'en-gb', 'iw', 'en-US', 'EN']));
console.log(Intl.getCanonicalLocales('zh-hant-tw'), Intl.getCanonicalLocales(), Intl.getCanonicalLocales([]));
console.log(Intl.getCanonicalLocales('en-u-ca-gregory-nu-latn'), Intl.getCanonicalLocales('de-DE-1996'));
for (const bad of ['en_US', '', 'a', 'en--US', 'toolonglanguage']) {
  try {
    Intl.getCanonicalLocales(bad);
  } catch (error) {
    console.log(bad, `${error.name}: ${error.message}`);
  }
}
try {
  Intl.getCanonicalLocales([null]);
} catch (error) {
  console.log(`${error.name}: ${error.message}`);
}
console.log(Intl.NumberFormat.supportedLocalesOf(['en-US', 'en-GB', 'xx', 'en']));
console.log(Intl.PluralRules.supportedLocalesOf('en-GB'));
console.log(new Intl.NumberFormat('xx').resolvedOptions().locale, new Intl.NumberFormat(['xx', 'en-GB']).resolvedOptions().locale);
console.log(new Intl.NumberFormat('en-US-u-nu-latn').resolvedOptions().locale);
console.log(new Intl.NumberFormat('en-US-u-ca-gregory').resolvedOptions().locale);

const locale = new Intl.Locale('en-Latn-US-u-ca-gregory-hc-h12');
console.log(String(locale), locale.baseName, locale.language, locale.script, locale.region);
console.log(locale.calendar, locale.hourCycle, locale.numeric, locale.caseFirst, locale.collation, locale.numberingSystem);
console.log(String(new Intl.Locale('en').maximize()), String(new Intl.Locale('en-Latn-US').minimize()));
console.log(String(new Intl.Locale('en-GB').maximize()), String(new Intl.Locale('en-Latn-GB').minimize()));
console.log(String(new Intl.Locale('en', { region: 'GB', hourCycle: 'h23', numeric: true })));
console.log(Object.prototype.toString.call(locale), Intl.getCanonicalLocales(locale));
console.log(new Intl.NumberFormat(new Intl.Locale('en-GB')).resolvedOptions().locale);
try {
  Intl.Locale('en');
} catch (error) {
  console.log(`${error.name}: ${error.message}`);
}
console.log(Object.prototype.toString.call(Intl), Object.getOwnPropertyNames(Intl).filter((name) => ['getCanonicalLocales', 'NumberFormat', 'PluralRules', 'Locale'].includes(name)));
// Language subtags of five to eight letters are well formed (fast-levenshtein, which
// ESLint loads, asks for a Collator for "generic"); they resolve to the default locale.
for (const tag of ['generic', 'Generic-US', 'abcdefgh-Latn', 'abcdefghi']) {
  try {
    console.log(tag, Intl.getCanonicalLocales(tag), new Intl.Collator(tag).resolvedOptions().locale);
  } catch (error) {
    console.log(tag, `${error.name}: ${error.message}`);
  }
}
