// Intl.RelativeTimeFormat: every unit in the three styles, numeric always and auto, parts.
const values = [-2, -1, -0, 0, 1, 2, 1.5, -0.0001, 1.23456, -1000, 12345.6789];
const units = ['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year'];
for (const locale of ['en-US', 'en-GB']) {
  for (const style of ['long', 'short', 'narrow']) {
    for (const numeric of ['always', 'auto']) {
      const format = new Intl.RelativeTimeFormat(locale, { style, numeric });
      for (const unit of units) {
        console.log(locale, style, numeric, unit, values.map((value) => format.format(value, unit)).join(' | '));
      }
    }
  }
}
const auto = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
console.log(auto.format(3, 'days'), auto.format('-1', 'weeks'), auto.format(1e21, 'years'));
for (const [value, unit] of [
  [-1234.5, 'year'],
  [1, 'day'],
  [-0, 'seconds'],
  [100, 'hours'],
]) {
  console.log(JSON.stringify(auto.formatToParts(value, unit)), JSON.stringify(new Intl.RelativeTimeFormat('en-GB').formatToParts(value, unit)));
}
for (const locales of [undefined, 'en-GB', 'en-AU', 'en-u-nu-latn', ['en-GB', 'en-US']]) {
  console.log(JSON.stringify(new Intl.RelativeTimeFormat(locales, { style: 'short' }).resolvedOptions()));
}
console.log(Intl.RelativeTimeFormat.supportedLocalesOf(['en-GB', 'en-US', 'en']), Intl.RelativeTimeFormat.length);
console.log(Object.getOwnPropertyNames(Intl.RelativeTimeFormat.prototype), Object.prototype.toString.call(auto));
for (const attempt of [
  () => auto.format(Infinity, 'day'),
  () => auto.format(NaN, 'day'),
  () => auto.format(1, 'decade'),
  () => auto.format(1),
  () => auto.format(1n, 'day'),
  () => auto.format(Symbol('one'), 'day'),
  () => auto.formatToParts(1, 'Day'),
  () => new Intl.RelativeTimeFormat('en', { style: 'x' }),
  () => new Intl.RelativeTimeFormat('en', { numeric: 'never' }),
  () => new Intl.RelativeTimeFormat('en', { localeMatcher: 'x' }),
  () => new Intl.RelativeTimeFormat('en', { numberingSystem: 'x!' }),
  () => new Intl.RelativeTimeFormat('en', null),
  () => Intl.RelativeTimeFormat(),
  () => Intl.RelativeTimeFormat.prototype.format.call({}, 1, 'day'),
  () => Intl.RelativeTimeFormat.prototype.resolvedOptions.call(new Intl.NumberFormat()),
]) {
  try {
    attempt();
  } catch (error) {
    console.log(`${error.name}: ${error.message}`);
  }
}
