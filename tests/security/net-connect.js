// Connects to the watched port with no network grant, through every client API.
const net = require('net');
const tls = require('tls');
const http = require('http');
const https = require('https');
const { port, refused, check, connect, event, run } = require('./_hostile');

run(async () => {
  const denied = ['ERR_ACCESS_DENIED'];
  await refused('net.connect', denied, () => connect({ port, host: '127.0.0.1' }));
  await refused('net.connect default host', denied, () => connect({ port }));
  await refused('net.createConnection localhost', denied, () => connect({ port, host: 'localhost' }));
  await refused('net.connect ::1', denied, () => connect({ port, host: '::1', family: 6 }));
  await refused('new Socket().connect', denied, () => event(new net.Socket().connect(port, '127.0.0.1'), 'connect'));
  await refused('tls.connect', denied, () => event(tls.connect({ port, host: '127.0.0.1', rejectUnauthorized: false }), 'secureConnect'));
  await refused('http.get', denied, () => event(http.get(`http://127.0.0.1:${port}/`), 'response'));
  await refused('http.request', denied, () => event(http.request({ port, method: 'POST' }).end('x'), 'response'));
  await refused('https.get', denied, () => event(https.get(`https://127.0.0.1:${port}/`), 'response'));
  await refused('fetch', denied, () =>
    fetch(`http://127.0.0.1:${port}/`).catch((err) => {
      throw err.cause ?? err;
    }),
  );
  const err = await refused('again, for the error', denied, () => connect({ port, host: '127.0.0.1' }));
  check('the error names Net and the host', err?.permission === 'Net' && err?.resource === '127.0.0.1', err);
});
