'use strict';
// What units.js and display-names.js share: CLDR's English locales, each with its parent and
// only the data that differs from the parent's, per width.
const fs = require('node:fs');
const path = require('node:path');

const parents = require('cldr-core/supplemental/parentLocales.json').supplemental.parentLocales.parentLocale;
const widths = ['long', 'short', 'narrow'];

function parentOf(locale) {
  return parents[locale] ?? (locale.includes('-') ? locale.slice(0, locale.lastIndexOf('-')) : undefined);
}

/** Whether the locale inherits from `en` (en-Shaw, say, inherits from root). */
function isEnglish(locale) {
  for (let ancestor = locale; ancestor !== undefined; ancestor = parentOf(ancestor)) {
    if (ancestor === 'en') return true;
  }
  return false;
}

/**
 * For `en` and each `en-*` locale of `main` (a CLDR package's main folder), its parent and,
 * per width (or other group of `groups`), the entries of `dataOf(locale)` (group → name →
 * value) that differ from the parent's; a locale that differs in nothing is kept when its
 * parent is not `en`.
 */
function englishData(main, dataOf, groups = widths) {
  const locales = fs.readdirSync(main).filter((locale) => (locale === 'en' || locale.startsWith('en-')) && isEnglish(locale));
  const all = Object.fromEntries(locales.map((locale) => [locale, dataOf(locale)]));
  const data = {};
  for (const locale of locales) {
    const parent = locale === 'en' ? undefined : parentOf(locale);
    const entry = {};
    for (const width of groups) {
      const differing = Object.entries(all[locale][width]).filter(
        ([name, value]) => parent === undefined || JSON.stringify(all[parent][width][name]) !== JSON.stringify(value),
      );
      if (differing.length > 0) entry[width] = Object.fromEntries(differing);
    }
    if (parent === undefined || Object.keys(entry).length > 0 || parent !== 'en') data[locale] = { parent, ...entry };
  }
  return data;
}

/** The folder of a CLDR package's locales. */
function mainOf(cldrPackage) {
  return path.join(path.dirname(require.resolve(`${cldrPackage}/package.json`)), 'main');
}

module.exports = { englishData, mainOf, widths };
