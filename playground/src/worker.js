// The guest's worker: one instance of the Nodule guest component, run once. The page
// starts a worker ahead of time, so that it is instantiated by the time Run is pressed;
// Stop terminates it, and each Run gets a fresh one: a clean sandbox every time.
//
// Messages in: `{ modules }` (the compiled core modules, by file name) then
// `{ run: { files, entry, origin } }`. Out: `{ ready }`, `{ stream, bytes }` for
// stdout and stderr, `{ exit: status }`, or `{ crash: message }` if the guest traps.

import { createCli } from '@bytecodealliance/preview2-shim/cli';
import * as clocks from '@bytecodealliance/preview2-shim/clocks';
import * as filesystem from '@bytecodealliance/preview2-shim/filesystem';
import * as io from '@bytecodealliance/preview2-shim/io';
import * as random from '@bytecodealliance/preview2-shim/random';
import { instantiate } from '../../target/playground-guest/nodule-guest.js';
import { CompletionQueue } from './host/completions.js';
import { MemoryFileSystem } from './host/fs.js';
import { netInterface } from './host/net.js';
import { ProcessExit, processInterface } from './host/process.js';
import { hostProcessesInterface, workersInterface } from './host/workers.js';

/** Where relative paths resolve and where the project's files are. */
const PROJECT = '/project';

/** What the current run uses; the imports reach it through this, as they are bound before it starts. */
const session = { files: null, completions: null, net: null, process: null, environment: [] };

/**
 * Output waiting to be posted, as `[stream, bytes]` in the order written. A program that
 * prints in a loop would swamp the page with one message per write, so writes are
 * posted at most once per OUTPUT_INTERVAL_MS, and whatever is left before the guest
 * sleeps or ends: only output followed by a busy stretch with no await waits for it.
 */
const OUTPUT_INTERVAL_MS = 16;
let outputQueue = [];
let lastPost = Number.NEGATIVE_INFINITY;

function postOutput() {
  for (const [stream, bytes] of outputQueue) postMessage({ stream, bytes });
  outputQueue = [];
  lastPost = performance.now();
}

const stdio = (stream) => ({
  write(bytes) {
    const last = outputQueue.at(-1);
    // The guest reuses its buffer: keep a copy.
    if (last?.[0] === stream) {
      const joined = new Uint8Array(last[1].length + bytes.length);
      joined.set(last[1]);
      joined.set(bytes, last[1].length);
      last[1] = joined;
    } else {
      outputQueue.push([stream, bytes.slice()]);
    }
    if (performance.now() - lastPost >= OUTPUT_INTERVAL_MS) postOutput();
  },
  blockingFlush() {},
});

const cli = createCli({ stdout: stdio('stdout'), stderr: stdio('stderr') });

const imports = {
  'nodule:runtime/types': {},
  'nodule:runtime/completions': {
    wait(timeout) {
      if (outputQueue.length > 0) postOutput();
      return session.completions.wait(timeout);
    },
  },
  'nodule:runtime/fs': {
    call: (request) => session.files.call(request),
    start(request) {
      const result = session.files.call(request);
      return session.completions.complete(result.tag === 'ok' ? { tag: 'fs', val: result.val } : { tag: 'failed', val: result.val });
    },
  },
  'nodule:runtime/net': new Proxy(
    {},
    {
      get:
        (_, name) =>
        (...args) =>
          session.net[name](...args),
    },
  ),
  'nodule:runtime/workers': new Proxy(
    {},
    {
      get:
        (_, name) =>
        (...args) =>
          session.workers[name](...args),
    },
  ),
  'nodule:runtime/host-processes': new Proxy(
    {},
    {
      get:
        (_, name) =>
        (...args) =>
          session.hostProcesses[name](...args),
    },
  ),
  'nodule:runtime/process': new Proxy(
    {},
    {
      get:
        (_, name) =>
        (...args) =>
          session.process[name](...args),
    },
  ),
  'wasi:cli/environment': { getEnvironment: () => session.environment, getArguments: () => [], initialCwd: () => PROJECT },
  'wasi:cli/exit': cli.exit,
  'wasi:cli/stdin': cli.stdin,
  'wasi:cli/stdout': cli.stdout,
  'wasi:cli/stderr': cli.stderr,
  'wasi:cli/terminal-input': cli.terminalInput,
  'wasi:cli/terminal-output': cli.terminalOutput,
  'wasi:cli/terminal-stdin': cli.terminalStdin,
  'wasi:cli/terminal-stdout': cli.terminalStdout,
  'wasi:cli/terminal-stderr': cli.terminalStderr,
  'wasi:clocks/monotonic-clock': clocks.monotonicClock,
  'wasi:clocks/wall-clock': clocks.wallClock,
  'wasi:filesystem/preopens': filesystem.preopens,
  'wasi:filesystem/types': filesystem.types,
  'wasi:io/error': io.error,
  'wasi:io/poll': io.poll,
  'wasi:io/streams': io.streams,
  'wasi:random/random': random.random,
  'wasi:random/insecure-seed': random.insecureSeed,
};

let guest = null;

function run({ files, entry, origin }) {
  session.files = new MemoryFileSystem();
  session.files.populate(files);
  session.completions = new CompletionQueue();
  session.net = netInterface(origin, session.completions);
  session.workers = workersInterface(session.completions);
  session.hostProcesses = hostProcessesInterface(session.completions);
  // The only variable: where the program may fetch from, when it may.
  const environment = origin === null ? {} : { PLAYGROUND_ORIGIN: `${location.protocol}//${origin}` };
  session.environment = Object.entries(environment);
  session.process = processInterface(origin, environment);
  const script = `${PROJECT}/${entry}`;
  let status;
  try {
    status = guest.run({
      argv: ['/usr/local/bin/nodule', script],
      execArgv: [],
      cwd: PROJECT,
      entry: { tag: 'file', val: script },
      maxMemory: undefined,
    });
  } catch (error) {
    if (error instanceof ProcessExit) status = error.code;
    else if (error?.exitError) status = error.code;
    else {
      postOutput();
      postMessage({ crash: String(error?.stack ?? error) });
      return;
    }
  }
  postOutput();
  postMessage({ exit: status });
}

addEventListener('message', async ({ data }) => {
  if (data.modules) {
    guest = await instantiate((name) => data.modules[name], imports);
    postMessage({ ready: true });
  } else if (data.run) {
    run(data.run);
  }
});
