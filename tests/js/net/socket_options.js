// nodule-flags: --allow-net=127.0.0.1
// A server's handle reports connections through its `onconnection`, giving the client
// handle the server's noDelay and keep-alive; a socket asks its handle again only for a
// change. `onread` reads into the program's buffers; resetAndDestroy() makes the peer's
// read fail with ECONNRESET; a 'connection' listener's rejection (captureRejections)
// destroys that connection. A closed socket connects again as a new one.
const events = require('events');
const net = require('net');

function onreadRoundTrip(onread, next) {
  const server = net.createServer((socket) => {
    server.close();
    socket.end('hello world');
  });
  server.listen(0, '127.0.0.1', () => {
    const chunks = [];
    const client = net.connect({
      port: server.address().port,
      host: '127.0.0.1',
      onread: onread(chunks),
    });
    client.on('data', () => console.log('data event (unexpected)'));
    client.on('end', () => {
      console.log('onread chunks', JSON.stringify(chunks));
      next();
    });
  });
}

function staticBuffer(next) {
  const buffer = Buffer.alloc(4);
  onreadRoundTrip(
    (chunks) => ({
      buffer,
      callback(nread, buf) {
        chunks.push([nread, buf === buffer, buf.toString('latin1', 0, nread)]);
      },
    }),
    next,
  );
}

function bufferPool(next) {
  const pool = [new Uint8Array(3), new Uint8Array(3)];
  let taken = 0;
  onreadRoundTrip(
    (chunks) => ({
      buffer: () => pool[taken++ % pool.length],
      callback(nread, buf) {
        chunks.push([nread, buf === pool[(taken - 1) % pool.length], Buffer.from(buf.subarray(0, nread)).toString()]);
      },
    }),
    () => {
      console.log('buffers taken', taken);
      next();
    },
  );
}

function pausedReads(next) {
  const buffer = Buffer.alloc(5);
  let paused = false;
  onreadRoundTrip(
    (chunks) => ({
      buffer,
      callback(nread) {
        chunks.push([nread, paused]);
        paused = true;
        setTimeout(() => {
          paused = false;
          this.resume();
        }, 10);
        return false;
      },
    }),
    next,
  );
}

function handleOptions(next) {
  const server = net.createServer({ noDelay: true, keepAlive: true, keepAliveInitialDelay: 2500 }, (socket) => {
    const handle = socket._handle;
    const { setNoDelay, setKeepAlive } = handle;
    handle.setNoDelay = function (enable) {
      console.log('socket handle setNoDelay', enable);
      return setNoDelay.call(this, enable);
    };
    handle.setKeepAlive = function (enable, delay) {
      console.log('socket handle setKeepAlive', enable, delay);
      return setKeepAlive.call(this, enable, delay);
    };
    socket.setNoDelay();
    socket.setNoDelay(1);
    socket.setNoDelay(false);
    socket.setNoDelay('');
    socket.setKeepAlive(true, 2000);
    socket.setKeepAlive(true, 3999);
    socket.setKeepAlive(true, 4000);
    socket.setKeepAlive(false);
    socket.setKeepAlive(false, 1000);
    socket.destroy();
    server.close(next);
  });
  server.listen(0, '127.0.0.1', () => {
    const { onconnection } = server._handle;
    server._handle.onconnection = function (err, clientHandle) {
      console.log('onconnection', err, typeof clientHandle.setNoDelay);
      for (const name of ['setNoDelay', 'setKeepAlive']) {
        const original = clientHandle[name];
        clientHandle[name] = function (...args) {
          console.log('server gives', name, ...args);
          clientHandle[name] = original;
          return original.apply(this, args);
        };
      }
      return onconnection.call(this, err, clientHandle);
    };
    net.connect(server.address().port, '127.0.0.1').on('error', () => {});
  });
}

function reset(next) {
  // The two ends close independently: what each saw is shown once both have.
  const seen = {};
  const done = (end, what) => {
    seen[end] = what;
    if (seen.client && seen.peer) {
      console.log('client', seen.client);
      console.log('peer', seen.peer);
      server.close(next);
    }
  };
  const server = net.createServer((socket) => {
    let error = null;
    socket.on('error', (err) => {
      error = `${err.code} ${err.message}`;
    });
    socket.on('close', (hadError) => done('peer', `close ${hadError} after ${error}`));
  });
  server.listen(0, '127.0.0.1', () => {
    const client = net.connect(server.address().port, '127.0.0.1');
    // Before the connection is made: it is reset once made.
    console.log('returns the socket', client.resetAndDestroy() === client);
    client.on('close', (hadError) => done('client', `close ${hadError}`));
  });
}

function capturedRejection(next) {
  events.captureRejections = true;
  const kaboom = new Error('kaboom');
  const server = net.createServer(async (socket) => {
    server.close();
    socket.on('error', (err) => console.log('connection error is the rejection', err === kaboom));
    throw kaboom;
  });
  events.captureRejections = false;
  server.listen(0, '127.0.0.1', () => {
    const client = net.connect(server.address().port, '127.0.0.1');
    client.on('error', () => {});
    client.on('close', () => {
      console.log('client closed');
      next();
    });
  });
}

function reconnect(next) {
  const remotePorts = [];
  const server = net.createServer((socket) => {
    remotePorts.push(socket.remotePort);
    socket.end('pong');
  });
  const client = new net.Socket();
  const localPorts = [];
  let connections = 0;
  const connect = () => {
    connections++;
    client.connect(server.address().port, '127.0.0.1', () => {
      localPorts.push(client.localPort);
      client.end('ping');
    });
  };
  client.on('data', () => {});
  client.on('close', () => {
    console.log('connection', connections, 'read', client.bytesRead, 'wrote', client.bytesWritten);
    if (connections < 2) {
      connect();
      return;
    }
    console.log('ports agree', JSON.stringify(localPorts) === JSON.stringify(remotePorts));
    server.close();
    next();
  });
  server.listen(0, '127.0.0.1', connect);
}

const steps = [staticBuffer, bufferPool, pausedReads, handleOptions, reset, capturedRejection, reconnect];
(function run() {
  const step = steps.shift();
  if (step) {
    console.log(`-- ${step.name}`);
    step(run);
  }
})();
