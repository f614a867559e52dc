// Tries to read a file outside its folder and to reach a host it was not granted.
const fs = require('fs');
const net = require('net');
module.exports = (req, res) => {
  const { searchParams } = new URL(req.url, 'http://x');
  let read;
  try {
    read = fs.readFileSync(searchParams.get('file'), 'utf8');
  } catch (err) {
    read = err.code;
  }
  const socket = net.connect(Number(searchParams.get('port')), '127.0.0.1');
  socket.on('connect', () => res.end(`read=${read} connect=CONNECTED\n`));
  socket.on('error', (err) => res.end(`read=${read} connect=${err.code}\n`));
};
