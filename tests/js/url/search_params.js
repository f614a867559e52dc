const p = new URLSearchParams('?a=1&b=x+y&a=2&c=%E2%82%AC&d&=e&f=1%2');
console.log(p.get('a'), p.getAll('a'), p.get('b'), p.get('c'), p.get('d'), p.get(''), p.get('f'), p.get('zz'), p.has('d'), p.size);
p.append('new', 'v a&l=ue');
p.set('a', '3');
p.delete('b');
console.log(p.toString(), [...p.keys()], [...p.values()]);
p.sort();
console.log(p.toString(), [...p]);
console.log(new URLSearchParams({ x: 1, y: ['a', 'b'] }).toString(), new URLSearchParams([['k', 'v'], ['k', 'w']]).toString());
console.log(new URLSearchParams(new Map([['m', '1']])).toString(), new URLSearchParams('').toString(), new URLSearchParams('a=b').has('a', 'c'));
const url = new URL('http://h/p?one=1');
url.searchParams.append('two', '2 2');
console.log(url.href, url.search);
url.search = '?three=3';
console.log(url.searchParams.get('three'), url.searchParams.get('one'));
url.searchParams.delete('three');
console.log(url.href);
console.log(p, new URLSearchParams());
p.forEach((value, name) => console.log('forEach', name, value));
try {
  new URLSearchParams([['a']]);
} catch (err) {
  console.log(err.code, err.message);
}
console.log(new URLSearchParams('a=😀&b=\u00e9').toString());
