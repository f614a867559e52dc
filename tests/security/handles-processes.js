// Each running host process counts against --max-handles: starting them in a loop ends
// the program at the limit (and kills them all) instead of growing the host.
// flags: --allow-child-process=sleep --max-handles=16
// expect-status: 154
// expect-stderr: handle limit of 16 exceeded
// expect-stdout: never
const cp = require('child_process');

for (let i = 0; i < 100; i++) cp.spawn('sleep', ['30'], { stdio: 'ignore' });
setTimeout(() => console.log('ESCAPED 100 processes'), 2000);
