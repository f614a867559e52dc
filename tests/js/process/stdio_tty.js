// A program whose stdio is not a terminal (never, in the sandbox) sees Node's pipe and
// file streams: `isTTY` is not there (undefined, not false), nor are the tty methods.
const tty = require('tty');

for (const name of ['stdin', 'stdout', 'stderr']) {
  const stream = process[name];
  console.log(name, stream.isTTY, 'isTTY' in stream, typeof stream.hasColors, typeof stream.getColorDepth, stream.columns, stream.fd);
  console.log(name, stream instanceof tty.ReadStream, stream instanceof tty.WriteStream);
}
console.log(tty.isatty(0), tty.isatty(1), tty.isatty(2), tty.isatty(-1), tty.isatty(1.5), tty.isatty('1'), tty.isatty());
console.log(tty.isatty.length, tty.ReadStream.length, tty.WriteStream.length, tty.WriteStream.prototype.hasColors.length);
// What color-choosing code concludes from that.
console.log(Boolean(process.stdout.isTTY && process.stdout.hasColors?.()), require('util').inspect({ a: 1 }, { colors: false }));
