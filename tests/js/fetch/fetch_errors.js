// nodule-flags: --allow-net
// How fetch fails: a refused connection and a server hanging up (TypeError "fetch
// failed" with the cause), aborts before sending, while waiting and while reading the
// body (the signal's reason), a body cut short ("terminated"), URLs it refuses.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  if (req.url === '/never') return;
  if (req.url === '/hangup') {
    req.socket.destroy();
    return;
  }
  if (req.url === '/short') {
    res.writeHead(200, { 'Content-Length': 100 });
    res.write('only part of it');
    setTimeout(() => req.socket.destroy(), 20);
    return;
  }
  res.write('first chunk');
});

function describe(err) {
  const cause = err.cause ? ` cause: ${err.cause.name} ${err.cause.code ?? ''} ${err.cause.message.replace(/\d+\.\d+\.\d+\.\d+:\d+/, 'ADDR')}` : '';
  return `${err.constructor.name} ${err.name} ${err.message}${cause}`;
}

async function show(label, promise) {
  try {
    const value = await promise;
    console.log(label, 'resolved', value);
  } catch (err) {
    console.log(label, describe(err));
  }
}

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const closed = net.createServer();
  await new Promise((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const closedPort = closed.address().port;
  await new Promise((resolve) => closed.close(resolve));

  await show('refused', fetch(`http://127.0.0.1:${closedPort}/`));
  await show('hangup', fetch(`${base}/hangup`));

  const early = new AbortController();
  early.abort();
  await show('aborted before', fetch(`${base}/never`, { signal: early.signal }));

  const reason = new AbortController();
  reason.abort(new Error('my reason'));
  await show('custom reason', fetch(`${base}/never`, { signal: reason.signal }));

  const waiting = new AbortController();
  setTimeout(() => waiting.abort(), 30);
  await show('aborted waiting', fetch(`${base}/never`, { signal: waiting.signal }));

  await show('timeout signal', fetch(`${base}/never`, { signal: AbortSignal.timeout(30) }));

  const reading = new AbortController();
  const res = await fetch(`${base}/stream`, { signal: reading.signal });
  const reader = res.body.getReader();
  const first = await reader.read();
  console.log('first chunk', new TextDecoder().decode(first.value));
  reading.abort();
  await show('aborted reading', reader.read());

  const short = await fetch(`${base}/short`);
  await show('cut short', short.text());

  // nodule has no TLS: its cause says so, where node's is the connection to port 443 failing.
  await fetch('https://127.0.0.1/').catch((err) => console.log('https', err.name, err.message, err.cause instanceof Error));
  await show('scheme', fetch('ftp://127.0.0.1/'));
  await show('bad port', fetch('http://127.0.0.1:6667/'));
  await show('invalid url', fetch('not a url'));
  await show('credentials', fetch('http://user:pass@127.0.0.1/'));
  await show('GET body', fetch(base, { body: 'x' }));
  await show('bad method', fetch(base, { method: 'BAD METHOD' }));
  await show('bad header', fetch(base, { headers: { 'bad name': 'x' } }));
  server.closeAllConnections();
  server.close(() => console.log('closed'));
});
