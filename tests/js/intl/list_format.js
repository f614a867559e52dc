// Intl.ListFormat: conjunctions, disjunctions and units in the three widths.
const lists = [[], ['a'], ['a', 'b'], ['a', 'b', 'c'], ['apples', 'pears', 'plums', 'figs']];
for (const locale of ['en-US', 'en-GB']) {
  for (const type of ['conjunction', 'disjunction', 'unit']) {
    for (const style of ['long', 'short', 'narrow']) {
      const format = new Intl.ListFormat(locale, { type, style });
      console.log(locale, type, style, lists.map((list) => format.format(list)).join(' | '));
    }
  }
}
console.log(JSON.stringify(new Intl.ListFormat('en').formatToParts(['x', 'y', 'z'])));
console.log(new Intl.ListFormat().format(new Set(['one', 'two'])), JSON.stringify(new Intl.ListFormat().resolvedOptions()));
console.log(Object.getOwnPropertyNames(Intl.ListFormat.prototype), Intl.ListFormat.length);
for (const attempt of [
  () => new Intl.ListFormat().format([1]),
  () => new Intl.ListFormat('en', { type: 'bogus' }),
  () => Intl.ListFormat(),
]) {
  try {
    attempt();
  } catch (error) {
    console.log(`${error.name}: ${error.message}`);
  }
}
