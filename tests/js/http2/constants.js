// http2 without sessions: its constants, default settings and the SETTINGS payload codec.
const h2 = require('http2');
const n = require('http2').constants;
console.log(Object.keys(n).length, n.HTTP2_HEADER_PATH, n.HTTP2_METHOD_VERSION_CONTROL, n.HTTP_STATUS_TEAPOT, n.HTTP_STATUS_NON_AUTHORITATIVE_INFORMATION, n.HTTP_STATUS_PAYLOAD_TOO_LARGE);
console.log(h2.getPackedSettings({ headerTableSize: 100, enablePush: false, maxFrameSize: 20000 }));
console.log(h2.getUnpackedSettings(h2.getPackedSettings({ headerTableSize: 100, enablePush: false, maxFrameSize: 20000, enableConnectProtocol: true })));
console.log(h2.getDefaultSettings(), h2.getPackedSettings().length);
try { h2.getUnpackedSettings(Buffer.alloc(5)); } catch (e) { console.log(e.code, e.message); }
