// Floods stdout with console.log lines under a 1 MiB output limit.
// flags: --max-output=1
// expect-status: 153
// expect-stdout: ###############################################################
// expect-stderr: nodule: output limit of 1 MiB exceeded
// timeout-ms: 5000
// 64 bytes a line: a cut at a whole MiB falls between lines.
const line = '#'.repeat(63);
for (;;) console.log(line);
