// nodule-flags: --allow-child-process
// util.promisify(exec/execFile): { stdout, stderr }, the child on the promise, failures with
// their output; an AbortSignal kills the child with an AbortError carrying the reason, and a
// signal that is not one is refused at once.
const child_process = require('child_process');
const { promisify } = require('util');

const exec = promisify(child_process.exec);
const execFile = promisify(child_process.execFile);

async function main() {
  const promise = execFile(process.execPath, ['-p', '6 * 7']);
  console.log('child on the promise', promise.child instanceof child_process.ChildProcess);
  console.log(await promise);
  console.log(await exec(`"${process.execPath}" -e "console.error('to stderr')"`));
  await exec(`"${process.execPath}" -e "console.log('partial'); process.exit(3)"`).catch((err) =>
    console.log('failed', err.code, JSON.stringify(err.stdout), JSON.stringify(err.stderr)),
  );

  const controller = new AbortController();
  const waiting = execFile(process.execPath, ['-e', 'setTimeout(() => {}, 10000)'], { signal: controller.signal });
  controller.abort('enough');
  await waiting.catch((err) => console.log('aborted', err.name, err.code, err.cause));

  const early = new AbortController();
  early.abort();
  await execFile(process.execPath, ['-p', '1'], { signal: early.signal }).catch((err) => console.log('aborted before', err.name));

  try {
    execFile(process.execPath, ['-p', '1'], { signal: {} });
  } catch (err) {
    console.log('bad signal', err.code);
  }
}
main();
