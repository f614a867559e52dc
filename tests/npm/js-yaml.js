const yaml = require('js-yaml');
const doc = yaml.load('name: nodule\nversion: 1.2\nlist:\n  - a\n  - b: [1, 2]\nnested: { deep: true, when: 2001-12-14 }\n');
console.log(doc, doc.nested.when instanceof Date);
console.log(yaml.dump({ a: 1, b: ['x', { c: null }], s: 'multi\nline' }));
try {
  yaml.load('a: b: c');
} catch (err) {
  console.log(err.name, err.reason, err.mark.line);
}
