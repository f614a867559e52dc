// stream/consumers: whole-stream reads from node streams, web streams and async iterables.
const consumers = require('stream/consumers');
const { Readable, PassThrough } = require('stream');

(async () => {
  console.log(Object.keys(consumers));
  const euro = Buffer.from('€');
  console.log(await consumers.text(Readable.from([euro.subarray(0, 1), euro.subarray(1), Buffer.from(' & more')])));
  console.log(await consumers.text(ReadableStream.from(['web ', 'strings'])));
  console.log(await consumers.json(Readable.from([Buffer.from('{"a": [1, '), Buffer.from('2]}')])));
  const buffer = await consumers.buffer(ReadableStream.from([new Uint8Array([1, 2]), new Uint8Array([3])]));
  console.log(Buffer.isBuffer(buffer), buffer);
  const arrayBuffer = await consumers.arrayBuffer((async function* gen() {
    yield new Uint8Array([9]);
    yield 'z';
  })());
  console.log(arrayBuffer instanceof ArrayBuffer, new Uint8Array(arrayBuffer));
  const blob = await consumers.blob(new Blob(['blob ', 'parts']).stream());
  console.log(blob instanceof Blob, blob.size, await blob.text());
  const pass = new PassThrough();
  pass.end('');
  console.log(JSON.stringify(await consumers.text(pass)));
  await consumers.json(Readable.from(['{broken'])).catch((err) => console.log(err.name));
  const failing = new Readable({ read() { this.destroy(new Error('read failed')); } });
  await consumers.buffer(failing).catch((err) => console.log(err.message));
})();
