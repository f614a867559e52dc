exports.fromA = 'a';
const b = require('./cycle-b');
exports.sawB = b.partial;
