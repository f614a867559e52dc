// OutgoingMessage's deprecated _headers and _headerNames (DEP0066, warned once): views of the
// headers set so far, and setters that replace them or rename them.
const http = require('http');

process.on('warning', (warning) => console.log('warning', warning.code, warning.message));

const message = new http.OutgoingMessage();
console.log(message._headerNames, message._headers);
message.setHeader('X-Flow', '1');
message.setHeader('Set-Cookie', ['a=1', 'b=2']);
console.log(message._headerNames, message._headers);
message._headerNames = { 'x-flow': 'X-FLOW', missing: 'Missing' };
console.log(message.getRawHeaderNames());
message._headers = { Accept: 'text/plain', 'Content-Type': 'text/html' };
console.log(message.getHeaders(), message.getRawHeaderNames());
message._headers = 'ignored';
console.log(message.getHeaderNames());
message._headers = null;
console.log(message.getHeaderNames(), message._headerNames);
