// nodule-flags: --allow-worker
// Messages cross to a worker and back by the structured clone algorithm.
const { Worker } = require('worker_threads');

const worker = new Worker("const { parentPort } = require('worker_threads'); parentPort.on('message', (m) => parentPort.postMessage(m));", {
  eval: true,
});
const circular = { name: 'loop' };
circular.self = circular;
const shared = { s: 1 };
const buffer = new ArrayBuffer(8);
new Uint8Array(buffer).set([1, 2, 3, 4, 5, 6, 7, 8]);
const error = new RangeError('out of range', { cause: 'because' });
const values = [
  undefined,
  null,
  -0,
  NaN,
  Infinity,
  12345678901234567890n,
  'text ☃',
  [1, , 3],
  new Date(86400000),
  /a+b/gi,
  new Map([[{ k: 1 }, new Set([1, 'two'])]]),
  new Set([[1], [2]]),
  circular,
  { a: shared, b: shared },
  new Uint16Array([1, 2, 65535]),
  new Float64Array([0.5, -1.25]),
  new DataView(buffer, 2, 4),
  buffer,
  new BigInt64Array([-1n]),
  error,
  new Boolean(false),
  new String('boxed'),
  { __proto__: { inherited: true }, own: 1 },
];
const received = [];
worker.on('message', (value) => {
  received.push(value);
  if (received.length !== values.length) return;
  for (const [index, value] of received.entries()) if (value !== received[19]) console.log(index, value);
  const back = received[12];
  console.log('cycle kept:', back.self === back);
  console.log('sharing kept:', received[13].a === received[13].b);
  console.log('error:', received[19] instanceof RangeError, received[19].message, received[19].cause);
  worker.terminate();
});
for (const value of values) worker.postMessage(value);

const transferred = new ArrayBuffer(4);
worker.postMessage(transferred, [transferred]);
console.log('transferred buffer detached:', transferred.byteLength);
try {
  worker.postMessage(() => {});
} catch (err) {
  console.log(err.name, err.message);
}
try {
  worker.postMessage(Symbol('s'));
} catch (err) {
  console.log(err.name, err.message);
}
