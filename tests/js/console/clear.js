// console.clear clears a terminal only: a stream that says it is one gets the escape sequences.
const { Console } = require('console');
const { Writable } = require('stream');

let written = '';
const stream = new Writable({
  write(chunk, _encoding, callback) {
    written += chunk;
    callback();
  },
});
const console2 = new Console(stream);
console2.clear();
console.log(JSON.stringify(written));
stream.isTTY = true;
console2.clear();
console.log(JSON.stringify(written));
