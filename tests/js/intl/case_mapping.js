// String.prototype.toLocaleUpperCase/toLocaleLowerCase: language rules for tr, az and lt.
const samples = ['istanbul', 'İSTANBUL', 'IJssel', 'straße', 'Σίσυφος', 'i̇'];
for (const locale of [undefined, 'en-US', 'tr', 'az', 'lt', ['tr', 'en'], []]) {
  console.log(JSON.stringify(locale), samples.map((s) => `${s.toLocaleUpperCase(locale)}/${s.toLocaleLowerCase(locale)}`).join(' '));
}
console.log(String.prototype.toLocaleUpperCase.length, String.prototype.toLocaleLowerCase.length);
try {
  'a'.toLocaleUpperCase('en_US');
} catch (error) {
  console.log(`${error.name}: ${error.message}`);
}
console.log(JSON.stringify('I\ud800I'.toLocaleLowerCase('tr')), JSON.stringify('i\udc00'.toLocaleUpperCase('tr')));
