// Headers without the network: case-insensitive names, combined values, Set-Cookie,
// sorted iteration, value normalization, the constructor's inputs and its errors.
const h = new Headers({ b: '2', A: '1' });
h.append('set-cookie', 'x=1');
h.append('Set-Cookie', 'y=2');
h.append('a', '3');
console.log(h);
console.log([...h]);
console.log(h.get('A'), h.get('set-cookie'), h.getSetCookie(), h.has('B'), h.get('missing'));
console.log([...h.keys()], [...h.values()]);
h.set('a', 'replaced');
h.delete('B');
h.forEach(function (value, name, self) { console.log('forEach', name, value, self === h, this.tag); }, { tag: 'this' });

const fromPairs = new Headers([['X-A', ' padded\t'], ['x-b', ''], ['x-a', 'again']]);
console.log(fromPairs.get('x-a'), JSON.stringify(fromPairs.get('x-b')), [...new Headers(fromPairs)]);
console.log([...new Headers(new Map([['m', '1']]))], [...new Headers(undefined)], Object.prototype.toString.call(h));

for (const bad of [
  () => new Headers([['a']]),
  () => new Headers([['a', 'b', 'c']]),
  () => new Headers(5),
  () => h.append('bad name', 'x'),
  () => h.append('a', 'x\ny'),
  () => h.get('bad name'),
  () => h.set('x'),
  () => h.forEach(1),
]) {
  try {
    bad();
  } catch (err) {
    console.log(err.name, err.message);
  }
}
