// CompressionStream and DecompressionStream (web streams over zlib).
const zlib = require('zlib');
const { CompressionStream: FromModule } = require('stream/web');

const text = 'Web streams compress too. '.repeat(30);

async function readAll(readable) {
  const chunks = [];
  for await (const chunk of readable) chunks.push(chunk);
  return Buffer.concat(chunks);
}

async function squeeze(format, input) {
  const stream = new CompressionStream(format);
  const writer = stream.writable.getWriter();
  writer.write(new TextEncoder().encode(input.slice(0, 100)));
  writer.write(new TextEncoder().encode(input.slice(100)));
  writer.close();
  return readAll(stream.readable);
}

(async () => {
  console.log(FromModule === CompressionStream, typeof DecompressionStream);
  for (const format of ['gzip', 'deflate', 'deflate-raw']) {
    const packed = await squeeze(format, text);
    const viaNode = { gzip: zlib.gunzipSync, deflate: zlib.inflateSync, 'deflate-raw': zlib.inflateRawSync }[format](packed).toString();
    const unpacked = await readAll(new Blob([packed]).stream().pipeThrough(new DecompressionStream(format)));
    console.log(format, packed instanceof Uint8Array, viaNode === text, unpacked.toString() === text);
  }
  const fromNode = zlib.gzipSync('made by zlib.gzipSync');
  console.log('node-made gzip', (await readAll(new Blob([fromNode]).stream().pipeThrough(new DecompressionStream('gzip')))).toString());
  console.log(new CompressionStream('gzip'));
  console.log(Object.prototype.toString.call(new DecompressionStream('deflate')), CompressionStream.name, DecompressionStream.length);
  for (const make of [() => new CompressionStream('brotli'), () => new DecompressionStream()]) {
    try {
      make();
    } catch (err) {
      console.log(err.name, err.code, err.message);
    }
  }
  try {
    Object.getOwnPropertyDescriptor(CompressionStream.prototype, 'readable').get.call({});
  } catch (err) {
    console.log(err.code, err.message);
  }
  const broken = new DecompressionStream('deflate');
  const writer = broken.writable.getWriter();
  writer.write(new Uint8Array([1, 2, 3, 4])).catch(() => {});
  writer.close().catch(() => {});
  try {
    await readAll(broken.readable);
  } catch (err) {
    console.log('corrupt input', err.name, err.code, err.message);
  }
})();
