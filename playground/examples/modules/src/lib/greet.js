const { square } = require('./math');

module.exports = function greet(name) {
  return `Hello, ${name}! (loaded once: ${square(2) === 4})`;
};
