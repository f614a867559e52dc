'use strict';
// Lookups in the English CLDR data js-lib keeps as JavaScript (unit_data.js,
// display_name_data.js, printed by tools/icu-datagen): each locale holds only what differs from
// its parent, as CLDR's inheritance does.

function parentOf(data, locale) {
  if (Object.hasOwn(data, locale)) return data[locale].parent;
  const cut = locale.lastIndexOf('-');
  return cut < 0 ? undefined : locale.slice(0, cut);
}

/** The entry for `name` in `width`, from the nearest locale up to `en` that has one. */
function lookup(data, locale, width, name) {
  for (let current = locale; current !== undefined; current = parentOf(data, current)) {
    const entry = data[current]?.[width]?.[name];
    if (entry !== undefined) return entry;
  }
  return undefined;
}

module.exports = { lookup, parentOf };
