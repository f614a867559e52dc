// nodule-flags: --allow-net=127.0.0.1
// What dgram checks before any socket exists, and errors on a closed socket.
const dgram = require('dgram');
const show = (fn) => {
  try {
    fn();
    console.log('no error');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
};
show(() => dgram.createSocket('tcp'));
show(() => dgram.createSocket({ type: 'udp4' }).send('x', 'nope'));
show(() => dgram.createSocket('udp4').send('abc', 2, 5, 1234, '127.0.0.1'));
show(() => dgram.createSocket('udp4').send({}, 1234));
show(() => dgram.createSocket('udp4').connect(0));
show(() => dgram.createSocket('udp4').remoteAddress());
const socket = dgram.createSocket('udp6');
console.log(socket.type, typeof socket.ref(), typeof socket.unref());
socket.close(() => {
  console.log('closed');
  show(() => socket.close());
  show(() => socket.bind(0));
});
