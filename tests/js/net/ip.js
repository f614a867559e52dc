// Address syntax checks.
const net = require('net');
const inputs = ['127.0.0.1', '255.255.255.255', '256.1.1.1', '01.2.3.4', '1.2.3', '::', '::1', '1::', '1:2:3:4:5:6:7:8',
  '1:2:3:4:5:6:7:8:9', '1::2::3', '::ffff:1.2.3.4', '1:2:3:4:5:6:1.2.3.4', 'fe80::1%eth0', 'fe80::1%', 'x', '', 5, undefined];
for (const input of inputs) console.log(JSON.stringify(input), net.isIP(input), net.isIPv4(input), net.isIPv6(input));
