// Web streams (globals and stream/web): readers, BYOB reads, writers, transforms,
// piping, teeing, async iteration, queuing strategies and their errors.
const web = require('stream/web');
const { inspect } = require('util');

console.log(Object.keys(web).filter((name) => !/compressionstream$/i.test(name)));
console.log(web.ReadableStream === ReadableStream, typeof ReadableStream, typeof ReadableStream.from);
console.log(Object.getOwnPropertyDescriptor(globalThis, 'WritableStream').enumerable, Object.prototype.toString.call(new ReadableStream()));

function errorOf(fn) {
  try {
    fn();
    return 'no error';
  } catch (err) {
    return err.name;
  }
}

async function defaultReader() {
  const stream = new ReadableStream({
    start(controller) {
      controller.enqueue('a');
      controller.enqueue('b');
      controller.close();
    },
  });
  console.log(inspect(stream), stream instanceof ReadableStream);
  const reader = stream.getReader();
  console.log(stream.locked, reader instanceof ReadableStreamDefaultReader, errorOf(() => stream.getReader()));
  console.log(await reader.read(), await reader.read(), await reader.read());
  await reader.closed;
  reader.releaseLock();
  console.log(inspect(stream), stream.locked);
}

async function pullAndCancel() {
  let n = 0;
  const stream = new ReadableStream({
    pull(controller) {
      controller.enqueue(++n);
    },
    cancel(reason) {
      console.log('cancelled with', reason);
    },
  }, new CountQueuingStrategy({ highWaterMark: 2 }));
  const reader = stream.getReader();
  console.log((await reader.read()).value, (await reader.read()).value);
  await reader.cancel('enough');
  console.log(await reader.read());
}

async function asyncIteration() {
  const seen = [];
  for await (const chunk of ReadableStream.from(['x', 'y', 'z'])) seen.push(chunk);
  console.log('for await', seen);
  const stream = ReadableStream.from((async function* gen() {
    yield 1;
    yield 2;
    yield 3;
  })());
  for await (const chunk of stream.values({ preventCancel: true })) {
    if (chunk === 2) break;
  }
  console.log('after break', stream.locked, await stream.getReader().read());
}

async function byob() {
  const stream = new ReadableStream({
    type: 'bytes',
    start(controller) {
      controller.enqueue(new Uint8Array([1, 2, 3, 4, 5]));
      controller.close();
    },
  });
  console.log(inspect(stream));
  const reader = stream.getReader({ mode: 'byob' });
  console.log(reader instanceof ReadableStreamBYOBReader);
  const first = await reader.read(new Uint8Array(3));
  console.log(first.done, first.value);
  const second = await reader.read(new Uint8Array(3));
  console.log(second.done, second.value);
  const last = await reader.read(new Uint8Array(3));
  console.log(last.done, last.value);
  console.log(errorOf(() => new ReadableStream().getReader({ mode: 'byob' })));

  let pulls = 0;
  const responding = new ReadableStream({
    type: 'bytes',
    pull(controller) {
      const request = controller.byobRequest;
      console.log('byobRequest', request instanceof ReadableStreamBYOBRequest, request.view.byteLength);
      request.view[0] = 42;
      request.respond(1);
      if (++pulls === 2) controller.close();
    },
  });
  const byteReader = responding.getReader({ mode: 'byob' });
  console.log((await byteReader.read(new Uint8Array(4))).value, (await byteReader.read(new Uint8Array(2))).value, (await byteReader.read(new Uint8Array(2))).done);
}

async function writable() {
  const written = [];
  const stream = new WritableStream({
    write(chunk) {
      written.push(chunk);
    },
    close() {
      written.push('<closed>');
    },
  }, new ByteLengthQueuingStrategy({ highWaterMark: 8 }));
  const writer = stream.getWriter();
  console.log(inspect(stream), writer instanceof WritableStreamDefaultWriter, writer.desiredSize, errorOf(() => stream.getWriter()));
  await writer.write(new Uint8Array(3));
  await writer.write(new Uint8Array(1));
  await writer.close();
  console.log(written, inspect(stream));

  const failing = new WritableStream({
    write() {
      throw new Error('disk full');
    },
  });
  const failingWriter = failing.getWriter();
  await failingWriter.write('x').catch((err) => console.log('write rejected:', err.message));
  await failingWriter.closed.catch((err) => console.log('closed rejected:', err.message));
  const aborted = new WritableStream({
    abort(reason) {
      console.log('abort', reason);
    },
  });
  await aborted.abort('stop');
  console.log(inspect(aborted));
}

async function transformAndPipe() {
  const upper = new TransformStream({
    transform(chunk, controller) {
      controller.enqueue(chunk.toUpperCase());
    },
    flush(controller) {
      controller.enqueue('!');
    },
  });
  console.log(inspect(upper));
  const out = [];
  await ReadableStream.from(['a', 'b']).pipeThrough(upper).pipeTo(new WritableStream({
    write(chunk) {
      out.push(chunk);
    },
  }));
  console.log('piped', out);

  const [left, right] = ReadableStream.from([1, 2, 3]).tee();
  const collect = async (stream) => {
    const values = [];
    for await (const value of stream) values.push(value);
    return values;
  };
  console.log('tee', await collect(left), await collect(right));

  const controller = new AbortController();
  const never = new ReadableStream({ pull() {} });
  const piping = never.pipeTo(new WritableStream(), { signal: controller.signal });
  controller.abort(new Error('user abort'));
  await piping.catch((err) => console.log('pipe aborted:', err.message));

  const erroring = new ReadableStream({
    start(c) {
      c.error(new TypeError('source broke'));
    },
  });
  await erroring.pipeTo(new WritableStream({
    abort(reason) {
      console.log('dest aborted:', reason.message);
    },
  })).catch((err) => console.log('pipeTo rejected:', err.message));
  console.log(inspect(erroring));
}

async function errors() {
  console.log(errorOf(() => new ReadableStream({ type: 'nope' })), errorOf(() => new ReadableStream(1)));
  console.log(errorOf(() => new ReadableStream({}, { highWaterMark: -1 })), errorOf(() => new ReadableStreamDefaultController()));
  console.log(errorOf(() => ReadableStream.prototype.getReader.call({})), errorOf(() => new CountQueuingStrategy()));
  const locked = new ReadableStream();
  locked.getReader();
  await locked.cancel().catch((err) => console.log('cancel locked:', err.name));
  await locked.pipeTo(new WritableStream()).catch((err) => console.log('pipeTo locked:', err.name));
  const closing = new ReadableStream({
    start(c) {
      c.close();
      console.log('enqueue after close:', errorOf(() => c.enqueue(1)));
    },
  });
  console.log(inspect(closing));
}

(async () => {
  for (const step of [defaultReader, pullAndCancel, asyncIteration, byob, writable, transformAndPipe, errors]) {
    console.log(`-- ${step.name}`);
    await step();
  }
})();
