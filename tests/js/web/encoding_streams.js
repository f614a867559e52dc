// TextEncoderStream and TextDecoderStream: chunks split inside characters, the end of
// the stream, fatal decoding, and what they are (not TransformStreams).
const { inspect } = require('util');

async function collect(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}

async function encode(parts) {
  const encoder = new TextEncoderStream();
  const writer = encoder.writable.getWriter();
  for (const part of parts) writer.write(part);
  writer.close();
  return (await collect(encoder.readable)).map((bytes) => [bytes.constructor.name, ...bytes]);
}

async function decode(parts, ...args) {
  const decoder = new TextDecoderStream(...args);
  const writer = decoder.writable.getWriter();
  for (const part of parts) writer.write(part).catch(() => {});
  writer.close().catch(() => {});
  return collect(decoder.readable);
}

(async () => {
  const encoder = new TextEncoderStream();
  console.log(inspect(encoder), Object.prototype.toString.call(encoder), encoder instanceof TransformStream);
  const decoder = new TextDecoderStream('utf-16le', { fatal: true });
  console.log(decoder.encoding, decoder.fatal, decoder.ignoreBOM, inspect(new TextDecoderStream()));
  try {
    new TextDecoderStream('no-such-encoding');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
  try {
    Object.getOwnPropertyDescriptor(TextEncoderStream.prototype, 'readable').get.call({});
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }

  console.log(await encode(['héllo', ' ', 42]));
  const smile = '\u{1F600}';
  console.log(await encode([smile[0], smile[1], 'x']));
  console.log(await encode(['end', smile[0]]));
  console.log(await encode(['', '']));

  const bytes = new TextEncoder().encode('né€\u{1F600}');
  console.log(await decode([bytes.subarray(0, 2), bytes.subarray(2, 5), bytes.subarray(5, 8), bytes.subarray(8)]));
  console.log(await decode([new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), new Uint8Array([0xe2, 0x82])]));
  console.log(await decode([new Uint8Array([0x68, 0x00, 0x69]), new Uint8Array([0x00])], 'utf-16le'));
  try {
    await decode([new Uint8Array([0x61, 0xff])], 'utf-8', { fatal: true });
  } catch (err) {
    console.log('fatal:', err.name, err.code);
  }

  const upper = new TransformStream({
    transform(chunk, controller) {
      controller.enqueue(chunk.toUpperCase());
    },
  });
  const piped = new Blob(['stream of text']).stream()
    .pipeThrough(new TextDecoderStream())
    .pipeThrough(upper)
    .pipeThrough(new TextEncoderStream())
    .pipeThrough(new TextDecoderStream());
  console.log(await collect(piped));
})();
