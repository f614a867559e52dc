// Starts 10000 callback-style fs operations at once, under a limit of 100 handles.
// flags: --max-handles=100
// expect-status: 154
// expect-stderr: nodule: handle limit of 100 exceeded
// timeout-ms: 5000
const fs = require('fs');

let done = 0;
for (let i = 0; i < 10000; i++) fs.open('readonly.txt', 'r', () => done++);
setTimeout(() => console.log(`ESCAPED ${done}`), 1000);
