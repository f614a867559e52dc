// Draws randomness and reads the clock at its top level and again in each request:
// instances started from the tenant's snapshot share the first, never the second.
const crypto = require('crypto');
const atStart = Math.random();
const startedAt = process.hrtime.bigint();
module.exports = (req, res) => {
  const since = process.hrtime.bigint() - startedAt;
  res.end(`start=${atStart} now=${Math.random()} uuid=${crypto.randomUUID()} clock=${since >= 0n ? 'ok' : 'backwards'}\n`);
};
