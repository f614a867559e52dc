// Old-style subclasses that initialize themselves with a built-in constructor
// (`Base.call(this, ...)` + util.inherits), as much of npm still does.
const util = require('util');
const { StringDecoder } = require('string_decoder');
const fs = require('fs');
const net = require('net');
const http = require('http');
const { Readable } = require('stream');

function Decoder(encoding) {
  StringDecoder.call(this, encoding);
}
Decoder.prototype = StringDecoder.prototype;
const decoder = new Decoder('utf8');
console.log('decoder', JSON.stringify(decoder.write(Buffer.from([0xe2, 0x82])) + decoder.end(Buffer.from([0xac]))));

function Lines(path) {
  fs.ReadStream.call(this, path, { encoding: 'utf8' });
}
util.inherits(Lines, fs.ReadStream);
new Lines(__filename).on('data', (text) => console.log('read stream', text.split('\n')[0]));

function TracedSocket(options) {
  net.Socket.call(this, options);
  this.traced = true;
}
util.inherits(TracedSocket, net.Socket);
const socket = new TracedSocket();
console.log('socket', socket instanceof net.Socket, socket instanceof TracedSocket, socket.traced, socket.pending);

function FakeResponse(req) {
  http.ServerResponse.call(this, req);
}
util.inherits(FakeResponse, http.ServerResponse);
const req = new http.IncomingMessage(null);
req.method = 'GET';
req.httpVersionMajor = 1;
req.httpVersionMinor = 1;
const res = new FakeResponse(req);
res.setHeader('X-Test', 'yes');
console.log('response', res.statusCode, res.getHeader('x-test'), res instanceof http.OutgoingMessage);

function Counter() {
  Readable.call(this, { objectMode: true });
  this.n = 0;
}
util.inherits(Counter, Readable);
Counter.prototype._read = function () {
  this.push(this.n < 3 ? this.n++ : null);
};
const counted = [];
new Counter().on('data', (n) => counted.push(n)).on('end', () => console.log('readable', counted));

for (const Ctor of [StringDecoder, fs.ReadStream, fs.WriteStream, net.Socket, net.Server, http.IncomingMessage, http.Agent, http.ClientRequest,
  http.OutgoingMessage, http.ServerResponse, http.Server]) {
  console.log(Ctor.name, /^class\b/.test(Function.prototype.toString.call(Ctor)) ? 'class' : 'function');
}
