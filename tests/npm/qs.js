const qs = require('qs');
console.log(qs.parse('a[b][c]=d&e[]=1&e[]=2&f=%20g'), qs.stringify({ a: { b: { c: 'd' } }, e: [1, 2] }, { encode: false }));
console.log(qs.stringify({ a: ['b', 'c'] }, { arrayFormat: 'brackets' }), qs.parse('?x=1', { ignoreQueryPrefix: true }));
