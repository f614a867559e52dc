// nodule-flags: --allow-fs-write=.
// fs.promises.writeFile/appendFile and FileHandle.writeFile of chunks (iterables, async
// iterables, streams; strings in the encoding given), the whole-file functions' AbortSignal,
// and the errors of writing through a read-only descriptor.
const fs = require('fs');
const path = require('path');
const { Readable } = require('stream');

const dir = fs.mkdtempSync(path.join(__dirname, 'chunks-'));
const file = path.join(dir, 'file');

async function main() {
  await fs.promises.writeFile(file, ['one ', Buffer.from('two '), new Uint8Array([116, 104, 114, 101, 101])]);
  console.log('iterable:', fs.readFileSync(file, 'utf8'));
  await fs.promises.appendFile(
    file,
    (async function* () {
      yield ' four';
      yield ' five';
    })(),
  );
  console.log('async iterable appended:', fs.readFileSync(file, 'utf8'));
  await fs.promises.writeFile(file, Readable.from(['ümlaut', ' sechzig']), 'latin1');
  console.log('stream in latin1:', fs.readFileSync(file, 'latin1'), fs.statSync(file).size);

  const handle = await fs.promises.open(file, 'w+');
  await handle.writeFile(new Set(['a', 'b', 'c']));
  console.log('FileHandle.writeFile:', fs.readFileSync(file, 'utf8'));
  for (const chunk of [42, null, {}]) {
    await handle.writeFile([chunk]).catch((err) => console.log('chunk', String(chunk), err.code));
  }
  await handle.close();

  const controller = new AbortController();
  controller.abort();
  const { signal } = controller;
  await fs.promises.writeFile(file, 'x', { signal }).catch((err) => console.log('promises.writeFile:', err.name, err.code));
  await fs.promises.readFile(file, { signal }).catch((err) => console.log('promises.readFile:', err.name, err.code));
  await fs.promises.writeFile(file, ['x'], { signal }).catch((err) => console.log('chunks:', err.name, err.code));
  await new Promise((resolve) =>
    fs.readFile(file, { signal }, (err) => {
      console.log('readFile:', err.name, err.code, err.cause === signal.reason);
      resolve();
    }),
  );
  await new Promise((resolve) =>
    fs.writeFile(file, 'x', { signal }, (err) => {
      console.log('writeFile:', err.name, err.code);
      resolve();
    }),
  );
  try {
    fs.readFile(file, { signal: 'no' }, () => {});
  } catch (err) {
    console.log('bad signal:', err.code);
  }
  console.log('unchanged:', fs.readFileSync(file, 'utf8'));

  const readOnly = fs.openSync(file, 'r');
  await new Promise((resolve) =>
    fs.writeFile(readOnly, 'x', (err) => {
      console.log('read-only descriptor:', err.code, err.syscall);
      resolve();
    }),
  );
  fs.closeSync(readOnly);
  fs.rmSync(dir, { recursive: true });
}
main();
