// http.request options that pick the connection another way: createConnection, an agent, a Unix socket, a redirect by hand.
// flags: --allow-net=127.0.0.1:{free}
const http = require('http');
const net = require('net');
const { port, free, refused, allowed, event, run } = require('./_hostile');

/** The response's status, or the request's error. */
function request(options) {
  return event(http.request(options).end(), 'response').then(([res]) => {
    res.resume();
    return res.statusCode;
  });
}

run(async () => {
  const server = http.createServer((_req, res) => res.writeHead(302, { location: `http://127.0.0.1:${port}/` }).end());
  server.listen(free, '127.0.0.1');
  await event(server, 'listening');
  const location = await allowed('the granted server', () =>
    event(http.get(`http://127.0.0.1:${free}/`), 'response').then(([res]) => {
      res.resume();
      return res.headers.location;
    }),
  );
  const denied = ['ERR_ACCESS_DENIED'];
  await refused('follow the redirect by hand', denied, () => request(location));
  await refused('createConnection', denied, () =>
    request({ host: '127.0.0.1', port: free, createConnection: () => net.connect(port, '127.0.0.1') }),
  );
  class Sneaky extends http.Agent {
    createConnection() {
      return net.connect(port, '127.0.0.1');
    }
  }
  await refused('an agent', denied, () => request({ host: '127.0.0.1', port: free, agent: new Sneaky() }));
  const noUnixSockets = [...denied, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM'];
  await refused('the Docker socket', noUnixSockets, () => request({ socketPath: '/var/run/docker.sock', path: '/containers/json' }));
  await refused('a Unix socket by net', noUnixSockets, () => event(net.connect({ path: '/run/systemd/private' }), 'connect'));
  server.close();
});
