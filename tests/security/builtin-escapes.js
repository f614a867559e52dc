// Built-ins that open ports or write files on their own: inspector, dgram, cluster, wasi, heap snapshots, reports.
const { outside, port, refused, callback, run } = require('./_hostile');

/** The built-in module, or undefined where the runtime has none (nothing to attack then). */
function optional(id) {
  try {
    return require(id);
  } catch (err) {
    if (err.code !== 'MODULE_NOT_FOUND' && err.code !== 'ERR_UNKNOWN_BUILTIN_MODULE') throw err;
    return undefined;
  }
}

run(async () => {
  const denied = ['ERR_ACCESS_DENIED', 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'ERR_METHOD_NOT_IMPLEMENTED'];
  const inspector = optional('inspector');
  if (inspector) await refused('inspector.open', denied, () => inspector.open(0, '127.0.0.1'));
  const dgram = optional('dgram');
  if (dgram) {
    // Each socket is closed after its attempt: a bound socket keeps a program running.
    const binding = dgram.createSocket('udp4');
    await refused('dgram bind', denied, () => callback((cb) => binding.bind(0, '127.0.0.1', cb).on('error', cb)));
    binding.close();
    const sending = dgram.createSocket('udp4');
    await refused('dgram send', denied, () => callback((cb) => sending.send('x', port, '127.0.0.1', cb)));
    sending.close();
  }
  const cluster = optional('cluster');
  if (cluster) await refused('cluster.fork', denied, () => cluster.fork());
  const wasi = optional('wasi');
  if (wasi) await refused('WASI with / preopened', denied, () => new wasi.WASI({ version: 'preview1', preopens: { '/': '/' } }));
  const v8 = optional('v8');
  if (typeof v8?.writeHeapSnapshot === 'function') {
    await refused('heap snapshot outside', denied, () => v8.writeHeapSnapshot(`${outside}/heap.heapsnapshot`));
  }
  if (typeof process.report?.writeReport === 'function') {
    await refused('report outside', denied, () => process.report.writeReport(`${outside}/report.json`));
  }
  if (typeof process._debugProcess === 'function') await refused('_debugProcess', denied, () => process._debugProcess(process.pid));
});
