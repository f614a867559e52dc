// `require('constants')` is an ordinary frozen object (graceful-fs, and so fs-extra
// and npm, call `constants.hasOwnProperty`); os, fs and crypto constants are
// null-prototype objects, as in Node.
const constants = require('constants');
const os = require('os');
const fs = require('fs');
const crypto = require('crypto');

console.log(Object.getPrototypeOf(constants) === Object.prototype, Object.isFrozen(constants));
console.log(constants.hasOwnProperty('O_SYMLINK'), constants.hasOwnProperty('O_RDONLY'), 'toString' in constants);
console.log(
  constants.O_RDONLY,
  constants.O_CREAT,
  constants.SIGINT,
  constants.ENOENT,
  constants.RTLD_LAZY,
  constants.PRIORITY_HIGH,
  constants.COPYFILE_EXCL,
  constants.UV_DIRENT_DIR,
  constants.SSL_OP_NO_TLSv1,
  constants.RSA_PKCS1_PADDING,
  constants.TLS1_3_VERSION,
);

const sources = {
  'os.constants': os.constants,
  'os.constants.dlopen': os.constants.dlopen,
  'os.constants.errno': os.constants.errno,
  'os.constants.priority': os.constants.priority,
  'os.constants.signals': os.constants.signals,
  'fs.constants': fs.constants,
  'crypto.constants': crypto.constants,
};
for (const [name, value] of Object.entries(sources)) {
  console.log(name, Object.getPrototypeOf(value), Object.isFrozen(value), typeof value.hasOwnProperty);
}
console.log(os.constants.signals.toString, os.constants.signals.SIGTERM, fs.constants.EXTENSIONLESS_FORMAT_WASM);

// Every name comes, with its value, from those objects, in their order. OpenSSL's
// version number is left out: Nodule has no OpenSSL.
const keys = Object.keys(constants).filter((key) => key !== 'OPENSSL_VERSION_NUMBER');
const expected = [os.constants.dlopen, os.constants.errno, os.constants.priority, os.constants.signals, fs.constants, crypto.constants]
  .flatMap((source) => Object.keys(source))
  .filter((key) => key !== 'OPENSSL_VERSION_NUMBER' && key !== 'defaultCipherList');
console.log(keys.length, JSON.stringify(keys) === JSON.stringify([...new Set(expected)]));
console.log(keys.every((key) => [os.constants.dlopen, os.constants.errno, os.constants.priority, os.constants.signals, fs.constants, crypto.constants].some((source) => source[key] === constants[key])));
console.log('defaultCipherList' in constants, crypto.constants.defaultCipherList === crypto.constants.defaultCoreCipherList);
