// Opens 1000 connections to its own granted server, under a limit of 100 handles.
// flags: --max-handles=100 --allow-net=127.0.0.1:{free}
// expect-status: 154
// expect-stderr: nodule: handle limit of 100 exceeded
// timeout-ms: 5000
const net = require('net');
const { free } = require('./_hostile');

const server = net.createServer(() => {});
server.listen(free, '127.0.0.1', () => {
  let connected = 0;
  for (let i = 0; i < 1000; i++) net.connect(free, '127.0.0.1', () => connected++).on('error', () => {});
  setTimeout(() => console.log(`ESCAPED ${connected} connections`), 2000);
});
