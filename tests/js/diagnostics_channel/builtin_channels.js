// nodule-flags: --allow-net=127.0.0.1
// The channels net and http publish on: a client's socket, an accepted one, and the start
// and end of an HTTP exchange on both sides.
const dc = require('diagnostics_channel');
const http = require('http');
const net = require('net');

for (const name of [
  'net.client.socket',
  'net.server.socket',
  'http.client.request.start',
  'http.client.response.finish',
  'http.server.request.start',
  'http.server.response.finish',
]) {
  dc.subscribe(name, (message) => {
    const shape = Object.entries(message).map(([key, value]) => `${key}:${value?.constructor?.name}`);
    console.log(name, shape.join(' '));
  });
}

const server = http.createServer((req, res) => res.end('done'));
server.listen(0, '127.0.0.1', () => {
  http.get(`http://127.0.0.1:${server.address().port}/`, (res) => {
    res.resume();
    res.on('end', () => server.close());
  });
});
