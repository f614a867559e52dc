// Floods stderr with console.error under a 1 MiB output limit (stdout and stderr count together).
// flags: --max-output=1
// expect-status: 153
// expect-stderr: nodule: output limit of 1 MiB exceeded
// timeout-ms: 5000
const line = 'e'.repeat(1000);
for (;;) console.error(line);
