// node-flags: --enable-source-maps
// Stack traces through source maps (a map file beside the module, and one inline as a
// data: URL), module.findSourceMap and module.SourceMap, process.setSourceMapsEnabled.
// Columns are left out: QuickJS places a throw's column elsewhere on the line than V8.
const path = require('path');
const { findSourceMap, SourceMap } = require('module');

/** The frames in this folder, as `file:line` (QuickJS names methods without their class). */
function frames(err) {
  return err.stack
    .split('\n')
    .filter((line) => line.includes(__dirname))
    .map((line) => line.replace(__dirname, '.').replace(/^ {4}at (?:.* \()?(.*?):(\d+):\d+\)?$/, '$1:$2'));
}

console.log('enabled:', process.sourceMapsEnabled);
const { greet, Greeter } = require('./lib/greet.js');
const { answer } = require('./lib/inline.js');
console.log(greet({ name: 'ada' }), answer('why'));
for (const fail of [() => greet({ name: '' }), () => new Greeter('x').fail(), () => answer('what')]) {
  try {
    fail();
  } catch (err) {
    console.log(`${err.name}: ${err.message}`, frames(err));
  }
}

const map = findSourceMap(path.join(__dirname, 'lib/greet.js'));
console.log(map instanceof SourceMap, Object.keys(map.payload).sort(), map.lineLengths.length);
console.log(map.payload.sources.map((source) => source.replace(`file://${__dirname}`, '.')));
for (const [line, column] of [
  [0, 0],
  [25, 10],
  [36, 4],
]) {
  const entry = map.findEntry(line, column);
  if (entry.originalSource) entry.originalSource = entry.originalSource.replace(`file://${__dirname}`, '.');
  console.log(`findEntry(${line}, ${column})`, entry);
}
const origin = map.findOrigin(26, 11);
console.log('findOrigin(26, 11)', { ...origin, fileName: origin.fileName.replace(`file://${__dirname}`, '.') });
console.log('by URL:', findSourceMap(`file://${path.join(__dirname, 'lib/inline.js')}`) instanceof SourceMap);
console.log('unknown:', findSourceMap(path.join(__dirname, 'nothing.js')), findSourceMap(__filename));

// A map made by hand: sources as given, offsets from the nearest mapping before.
const made = new SourceMap({ version: 3, sources: ['a.ts', 'b.ts'], names: ['first', 'second'], mappings: 'AAAAA,IAAI,CCAC;;AAGAC;' });
console.log(made.findEntry(0, 0), made.findEntry(0, 6), made.findEntry(1, 3), made.findEntry(2, 0));
console.log(made.findOrigin(1, 1), made.findOrigin(3, 9), made.findOrigin(4, 2));
console.log(made.payload, made.lineLengths);
try {
  new SourceMap('{}');
} catch (err) {
  console.log(err.code, err.message);
}

process.setSourceMapsEnabled(false);
console.log('enabled:', process.sourceMapsEnabled);
try {
  process.setSourceMapsEnabled('yes');
} catch (err) {
  console.log(err.code, err.message);
}
