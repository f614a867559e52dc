// nodule-flags: --allow-net=127.0.0.1
// The channels net, http and dgram publish on: a client's socket, an accepted one, the
// start and end of an HTTP exchange on both sides, a UDP socket.
const dc = require('diagnostics_channel');
const dgram = require('dgram');
const http = require('http');
const net = require('net');

for (const name of [
  'net.client.socket',
  'net.server.socket',
  'http.client.request.start',
  'http.client.response.finish',
  'http.server.request.start',
  'http.server.response.finish',
  'udp.socket',
]) {
  dc.subscribe(name, (message) => {
    const shape = Object.entries(message).map(([key, value]) => `${key}:${value?.constructor?.name}`);
    console.log(name, shape.join(' '));
  });
}

dgram.createSocket('udp4').close();

const server = http.createServer((req, res) => res.end('done'));
server.listen(0, '127.0.0.1', () => {
  http.get(`http://127.0.0.1:${server.address().port}/`, (res) => {
    res.resume();
    res.on('end', () => server.close());
  });
});
