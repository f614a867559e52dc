// `--allow-net=localhost:1,` (a trailing comma's empty entry) must refuse to start, not grant every host.
// flags: --allow-net=localhost:1,
// expect-status: 1
// expect-stderr: --allow-net: empty entry
const { port, connect } = require('./_hostile');

connect({ port, host: '127.0.0.1' }).then(
  () => console.log('ESCAPED connected'),
  () => console.log('ESCAPED the program ran'),
);
