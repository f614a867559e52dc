const a = require('./cycle-a');
exports.partial = `b saw ${JSON.stringify(a)}`;
