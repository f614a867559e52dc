// Response and Request without the network: constructors, statics, the body mixin
// over each body kind, clone, bodyUsed, and the errors for misuse.
async function main() {
  const res = new Response('hi', { status: 201, statusText: 'Made', headers: { x: '1' } });
  console.log(res);
  console.log(res.status, res.statusText, res.ok, res.type, res.url, res.redirected, Object.prototype.toString.call(res));
  console.log(await res.text(), res.bodyUsed);

  console.log(Response.error());
  const json = Response.json({ a: [1] }, { status: 202, headers: { 'X-J': 'y' } });
  console.log(json.status, json.headers.get('content-type'), json.headers.get('x-j'), await json.json());
  const redirect = Response.redirect('http://x.test/a', 301);
  console.log(redirect.status, redirect.headers.get('location'), redirect.body);

  const kinds = [
    new URLSearchParams({ a: '1 2' }),
    new Blob(['x'], { type: 'image/png' }),
    new Uint8Array([104, 105]),
    new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('streamed')); c.close(); } }),
    null,
  ];
  for (const body of kinds) {
    const r = new Response(body);
    console.log(r.headers.get('content-type'), r.body === null ? null : r.body.constructor.name, JSON.stringify(await r.text()));
  }
  const bytes = await new Response(new Uint8Array([1, 2])).arrayBuffer();
  console.log(bytes);
  const blob = await new Response('b', { headers: { 'content-type': 'text/x-b' } }).blob();
  console.log(blob.type, blob.size);
  const form = await new Response('a=1&b=%20x&a=2', { headers: { 'content-type': 'application/x-www-form-urlencoded' } }).formData();
  console.log([...form]);

  const original = new Response('cloned body');
  const copy = original.clone();
  console.log(await original.text(), await copy.text());

  const req = new Request('http://x.test/p?q#frag', { method: 'PATCH', body: 'b', headers: { a: '1' }, redirect: 'manual' });
  console.log(req);
  console.log(req.method, req.url, req.redirect, req.duplex, req.signal.aborted, req.headers.get('content-type'));
  const copied = new Request(req, { method: 'PUT' });
  console.log(copied.method, copied.url, copied.headers.get('a'), await copied.text());
  const clone = new Request('http://x.test/', { method: 'POST', body: 'twice' }).clone();
  console.log(await clone.text(), new Request('http://x.test/', { method: 'delete' }).method,
    new Request('http://x.test/', { method: 'Custom' }).method);

  const misuse = [
    () => new Response(null, { status: 99 }),
    () => new Response('x', { status: 204 }),
    () => new Response('x', { statusText: 'a\nb' }),
    () => Response.redirect('http://x/', 200),
    () => Response.redirect('not a url'),
    () => new Request('/relative'),
    () => new Request('http://x/', { body: 'x' }),
    () => new Request('http://x/', { method: 'CONNECT' }),
    () => new Request('http://x/', { method: 'bad method' }),
    () => new Request('http://x/', { redirect: 'nope' }),
    () => new Request('http://u:p@x/'),
    () => new Request('http://x/', { method: 'POST', body: new ReadableStream() }),
  ];
  for (const make of misuse) {
    try {
      make();
    } catch (err) {
      console.log(err.name, err.message);
    }
  }
  const used = new Response('x');
  await used.text();
  for (const again of [() => used.text(), () => used.clone(), () => new Response('{').json()]) {
    try {
      await again();
    } catch (err) {
      console.log(err.name, err.message.replace(/ \(line \d+ column \d+\)/, ''));
    }
  }
}
main();
