const qs = require('querystring');
console.log(qs.parse('a=1&b=2&a=3&c&d=&e=x%20y+z&%E2%82%AC=euro'));
console.log(qs.parse('a:1;b:2', ';', ':'), qs.parse(''), qs.parse('a=1&a=2&a=3', null, null, { maxKeys: 2 }));
console.log(qs.stringify({ a: [1, 2], b: 'x y', c: true, d: null, e: undefined, f: '€', g: {} }));
console.log(qs.stringify({ a: 1, b: 2 }, ';', ':'), qs.stringify('nope'), qs.escape("a b&c/d?é~*'()"), qs.unescape('%E2%82%AC%zz+'));
console.log(qs.unescapeBuffer('a%20b+c', true), qs.decode === qs.parse, qs.encode === qs.stringify);
console.log(qs.parse('bad=%E2%82'), qs.parse('a=%F0%9F%98%80'));
