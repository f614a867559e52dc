// bcryptjs: hashes with fixed salts match node's, compare both ways, the async API, and
// salts from crypto.randomBytes.
const bcrypt = require('bcryptjs');

const salt = '$2a$10$abcdefghijklmnopqrstuu';
const hash = bcrypt.hashSync('correct horse', salt);
console.log(hash, bcrypt.compareSync('correct horse', hash), bcrypt.compareSync('wrong horse', hash));
console.log(bcrypt.hashSync('', '$2a$04$0123456789abcdefABCDEF'), bcrypt.getRounds(hash), bcrypt.getSalt(hash));
const generated = bcrypt.genSaltSync(6);
console.log(generated.length, generated.startsWith('$2a$06$'), bcrypt.compareSync('pw', bcrypt.hashSync('pw', generated)));
bcrypt.hash('async password', 5, (err, asyncHash) => {
  console.log(err, asyncHash.length, bcrypt.compareSync('async password', asyncHash));
  bcrypt.compare('async password', asyncHash).then((same) => console.log('promise', same));
});
