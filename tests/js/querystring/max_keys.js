// maxKeys counts every pair, empty ones too; only a number sets it.
const qs = require('querystring');

console.log(qs.parse('&a', null, null, { maxKeys: 1 }));
console.log(qs.parse('&&a&&b', null, null, { maxKeys: 1 }));
console.log(qs.parse('a&&b&c', null, null, { maxKeys: 3 }));
console.log(qs.parse('a&b', null, null, { maxKeys: '1' }));
console.log(qs.parse('=&a=1&&=x&'));
