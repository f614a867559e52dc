// jsonwebtoken with HMAC secrets (a secret KeyObject underneath): sign, verify, decode,
// expiry and signature errors.
const jwt = require('jsonwebtoken');

const token = jwt.sign({ sub: 'user-1', roles: ['admin'] }, 'shh', { algorithm: 'HS256', noTimestamp: true });
console.log(token);
console.log(jwt.verify(token, 'shh'), jwt.decode(token, { complete: true }).header);
for (const [secret, options] of [['wrong', {}], ['shh', { algorithms: ['HS512'] }]]) {
  try {
    jwt.verify(token, secret, options);
  } catch (err) {
    console.log(err.name, err.message);
  }
}
const expired = jwt.sign({ sub: 'user-2', exp: 1000 }, 'shh');
try {
  jwt.verify(expired, 'shh');
} catch (err) {
  console.log(err.name, err.message, err.expiredAt.toISOString());
}
console.log(jwt.sign({ n: 1 }, Buffer.from('bytes'), { algorithm: 'HS512', noTimestamp: true }).split('.')[2].length);
