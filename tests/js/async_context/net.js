// nodule-flags: --allow-net=127.0.0.1
// A socket's callbacks run in the store of where it connected, whoever attached the
// listeners or resumed it; a server's 'connection' in the store of listen().
const net = require('node:net');
const { AsyncLocalStorage } = require('node:async_hooks');

const als = new AsyncLocalStorage();
const seen = [];
const record = (...parts) => seen.push(parts.join(' '));
process.on('exit', () => console.log(seen.sort().join('\n')));

const server = als.run('created', () =>
  net.createServer((socket) => {
    record('connection', als.getStore());
    socket.write('one');
    setTimeout(() => socket.end('two'), 20);
  }),
);
als.run('listen', () =>
  server.listen(0, '127.0.0.1', () => {
    record('listening', als.getStore());
    const { port } = server.address();
    const paused = als.run('paused client', () => net.connect({ port, host: '127.0.0.1' }));
    paused.pause();
    als.run('handlers', () => paused.on('connect', () => record('connect', als.getStore())));
    setTimeout(
      () =>
        als.run('resumer', () => {
          paused.on('data', (data) => record('data', data, als.getStore()));
          paused.resume();
        }),
      5,
    );
    paused.on('end', () => record('end', als.getStore()));
    paused.on('close', () => {
      record('close', als.getStore());
      server.close();
    });
  }),
);
