// Starts 10000 fs.promises operations at once without awaiting them, under a limit of 100 handles.
// flags: --max-handles=100
// expect-status: 154
// expect-stderr: nodule: handle limit of 100 exceeded
// timeout-ms: 5000
const fs = require('fs');

const pending = [];
for (let i = 0; i < 10000; i++) pending.push(fs.promises.readFile('readonly.txt'), fs.promises.stat('readonly.txt'));
Promise.all(pending).then(() => console.log(`ESCAPED finished ${pending.length}`));
