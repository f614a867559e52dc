// node:stream and web streams: toWeb/fromWeb for Readable, Writable and Duplex, pipeline
// and finished over web streams, Readable.from(ReadableStream), and argument errors.
const { Readable, Writable, Duplex, PassThrough, pipeline, finished, addAbortSignal, isDisturbed, isErrored, isReadable } = require('stream');
const { pipeline: pipelinePromise, finished: finishedPromise } = require('stream/promises');

function thrown(fn) {
  try {
    fn();
    return 'no error';
  } catch (err) {
    return `${err.name} ${err.code}: ${err.message}`;
  }
}

async function collectWeb(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}

function collectNode(stream) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('end', () => resolve(chunks));
    stream.on('error', reject);
  });
}

async function readableToWeb() {
  const bytes = await collectWeb(Readable.toWeb(Readable.from([Buffer.from('ab'), Buffer.from('cd')], { objectMode: false })));
  console.log(bytes.map((chunk) => [chunk.constructor.name, Buffer.from(chunk).toString()]));
  console.log(await collectWeb(Readable.toWeb(Readable.from([{ n: 1 }, 'two', 3]))));

  const failing = new Readable({ read() {} });
  const web = Readable.toWeb(failing);
  failing.destroy(new Error('source failed'));
  await web.getReader().read().catch((err) => console.log('web read:', err.message));

  const early = new Readable({ read() {} });
  const earlyWeb = Readable.toWeb(early);
  early.destroy();
  await earlyWeb.getReader().read().catch((err) => console.log('early close:', err.name, err.code, err.cause.code));

  const cancelled = new Readable({ read() {} });
  await Readable.toWeb(cancelled).cancel(new Error('not needed'));
  await finishedPromise(cancelled).catch((err) => console.log('node side:', err.message, cancelled.destroyed));

  const done = new Readable({ read() {} });
  done.destroy();
  const doneWeb = Readable.toWeb(done);
  console.log('from destroyed:', await doneWeb.getReader().read());
}

async function readableFromWeb() {
  const source = ReadableStream.from([new TextEncoder().encode('x'), new TextEncoder().encode('y')]);
  const readable = Readable.fromWeb(source);
  console.log(readable instanceof Readable, source.locked, readable.readableObjectMode);
  console.log((await collectNode(readable)).map(String));
  const text = Readable.fromWeb(ReadableStream.from([new Uint8Array([0xe2, 0x82]), new Uint8Array([0xac])]), { encoding: 'utf8' });
  console.log(await collectNode(text));
  const objects = Readable.fromWeb(ReadableStream.from([{ a: 1 }, [2]]), { objectMode: true });
  console.log(await collectNode(objects));

  const erroring = new ReadableStream({
    start(c) {
      c.error(new Error('web failed'));
    },
  });
  await collectNode(Readable.fromWeb(erroring)).catch((err) => console.log('node error:', err.message));

  const endless = new ReadableStream({
    pull(c) {
      c.enqueue(new Uint8Array([1]));
    },
    cancel(reason) {
      console.log('web cancelled:', reason.message);
    },
  });
  const node = Readable.fromWeb(endless);
  node.destroy(new Error('stop reading'));
  await finishedPromise(node).catch((err) => console.log('finished:', err.message));

  console.log('from.js:', await collectNode(Readable.from(ReadableStream.from(['p', 'q']))));
}

async function writableToWeb() {
  const chunks = [];
  const sink = new Writable({
    highWaterMark: 2,
    write(chunk, encoding, callback) {
      chunks.push(chunk.toString());
      setImmediate(callback);
    },
  });
  sink.on('finish', () => console.log('node finish'));
  const web = Writable.toWeb(sink);
  console.log(web instanceof WritableStream);
  const writer = web.getWriter();
  await writer.write(Buffer.from('one'));
  await writer.write(new Uint8Array([116, 119, 111]));
  await writer.write('three');
  await writer.close();
  console.log(chunks, sink.writableFinished);

  const broken = new Writable({
    write(chunk, encoding, callback) {
      callback(new Error('sink failed'));
    },
  });
  broken.on('error', () => {});
  const brokenWriter = Writable.toWeb(broken).getWriter();
  await brokenWriter.write('x').catch((err) => console.log('write:', err.message));
  await brokenWriter.closed.catch((err) => console.log('closed:', err.message));

  const aborted = new Writable({ write(chunk, encoding, callback) { callback(); } });
  aborted.on('error', (err) => console.log('node error on abort:', err.message));
  await Writable.toWeb(aborted).abort(new Error('aborted by web'));
  await new Promise((resolve) => aborted.on('close', resolve));
  console.log('aborted destroyed:', aborted.destroyed);

  const ended = new Writable({ write(chunk, encoding, callback) { callback(); } });
  ended.end();
  const endedWriter = Writable.toWeb(ended).getWriter();
  await endedWriter.write('late').catch((err) => console.log('ended:', err.name));
}

