// Listens on many ports and resolves names at once (each a host handle), under a limit of 100 handles.
// flags: --max-handles=100 --allow-net=localhost
// expect-status: 154
// expect-stderr: nodule: handle limit of 100 exceeded
// timeout-ms: 5000
const net = require('net');
const dns = require('dns');

for (let i = 0; i < 500; i++) {
  net
    .createServer()
    .listen(0, '127.0.0.1')
    .on('error', () => {});
  dns.lookup('localhost', () => {});
}
setTimeout(() => console.log('ESCAPED'), 2000);
