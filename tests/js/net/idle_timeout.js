// nodule-flags: --allow-net=127.0.0.1
// A socket's idle timeout: activity postpones it, 0 turns it off, a shorter one set
// after a longer one takes over, it fires once per idle spell and not after destroy.
const net = require('net');


const server = net.createServer((socket) => {
  socket.on('data', (chunk) => socket.write(chunk));
});
server.listen(0, '127.0.0.1', async () => {
  const events = [];
  const client = net.connect(server.address().port, '127.0.0.1');
  await new Promise((resolve) => client.on('connect', resolve));
  client.on('data', () => {});
  client.on('timeout', () => events.push(`timeout after ${Date.now() - mark >= 150 ? '>=150ms' : '<150ms'}`));

  // Activity every 60 ms for 300 ms keeps a 150 ms timeout from firing.
  let mark = Date.now();
  client.setTimeout(150);
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => setTimeout(resolve, 60));
    client.write('x');
  }
  events.push(`after activity: ${events.length} timeouts`);
  // Then idle: it fires once.
  mark = Date.now();
  await new Promise((resolve) => setTimeout(resolve, 400));
  events.push(`idle: ${events.filter((e) => e.startsWith('timeout')).length} timeout(s)`);

  // Off, then on again with a shorter one than a longer one set just before.
  client.setTimeout(5000);
  client.setTimeout(0);
  mark = Date.now();
  await new Promise((resolve) => setTimeout(resolve, 200));
  events.push(`off: ${events.filter((e) => e.startsWith('timeout')).length} timeout(s)`);
  client.setTimeout(5000);
  mark = Date.now();
  client.setTimeout(100, () => events.push('the callback ran'));
  await new Promise((resolve) => setTimeout(resolve, 300));
  events.push(`shorter: ${events.filter((e) => e.startsWith('timeout')).length} timeout(s), timeout=${client.timeout}`);

  // Destroyed before it is due: nothing.
  client.setTimeout(100);
  client.destroy();
  await new Promise((resolve) => setTimeout(resolve, 250));
  events.push(`destroyed: ${events.filter((e) => e.startsWith('timeout')).length} timeout(s)`);
  for (const event of events) console.log(event);
  server.close();
});
