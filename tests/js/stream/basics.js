const { Readable, Writable, Transform, PassThrough, Duplex, pipeline, finished } = require('stream');
const { pipeline: pipelinePromise } = require('stream/promises');

const upper = () => new Transform({
  transform(chunk, encoding, callback) {
    callback(null, chunk.toString().toUpperCase());
  },
});

function collector(label) {
  const chunks = [];
  return new Writable({
    write(chunk, encoding, callback) {
      chunks.push(chunk.toString());
      callback();
    },
    final(callback) {
      console.log(label, chunks);
      callback();
    },
  });
}

pipeline(Readable.from(['a', 'b', 'c']), upper(), collector('pipeline'), (err) => {
  console.log('pipeline done', err);
  objectMode();
});

function objectMode() {
  const readable = new Readable({ objectMode: true, read() {} });
  readable.push({ n: 1 });
  readable.push({ n: 2 });
  readable.push(null);
  const seen = [];
  readable.on('data', (item) => seen.push(item.n));
  readable.on('end', () => {
    console.log('object mode', seen);
    backpressure();
  });
}

function backpressure() {
  const slow = new Writable({
    highWaterMark: 2,
    write(chunk, encoding, callback) {
      setImmediate(callback);
    },
  });
  console.log('write returns', slow.write('ab'), slow.write('cd'), slow.writableLength, slow.writableNeedDrain);
  slow.once('drain', () => {
    console.log('drained', slow.writableLength);
    errors();
  });
}

function errors() {
  const failing = new Readable({
    read() {
      this.destroy(new Error('read failed'));
    },
  });
  finished(failing, (err) => {
    console.log('finished with', err.message);
    asyncIteration();
  });
  failing.resume();
}

async function asyncIteration() {
  const chunks = [];
  for await (const chunk of Readable.from(['x', 'y'])) chunks.push(chunk);
  console.log('async iteration', chunks);
  const through = new PassThrough();
  const done = pipelinePromise(Readable.from(['1', '2']), through, collector('promise pipeline'));
  await done;
  console.log('duplex', typeof Duplex.from, new PassThrough() instanceof Duplex, typeof require('stream').Stream);
}
