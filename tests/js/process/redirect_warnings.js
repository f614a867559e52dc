// nodule-flags: --allow-child-process --allow-fs-write=.
// --redirect-warnings (and NODE_REDIRECT_WARNINGS) append a child's warnings to a file
// instead of its stderr; fork passes its execArgv option (or the parent's own options) to
// the child before the module.
const { spawnSync, fork } = require('child_process');
const fs = require('fs');
const path = require('path');

const dir = fs.mkdtempSync(path.join(__dirname, 'warnings-'));
const file = path.join(dir, 'warnings.txt');
const read = () => fs.readFileSync(file, 'utf8').replace(/node:\d+/g, 'node:PID');
const warn = "process.emitWarning('to the file'); process.emitWarning('twice', 'CustomWarning')";

const option = spawnSync(process.execPath, [`--redirect-warnings=${file}`, '-e', warn], { encoding: 'utf8' });
console.log('--redirect-warnings: stderr', JSON.stringify(option.stderr), 'file', JSON.stringify(read()));
fs.rmSync(file);

const env = spawnSync(process.execPath, ['-e', warn], { encoding: 'utf8', env: { NODE_REDIRECT_WARNINGS: file } });
console.log('NODE_REDIRECT_WARNINGS: stderr', JSON.stringify(env.stderr), 'file', JSON.stringify(read()));
fs.rmSync(file);

const child = path.join(dir, 'child.js');
fs.writeFileSync(child, "process.emitWarning('from the fork'); console.log('fork ran', process.argv.slice(2));");
fork(child, ['an argument'], { execArgv: [`--redirect-warnings=${file}`] }).on('exit', (code) => {
  console.log('fork exit', code, 'file', JSON.stringify(read()));
  fs.rmSync(dir, { recursive: true });
});
