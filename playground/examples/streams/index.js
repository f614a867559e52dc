const { Readable, Transform, Writable, pipeline } = require('node:stream');

const words = Readable.from(['streams ', 'move ', 'data ', 'in ', 'chunks']);

const upper = new Transform({
  transform(chunk, _encoding, callback) {
    callback(null, chunk.toString().toUpperCase());
  },
});

const collected = [];
const sink = new Writable({
  write(chunk, _encoding, callback) {
    collected.push(chunk.toString());
    callback();
  },
});

pipeline(words, upper, sink, (error) => {
  console.log('pipeline done:', error ?? 'no error');
  console.log(collected.join('|'));
  countLines();
});

async function countLines() {
  const lines = Readable.from(['one\ntwo\n', 'three\nfour\n']);
  let count = 0;
  for await (const chunk of lines) count += chunk.split('\n').length - 1;
  console.log('lines counted with for await:', count);
  const { Buffer } = require('node:buffer');
  const bytes = Readable.from([Buffer.from('ab'), Buffer.from('cd')]);
  bytes.on('data', (chunk) => console.log('data event:', chunk));
  bytes.on('end', () => console.log('end event'));
}
