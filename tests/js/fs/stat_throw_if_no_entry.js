// statSync/lstatSync with throwIfNoEntry: false answer a missing path with undefined;
// other failures still throw, and the option is the sync forms' only.
const fs = require('node:fs');
const path = require('node:path');

const missing = path.join(__dirname, 'no-such-file');
console.log(fs.statSync(missing, { throwIfNoEntry: false }), fs.lstatSync(missing, { throwIfNoEntry: false }));
console.log(fs.statSync(__filename, { throwIfNoEntry: false }).isFile());
for (const options of [{ throwIfNoEntry: true }, {}]) {
  try {
    fs.statSync(missing, options);
  } catch (err) {
    console.log(err.code);
  }
}
try {
  fs.statSync(path.join(__filename, 'below-a-file'), { throwIfNoEntry: false });
} catch (err) {
  console.log(err.code);
}
fs.stat(missing, { throwIfNoEntry: false }, (err) => console.log('callback:', err.code));
