// Not an attack: the runner's control (trial runner-control). With every grant it does
// what the attacks try, and the runner must report each of them.
// flags: --allow-all
// timeout-ms: 3000
const fs = require('fs');
const net = require('net');
const { outside, port, secret } = require('./_hostile');

console.log(fs.readFileSync(secret, 'utf8'));
console.log(process.env.HOSTILE_SECRET);
console.error('panicked');
fs.writeFileSync(`${outside}/planted.txt`, 'planted');
fs.appendFileSync('readonly.txt', 'changed');
fs.chmodSync(`${outside}/secret-dir`, 0o700);
fs.linkSync(secret, 'out/stolen.txt');
// Stays connected and running until the runner gives up on it.
net.connect(port, '127.0.0.1');
setInterval(() => {}, 1000);
