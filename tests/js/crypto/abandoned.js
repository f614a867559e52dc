// Hashes, HMACs and ciphers dropped before digest/final give their native state back:
// memory stays flat over rounds that each abandon thousands of them.
const crypto = require('crypto');

function round() {
  for (let i = 0; i < 8000; i++) {
    crypto.createCipheriv('aes-128-gcm', Buffer.alloc(16), Buffer.alloc(12)).update('x');
    crypto.createHash('sha256').update('x');
    crypto.createHmac('sha1', 'key').update('x');
  }
}
const sizes = [];
let rounds = 0;
function next() {
  round();
  sizes.push(process.memoryUsage().rss);
  if (++rounds < 5) {
    setTimeout(next, 1);
    return;
  }
  const growth = sizes[sizes.length - 1] - sizes[1];
  console.log('flat after the first rounds:', growth < 8 * 1024 * 1024);
}
next();
