// The server bench/http.py drives: hello world over keep-alive, port from argv.
const http = require('http');
const server = http.createServer((req, res) => res.end('hello world\n'));
// Idle connections must outlive the measurement.
server.keepAliveTimeout = 120000;
server.listen(Number(process.argv[2]), '127.0.0.1', () => console.log('ready'));
