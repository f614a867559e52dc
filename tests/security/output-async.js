// Floods stdout through process.stdout.write from timers, past a 1 MiB output limit.
// flags: --max-output=1
// expect-status: 153
// expect-stdout: ###############################################################
// expect-stderr: nodule: output limit of 1 MiB exceeded
// timeout-ms: 5000
// 64 bytes a line: a cut at a whole MiB falls between lines.
const block = `${'#'.repeat(63)}\n`.repeat(1600);
setInterval(() => process.stdout.write(block), 0);
