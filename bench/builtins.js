// Throughput of hot built-in paths; prints one JSON line: { row: milliseconds per op }.
// Run under both runtimes by bench/builtins.sh.
const { inspect } = require('util');
const EventEmitter = require('events');
const zlib = require('zlib');

const { measure } = require('./time_per_op');

const megabyte = Buffer.alloc(1 << 20);
for (let i = 0; i < megabyte.length; i++) megabyte[i] = (i * 7) & 0xff;
const text = 'héllo wörld, '.repeat((1 << 20) / 14);
const base64 = megabyte.toString('base64');
const hex = megabyte.toString('hex');
const chunks = Array.from({ length: 1000 }, (_, i) => Buffer.alloc(1024, i));
const large = Array.from({ length: 1000 }, (_, i) => ({ id: i, name: `item ${i}`, tags: ['a', 'b'], nested: { ok: i % 2 === 0 } }));
const emitter = new EventEmitter();
let received = 0;
emitter.on('event', (a) => {
  received += a;
});
const textBytes = Buffer.from(text);
const gzipped = zlib.gzipSync(textBytes);
const urls = Array.from({ length: 100 }, (_, i) => `https://user:pw@host${i}.example.com:8080/path/${i}/x?q=${i}&r=two#frag`);

const results = {
  'Buffer.toString base64, 1 MB': measure(() => megabyte.toString('base64')),
  'Buffer.from base64, 1 MB': measure(() => Buffer.from(base64, 'base64')),
  'Buffer.toString hex, 1 MB': measure(() => megabyte.toString('hex')),
  'Buffer.from hex, 1 MB': measure(() => Buffer.from(hex, 'hex')),
  'Buffer.from utf8, 1 MB': measure(() => Buffer.from(text)),
  'Buffer.toString utf8, 1 MB': measure(() => megabyte.toString('utf8')),
  'Buffer.concat 1000 x 1 KiB': measure(() => Buffer.concat(chunks)),
  'util.inspect, 1000 objects': measure(() => inspect(large, { depth: 3, maxArrayLength: Infinity })),
  'EventEmitter.emit x 100000': measure(() => {
    for (let i = 0; i < 100000; i++) emitter.emit('event', 1);
  }),
  'new URL x 100': measure(() => {
    for (const u of urls) new URL(u);
  }),
  'zlib.gzipSync, 1 MB of text': measure(() => zlib.gzipSync(textBytes)),
  'zlib.gunzipSync, 1 MB of text': measure(() => zlib.gunzipSync(gzipped)),
};
if (received === 0) throw new Error('listener never ran');
console.log(JSON.stringify(results));
