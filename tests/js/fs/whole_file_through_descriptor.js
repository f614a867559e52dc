// nodule-flags: --allow-fs-write=.
// The whole-file functions where a descriptor does the work: writeFile/appendFile with
// `flush` (fsync'd through the exported fs.fsync/fsyncSync before closing, its option
// checked), readFile with a `flag` that creates or refuses the file; writev of no buffers
// calling back after it returns; a FileHandle closed while a stream reads it (the stream
// closes first, the descriptor after it); and an AbortSignal read through a Proxy.
const fs = require('fs');
const path = require('path');

const dir = fs.mkdtempSync(path.join(__dirname, 'through-descriptor-'));
const file = (name) => path.join(dir, name);

/** Counts the calls of fs[name] while `body` runs. */
async function counting(name, body) {
  const original = fs[name];
  const calls = [];
  fs[name] = function counted(...args) {
    calls.push(args.map((arg) => typeof arg));
    return Reflect.apply(original, this, args);
  };
  try {
    await body();
  } finally {
    fs[name] = original;
  }
  return calls;
}

async function flush() {
  for (const value of ['true', 0, 1, {}, []]) {
    try {
      fs.writeFileSync(file('bad'), 'x', { flush: value });
    } catch (err) {
      console.log('writeFileSync flush', JSON.stringify(value), err.code);
    }
    await fs.promises.appendFile(file('bad'), 'x', { flush: value }).catch((err) => console.log('promises.appendFile flush', JSON.stringify(value), err.code));
  }
  console.log(
    'writeFileSync flush: fsyncSync calls',
    await counting('fsyncSync', () => fs.writeFileSync(file('a'), 'one', { flush: true })),
  );
  console.log(
    'appendFileSync flush: fsyncSync calls',
    await counting('fsyncSync', () => fs.appendFileSync(file('a'), ' two', { flush: true })),
  );
  console.log(
    'no flush: fsyncSync calls',
    await counting('fsyncSync', () => {
      for (const value of [undefined, null, false]) fs.appendFileSync(file('a'), '.', { flush: value });
    }),
  );
  const callbacks = await counting(
    'fsync',
    () => new Promise((resolve, reject) => fs.appendFile(file('a'), ' three', { flush: true }, (err) => (err ? reject(err) : resolve()))),
  );
  console.log('appendFile flush: fsync calls', callbacks);
  for (const value of [true, false, null]) await fs.promises.writeFile(file(`p${value}`), `flush ${value}`, { flush: value });
  console.log(fs.readFileSync(file('a'), 'utf8'), fs.readFileSync(file('ptrue'), 'utf8'), fs.readFileSync(file('pnull'), 'utf8'));
  await new Promise((resolve) =>
    fs.writeFile(file('fd-flush'), 'by descriptor', { flush: true }, (err) => {
      console.log('writeFile flush callback', err, fs.readFileSync(file('fd-flush'), 'utf8'));
      resolve();
    }),
  );
}

async function readFlags() {
  fs.writeFileSync(file('exists'), 'here');
  console.log('a+ of a new file:', JSON.stringify(fs.readFileSync(file('new-sync'), { encoding: 'utf8', flag: 'a+' })), fs.existsSync(file('new-sync')));
  try {
    fs.readFileSync(file('exists'), { flag: 'ax+' });
  } catch (err) {
    console.log('readFileSync ax+ of a file that exists:', err.code, err.syscall);
  }
  await new Promise((resolve) =>
    fs.readFile(file('exists'), { encoding: 'utf8', flag: 'a+' }, (err, data) => {
      console.log('readFile a+:', err, data);
      resolve();
    }),
  );
  await new Promise((resolve) =>
    fs.readFile(file('exists'), { flag: 'wx+' }, (err, data) => {
      console.log('readFile wx+:', err.code, err.syscall, data);
      resolve();
    }),
  );
  console.log('promises.readFile w+ empties it:', JSON.stringify(await fs.promises.readFile(file('exists'), { encoding: 'utf8', flag: 'w+' })));
  await fs.promises.readFile(file('missing'), { flag: 'r+' }).catch((err) => console.log('promises.readFile r+ of a missing file:', err.code));
}

function writevOfNothing() {
  return new Promise((resolve) => {
    const fd = fs.openSync(file('writev'), 'w');
    let returned = false;
    fs.writev(fd, [], (err, written, buffers) => {
      console.log('writev of nothing:', err, written, buffers, 'after it returned:', returned);
      fs.closeSync(fd);
      resolve();
    });
    returned = true;
  });
}

async function handleClosedUnderAStream() {
  fs.writeFileSync(file('stream'), 'streamed bytes');
  const events = [];
  const handle = await fs.promises.open(file('stream'), 'r');
  handle.on('close', () => events.push('handle close'));
  const stream = fs.createReadStream(null, { fd: handle });
  stream.on('data', () => events.push('data'));
  stream.on('close', () => events.push('stream close'));
  await handle.close();
  events.push(`closed, fd ${handle.fd}`);
  console.log(events.join(', '));

  const reading = await fs.promises.open(file('stream'), 'r');
  let text = '';
  const ended = new Promise((resolve) => {
    fs.createReadStream(null, { fd: reading, encoding: 'utf8' })
      .on('data', (chunk) => {
        text += chunk;
      })
      .on('close', resolve);
  });
  await ended;
  console.log('read through the handle:', text, 'fd after the stream closed:', reading.fd);
}

async function signalThroughAProxy() {
  const signal = AbortSignal.abort();
  const proxied = new Proxy(signal, {});
  console.log('through a Proxy:', proxied.aborted, proxied.reason.name);
  await fs.promises.readFile(__filename, { signal: proxied }).catch((err) => console.log('readFile with it:', err.name));
  try {
    Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get.call(new Proxy({}, {}));
  } catch (err) {
    console.log('a Proxy of something else:', err.code);
  }
}

(async () => {
  await flush();
  await readFlags();
  await writevOfNothing();
  await handleClosedUnderAStream();
  await signalThroughAProxy();
  await new Promise((resolve) => setTimeout(resolve, 50));
  fs.rmSync(dir, { recursive: true });
})();
