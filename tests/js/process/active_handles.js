// nodule-flags: --allow-net=127.0.0.1 --allow-fs-write=.
// process._getActiveHandles(), _getActiveRequests() and getActiveResourcesInfo(): what keeps
// the event loop alive, as objects and by Node's type names; FileHandle.readv/writev.
const fs = require('fs');
const net = require('net');
const path = require('path');

const handleTypes = () => process.getActiveResourcesInfo().filter((type) => /(Socket|Server)Wrap$/.test(type));

for (let i = 0; i < 3; i++) fs.stat(__filename, () => {});
const requests = process._getActiveRequests();
console.log('requests', requests.length, requests.map((request) => request.constructor.name));
console.log('request types', process.getActiveResourcesInfo().filter((type) => type.startsWith('FSReq')));
console.log('constrainedMemory', typeof process.constrainedMemory(), process.constrainedMemory() > 0);

let client;
let connection;
let ends = 0;
function bothEnds() {
  if (++ends < 2) return;
  console.log('connected', handleTypes());
  const handles = process._getActiveHandles();
  console.log('listed: server', handles.includes(server), 'connection', handles.includes(connection), 'client', handles.includes(client));
  client.unref();
  console.log('client unrefed', handleTypes(), process._getActiveHandles().includes(client));
  client.ref();
  let closed = 0;
  const onClose = () => {
    if (++closed < 3) return;
    setImmediate(() => {
      console.log('all closed', handleTypes(), process._getActiveHandles().length);
      vectored();
    });
  };
  client.on('close', onClose).destroy();
  connection.on('close', onClose).destroy();
  server.close(onClose);
}
const server = net.createServer((socket) => {
  connection = socket;
  bothEnds();
});
server.listen(0, '127.0.0.1', () => {
  console.log('listening', handleTypes());
  client = net.connect(server.address().port, '127.0.0.1', bothEnds);
  console.log('connecting', process._getActiveHandles().includes(client));
});

async function vectored() {
  const file = path.join(fs.mkdtempSync(path.join(__dirname, 'vectored-')), 'file');
  const handle = await fs.promises.open(file, 'w+');
  const written = await handle.writev([Buffer.from('hello '), Buffer.from('vectored '), Buffer.from('world')]);
  console.log('writev', written.bytesWritten, written.buffers.length);
  const buffers = [Buffer.alloc(6), Buffer.alloc(9), Buffer.alloc(10)];
  const read = await handle.readv(buffers, 0);
  console.log('readv', read.bytesRead, read.buffers === buffers, buffers.map(String));
  await handle.close();
  await handle.readv([Buffer.alloc(1)]).catch((err) => console.log('closed handle', err.code));
  fs.rmSync(path.dirname(file), { recursive: true });
}
