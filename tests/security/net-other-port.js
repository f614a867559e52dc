// With a grant for one port on loopback, connects to the watched port instead.
// flags: --allow-net=127.0.0.1:{free}
const { port, free, refused, connect, run } = require('./_hostile');

run(async () => {
  // Nothing listens on the granted port: refused by the system, not by the sandbox.
  await refused('the granted port', ['ECONNREFUSED'], () => connect({ port: free, host: '127.0.0.1' }));
  const denied = ['ERR_ACCESS_DENIED'];
  await refused('127.0.0.1 on the watched port', denied, () => connect({ port, host: '127.0.0.1' }));
  await refused('localhost on the watched port', denied, () => connect({ port, host: 'localhost' }));
  await refused('port as a string', denied, () => connect({ port: String(port), host: '127.0.0.1' }));
  await refused('port with a leading zero', denied, () => connect({ port: `0${port}`, host: '127.0.0.1' }));
  await refused('port plus 65536', ['ERR_SOCKET_BAD_PORT'], () => connect({ port: port + 65536, host: '127.0.0.1' }));
  await refused('fetch', denied, () =>
    fetch(`http://127.0.0.1:${port}/`).catch((err) => {
      throw err.cause ?? err;
    }),
  );
});
