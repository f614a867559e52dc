// Buffer() warns once (DEP0005) when the program's own code calls it, and Buffer.from
// takes odd array-likes as Node does.
process.on('warning', (warning) => console.log('warning', warning.name, warning.code, warning.message));
const a = new Buffer(3);
const b = Buffer('xy');
console.log(a.length, b.toString());
console.log(Buffer.from({ length: -5 }), Buffer.from({ length: 2.7, 0: 1, 1: 2 }), Buffer.from({ length: Number.NaN }));
console.log(Buffer.from({ length: '3' }), Buffer.from({ buffer: new ArrayBuffer(2) }));