async function writableFromWeb() {
  const received = [];
  const web = new WritableStream({
    write(chunk) {
      received.push(chunk);
    },
    close() {
      received.push('<close>');
    },
  });
  const writable = Writable.fromWeb(web);
  console.log(writable instanceof Writable, web.locked);
  writable.write('str');
  writable.write(Buffer.from('buf'));
  writable.end('end');
  await finishedPromise(writable);
  console.log(received.map((chunk) => (typeof chunk === 'string' ? chunk : `${chunk.constructor.name}:${chunk}`)));

  const objects = [];
  const objectWritable = Writable.fromWeb(new WritableStream({ write(chunk) { objects.push(chunk); } }), { objectMode: true });
  objectWritable.write({ id: 1 });
  objectWritable.end(7);
  await finishedPromise(objectWritable);
  console.log(objects);

  const failing = Writable.fromWeb(new WritableStream({
    write() {
      throw new Error('web sink failed');
    },
  }));
  failing.write('x');
  await finishedPromise(failing).catch((err) => console.log('node writable error:', err.message));

  const abortSeen = Writable.fromWeb(new WritableStream({
    abort(reason) {
      console.log('web aborted:', reason.message);
    },
  }));
  abortSeen.destroy(new Error('destroyed'));
  await finishedPromise(abortSeen).catch((err) => console.log('finished:', err.message));
}

async function duplexes() {
  const pass = new PassThrough();
  const { readable, writable } = Duplex.toWeb(pass);
  console.log(readable instanceof ReadableStream, writable instanceof WritableStream);
  const writer = writable.getWriter();
  writer.write(new TextEncoder().encode('through '));
  writer.write(new TextEncoder().encode('duplex'));
  writer.close();
  console.log((await collectWeb(readable)).map((chunk) => Buffer.from(chunk).toString()).join(''));

  const transform = new TransformStream({
    transform(chunk, controller) {
      controller.enqueue(String(chunk).toUpperCase());
    },
  });
  const duplex = Duplex.fromWeb(transform, { encoding: 'utf8' });
  console.log(duplex instanceof Duplex, duplex.readable, duplex.writable);
  duplex.end('shout');
  console.log(await collectNode(duplex));

  const viaFrom = Duplex.from(new TransformStream());
  console.log('Duplex.from(pair):', viaFrom instanceof Duplex);
  viaFrom.end(Buffer.from('id'));
  console.log((await collectNode(viaFrom)).map(String));
}

async function pipelines() {
  const upper = new TransformStream({
    transform(chunk, controller) {
      controller.enqueue(new TextDecoder().decode(chunk).toUpperCase());
    },
  });
  const out = [];
  await pipelinePromise(
    Readable.from([Buffer.from('node '), Buffer.from('to web')]),
    upper,
    new WritableStream({
      write(chunk) {
        out.push(chunk);
      },
    }),
  );
  console.log('pipeline:', out);

  const collected = [];
  await new Promise((resolve) => {
    pipeline(ReadableStream.from(['web ', 'to ', 'node']), new Writable({
      objectMode: true,
      write(chunk, encoding, callback) {
        collected.push(chunk);
        callback();
      },
    }), (err) => {
      console.log('pipeline callback:', err, collected.join(''));
      resolve();
    });
  });

  const closing = new ReadableStream({
    start(c) {
      c.close();
    },
  });
  await new Promise((resolve) => finished(closing, (err) => {
    console.log('finished(web closed):', err);
    resolve();
  }));
  let fail;
  const failing = new ReadableStream({
    start(c) {
      fail = c;
    },
  });
  const observed = finishedPromise(failing).catch((err) => console.log('finished(web errored):', err.message));
  fail.error(new Error('kaput'));
  await observed;

  const states = (stream) => [isDisturbed(stream), isErrored(stream), isReadable(stream)];
  const read = ReadableStream.from(['r']);
  console.log('states:', states(read), states(failing), states(closing));
  await read.getReader().read();
  console.log('after a read:', states(read));

  const controller = new AbortController();
  const signalled = addAbortSignal(controller.signal, new ReadableStream({ pull() {} }));
  controller.abort();
  await signalled.getReader().read().catch((err) => console.log('addAbortSignal:', err.name));
}

function argumentErrors() {
  console.log(thrown(() => Readable.fromWeb({})));
  console.log(thrown(() => Readable.fromWeb(new ReadableStream(), { encoding: 'nope' })));
  console.log(thrown(() => Readable.fromWeb(new ReadableStream(), { objectMode: 1 })));
  console.log(thrown(() => Readable.toWeb({})));
  console.log(thrown(() => Writable.fromWeb(new ReadableStream())));
  console.log(thrown(() => Writable.toWeb(new Readable())));
  console.log(thrown(() => Duplex.fromWeb({ readable: new ReadableStream() })));
  console.log(thrown(() => Duplex.fromWeb(null)));
  console.log(thrown(() => Duplex.toWeb(new Readable())));
  const locked = new ReadableStream();
  locked.getReader();
  console.log(thrown(() => Readable.fromWeb(locked)).split(' ')[0]);
}

(async () => {
  for (const step of [readableToWeb, readableFromWeb, writableToWeb, writableFromWeb, duplexes, pipelines, argumentErrors]) {
    console.log(`-- ${step.name}`);
    await step();
  }
})();
