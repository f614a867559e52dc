// The per-encoding slice and write methods of Buffer (latin1Slice, utf8Write, ...).
const b = Buffer.from('héllo wörld');
for (const name of ['ascii', 'base64', 'base64url', 'latin1', 'hex', 'ucs2', 'utf8']) {
  console.log(name, JSON.stringify(b[`${name}Slice`](1, 7)), JSON.stringify(b[`${name}Slice`]()));
}
const target = Buffer.alloc(12);
console.log(target.utf8Write('ab', 1), target.hexWrite('ff', 0, 1), target.latin1Write('é', 3), target.ucs2Write('z', 4),
  target.base64Write('AQID', 6), target.asciiWrite('long text', 9), target);
console.log(JSON.stringify(b.latin1Slice(3, 1)));
for (const attempt of [() => b.latin1Slice(100, 2), () => target.utf8Write('x', 20), () => target.utf8Write(5)]) {
  try {
    attempt();
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
