// nodule-flags: --allow-net=127.0.0.1
// The top-level after hooks run once the tests are done, though the server the before
// hook started keeps the program alive until they close it.
const { before, after, test } = require('node:test');
const net = require('node:net');
const log = [];
process.on('exit', () => console.log(log.join('\n')));

let server;
before(() => new Promise((resolve) => {
  server = net.createServer().listen(0, '127.0.0.1', resolve);
}));
after(() => {
  log.push(`after: listening ${server.listening}`);
  server.close(() => log.push('closed'));
});
test('the server is up', () => {
  log.push(`test: listening ${server.listening}`);
});
