// nodule-flags: --allow-fs-write=.
// listen's readableAll and writableAll open a Unix socket's file to every user; without
// them its mode is left as made. A connection over a Unix socket cannot be reset
// (ERR_INVALID_HANDLE_TYPE).
const fs = require('fs');
const net = require('net');
const path = require('path');

const sock = path.join(__dirname, 'access-fixture.sock');
fs.rmSync(sock, { force: true });

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
    const { mode } = fs.statSync(sock);
    // What the umask leaves differs between machines: only what the options add is shown.
    console.log(JSON.stringify(options), 'writable by all', (mode & 0o222) === 0o222);
    net.connect(sock).on('error', () => {});
  });
}

listenWith({}, () => listenWith({ writableAll: true }, () => listenWith({ writableAll: true, readableAll: true }, () => {})));
