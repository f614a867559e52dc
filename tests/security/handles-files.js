// Opens files and never closes them, under a limit of 100 handles.
// flags: --max-handles=100
// expect-status: 154
// expect-stderr: nodule: handle limit of 100 exceeded
// timeout-ms: 5000
const fs = require('fs');

const open = [];
for (let i = 0; i < 10000; i++) open.push(fs.openSync('readonly.txt', 'r'));
console.log(`ESCAPED opened ${open.length}`);
