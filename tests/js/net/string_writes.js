// nodule-flags: --allow-net=127.0.0.1
// Strings written to sockets in each encoding, short and longer than one host write,
// to peers that read only later: every byte arrives once, in order, in its encoding,
// and bytesWritten counts bytes, not characters.
const net = require('node:net');
const { createHash } = require('node:crypto');

const writes = [
  ['plain ASCII\n', undefined],
  ['é and € in UTF-8\n', 'utf8'],
  ['é spelled utf-8\n', 'utf-8'],
  ['ÿ and é in latin1\n', 'latin1'],
  ['ÿ as binary\n', 'binary'],
  ['cafe', 'hex'],
  ['aGVsbG8=', 'base64'],
  ['é'.repeat(65536) + 'x'.repeat(131072), 'utf8'],
  ['ÿ'.repeat(262144), 'latin1'],
  ['€'.repeat(400000), undefined], // 1.2 MB in UTF-8: more than one host write
];
const expectedBytes = Buffer.concat(writes.map(([text, encoding]) => Buffer.from(text, encoding)));
const expected = createHash('sha256').update(expectedBytes).digest('hex');
const CONNECTIONS = 20;

// Printed once both sides are done, whichever finishes first.
const results = {};
function report() {
  if (results.intact === undefined || results.bytesWritten === undefined) return;
  console.log('expected bytes:', expectedBytes.length);
  console.log('bytesWritten:', results.bytesWritten);
  console.log('arrived intact:', results.intact);
  server.close();
}

const accepted = [];
const server = net.createServer({ pauseOnConnect: true }, (socket) => {
  accepted.push(socket);
  if (accepted.length === CONNECTIONS) setTimeout(readAll, 100);
});

let finished = 0;
let intact = 0;
function readAll() {
  for (const socket of accepted) {
    const hash = createHash('sha256');
    let bytes = 0;
    socket.on('data', (chunk) => {
      hash.update(chunk);
      bytes += chunk.length;
    });
    socket.on('end', () => {
      if (bytes === expectedBytes.length && hash.digest('hex') === expected) intact++;
      if (++finished === CONNECTIONS) {
        results.intact = `${intact} of ${CONNECTIONS}`;
        report();
      }
    });
    socket.resume();
  }
}

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const counts = new Set();
  let ended = 0;
  for (let i = 0; i < CONNECTIONS; i++) {
    const client = net.connect(port, '127.0.0.1', () => {
      for (const [text, encoding] of writes.slice(0, -1)) client.write(text, encoding);
      client.end(writes[writes.length - 1][0]);
    });
    client.on('finish', () => {
      counts.add(client.bytesWritten);
      if (++ended === CONNECTIONS) {
        results.bytesWritten = [...counts];
        report();
      }
    });
  }
});
