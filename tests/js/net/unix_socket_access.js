// nodule-flags: --allow-fs-write=.
// listen's readableAll and writableAll open a Unix socket's file to every user; without
// them its mode is left as made. A connection over a Unix socket cannot be reset
// (ERR_INVALID_HANDLE_TYPE).
const fs = require('fs');
const net = require('net');
const path = require('path');

const sock = path.join(__dirname, 'access-fixture.sock');
fs.rmSync(sock, { force: true });
process.umask(0o077);

function listenWith(options, next) {
  const server = net.createServer((socket) => {
    try {
      socket.resetAndDestroy();
    } catch (err) {
      console.log('reset', err.name, err.code, err.message);
    }
    socket.destroy();
    server.close(next);
  });
  server.listen({ path: sock, ...options }, () => {
    const others = fs.statSync(sock).mode & 0o077;
    console.log(JSON.stringify(options), 'group and others', others.toString(8));
    net.connect(sock).on('error', () => {});
  });
}

listenWith({}, () => listenWith({ readableAll: true }, () => listenWith({ writableAll: true, readableAll: true }, () => {})));
