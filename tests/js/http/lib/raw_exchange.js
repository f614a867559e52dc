// Sends `raw` (latin1 text) on a new connection, ends its side, and resolves with
// everything the server answered before closing, its Date headers removed.
const net = require('net');

module.exports = function rawExchange(port, raw) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let out = '';
    socket.setEncoding('latin1');
    socket.on('data', (d) => {
      out += d;
    });
    socket.on('close', () => resolve(out.replace(/Date: [^\r]*\r\n/g, '')));
    socket.on('error', () => {});
    socket.end(Buffer.from(raw, 'latin1'));
  });
};
