// nodule-flags: --allow-net=127.0.0.1
// dgram over loopback: bind, echo, rinfo, connect, address, errors and close.
const dgram = require('dgram');
const assert = require('assert');

const server = dgram.createSocket('udp4');
// The first three datagrams are answered together, so the output's order is fixed.
const held = [];
server.on('message', (msg, rinfo) => {
  console.log('server got', JSON.stringify(msg.toString()), rinfo.family, rinfo.size, typeof rinfo.port);
  held.push([msg, rinfo]);
  if (held.length < 3 && !msg.toString().startsWith('over')) return;
  for (const [m, r] of held.splice(0)) server.send(Buffer.from(`echo:${m}`), r.port, r.address);
});
server.on('listening', () => console.log('listening event'));
server.bind(0, '127.0.0.1', () => {
  const { address, family, port } = server.address();
  console.log('bound', address, family, port > 0);
  const client = dgram.createSocket({ type: 'udp4' });
  client.on('listening', () => console.log('client listening (implicit bind)'));
  let replies = 0;
  client.on('message', (msg) => {
    console.log('client got', msg.toString());
    if (++replies === 3) {
      client.connect(port, '127.0.0.1', () => {
        console.log('connected', client.remoteAddress().port === port);
        assert.throws(() => client.send('x', 0, 1, port, '127.0.0.1'), { code: 'ERR_SOCKET_DGRAM_IS_CONNECTED' });
        client.send('over connect', (err, bytes) => console.log('sent connected', err, bytes));
      });
    }
    if (replies === 4) {
      client.disconnect();
      assert.throws(() => client.remoteAddress(), { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED' });
      client.close(() => {
        console.log('client closed');
        assert.throws(() => client.send('x', port), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING' });
        server.close(() => console.log('server closed'));
      });
    }
  });
  client.send('one', port, '127.0.0.1', (err, bytes) => console.log('sent one', err, bytes));
  client.send(['t', Buffer.from('w'), 'o'], port, (err, bytes) => console.log('sent list', err, bytes));
  client.send(Buffer.from('xthreex'), 1, 5, port, '127.0.0.1');
});

assert.throws(() => dgram.createSocket('udp5'), { code: 'ERR_SOCKET_BAD_TYPE', message: 'Bad socket type specified. Valid types are: udp4, udp6' });
const other = dgram.createSocket('udp4');
assert.throws(() => other.send('x', 0), { code: 'ERR_SOCKET_BAD_PORT' });
assert.throws(() => other.send('x', 70000), { code: 'ERR_SOCKET_BAD_PORT' });
assert.throws(() => other.send(5, 1234), { code: 'ERR_INVALID_ARG_TYPE' });
other.bind(0, '127.0.0.1', () => {
  assert.throws(() => other.bind(0), { code: 'ERR_SOCKET_ALREADY_BOUND' });
  other.close();
});
