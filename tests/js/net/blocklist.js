// BlockList rules and checks across families, SocketAddress, and their errors.
const net = require('net');
const bl = new net.BlockList();
bl.addAddress('123.123.123.123');
bl.addRange('10.0.0.1', '10.0.0.10');
bl.addSubnet('8592:757c:efae:4e45::', 64, 'ipv6');
bl.addSubnet('192.168.0.0', 16);
console.log(bl.check('123.123.123.123'), bl.check('10.0.0.3'), bl.check('222.111.111.222'), bl.check('8592:757c:efae:4e45::f', 'IPv6'), bl.check('8592:757c:efae:4e45:f::', 'ipv6'), bl.check('192.168.4.4'), bl.check('::ffff:123.123.123.123', 'ipv6'), bl.check('::ffff:7b7b:7b7b', 'ipv6'));
console.log(bl.rules);
const sa = new net.SocketAddress({ address: '::1', family: 'ipv6', port: 80 });
console.log(sa.address, sa.port, sa.family, sa.flowlabel, new net.SocketAddress().address, new net.SocketAddress().family);
console.log(bl.check(new net.SocketAddress({ address: '10.0.0.5' })));
for (const f of [() => bl.addAddress(1), () => bl.addAddress('1.2.3.4', 'x'), () => bl.addSubnet('1.2.3.4', 33), () => new net.SocketAddress({ address: 'x' }), () => bl.check('1.2.3.4', 'ipx'), () => new net.SocketAddress({port: 70000}), () => bl.addRange('10.0.0.10', '10.0.0.1')])
  try { f(); console.log('no error'); } catch (e) { console.log(e.code, e.message); }
console.log(bl.check('1.2.3.4', 'ipv6'));
console.log(require('util').inspect(sa), require('util').inspect(bl).split('\n')[0]);
