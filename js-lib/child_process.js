'use strict';
// node:child_process. A child process running node (`fork`, or `spawn`/`exec`/`execFile`
// and their sync forms naming `node`, `nodule` or `process.execPath`) is another instance
// of this runtime on a host thread of its own, inside this program's sandbox: the same
// grants and limits, never more, and only with --allow-child-process. Its stdout and
// stderr come back as streams (or go straight to nodule's own with 'inherit'); `fork`
// adds the IPC channel. Any other executable runs as a real process of the host, outside
// the sandbox, only when --allow-child-process=<names or paths> names it (the host checks
// it, internalBinding('host_process')); its pipes are sockets of the host, as Node's are.
// Without the grant every start is refused (ERR_ACCESS_DENIED, as Node's permission model).

const EventEmitter = require('events');
const net = require('net');
const path = require('path');
const { Readable, Writable } = require('stream');
const { Buffer } = require('buffer');
const {
  AbortError,
  codes: { ERR_ACCESS_DENIED, ERR_FEATURE_UNAVAILABLE_ON_PLATFORM, ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_SIGNAL },
  uvErrors,
} = require('internal/errors');
const { Receiver } = require('internal/worker/receiver');
const { sendMessage, emitMessage } = require('internal/child_process/channel');
const { serialize } = require('internal/worker/serialize');
const { accessDenied } = require('internal/sandbox');
const { validateAbortSignal } = require('internal/validators');
const { signals } = require('os').constants;

const binding = internalBinding('workers');
const hostBinding = internalBinding('host_process');
const { codes: errnos } = internalBinding('errno');
const { ACCESS_DENIED } = internalBinding('fs');

/** Node's largest output of a synchronous child kept by default (`maxBuffer`). */
const MAX_BUFFER = 1024 * 1024;

/** The executables that are this runtime: everything else would be a host process. */
const runtimeNames = new Set(['node', 'nodule']);

function isRuntime(file) {
  return file === process.execPath || runtimeNames.has(path.basename(file));
}

/** Node's error for a child that could not start (or was timed out): `spawn x ENOENT`. */
function spawnError(errno, syscall, file, args) {
  const [code] = uvErrors.get(errno);
  const err = new Error(`${syscall} ${file} ${code}`);
  err.errno = errno;
  err.code = code;
  err.syscall = `${syscall} ${file}`;
  err.path = file;
  err.spawnargs = args;
  return err;
}

/** Node's options a child gets as its own before the script: the ones taking a value. */
const optionsWithValue = new Set(['-r', '--require', '--import', '--input-type', '--env-file', '--unhandled-rejections']);

/** Splits node's arguments into what to run (`[kind, entry]`) and the program's arguments. */
function parseRuntimeArgs(args, cwd) {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '-e' || arg === '--eval') return [['eval', `${args[i + 1] ?? ''}`], args.slice(i + 2)];
    if (arg === '-p' || arg === '--print') return [['print', `${args[i + 1] ?? ''}`], args.slice(i + 2)];
    if (optionsWithValue.has(arg)) {
      i++;
      continue;
    }
    if (arg.startsWith('-')) continue;
    return [['file', path.resolve(cwd, arg)], args.slice(i + 1)];
  }
  return [['eval', ''], []];
}

/** `[stdin, stdout, stderr]` as 'pipe', 'inherit' or 'ignore', and whether there is an IPC channel. */
function normalizeStdio(stdio, ipc) {
  const list = typeof stdio === 'string' ? [stdio, stdio, stdio] : Array.isArray(stdio) ? [...stdio] : ['pipe', 'pipe', 'pipe'];
  const withIpc = ipc || list.includes('ipc');
  const modes = list.filter((mode) => mode !== 'ipc');
  while (modes.length < 3) modes.push('pipe');
  return {
    modes: modes
      .slice(0, 3)
      .map((mode) => (mode === 'inherit' || mode === 0 || mode === 1 || mode === 2 ? 'inherit' : mode === 'ignore' ? 'ignore' : 'pipe')),
    ipc: withIpc,
  };
}

function signalName(signal) {
  if (signal === undefined || signal === null) return 'SIGTERM';
  if (typeof signal === 'number') {
    const name = Object.keys(signals).find((key) => signals[key] === signal);
    if (name === undefined) throw new ERR_UNKNOWN_SIGNAL(signal);
    return name;
  }
  if (!Object.hasOwn(signals, signal)) throw new ERR_UNKNOWN_SIGNAL(signal);
  return signal;
}

/** A signal as its number (0 only checks), for a host process. */
function signalNumber(signal) {
  if (signal === 0) return 0;
  return signals[signalName(signal)];
}

/** A signal's name from its number, as Node reports how a process ended. */
function signalOf(number) {
  return Object.keys(signals).find((key) => signals[key] === number) ?? null;
}

/** Node's error of a failed system call on a child: `kill ESRCH`. */
function errnoException(errno, syscall) {
  const [code] = uvErrors.get(errno) ?? ['EIO'];
  const err = new Error(`${syscall} ${code}`);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  return err;
}

/** The refusal of a host executable the program was not granted, naming the flag that grants it. */
function executableDenied(file) {
  const err = new ERR_ACCESS_DENIED(`Access to this API has been restricted. Use --allow-child-process=${file} to manage permissions.`);
  err.permission = 'ChildProcess';
  err.resource = file;
  return err;
}

/** The refusal of a working directory outside the read grants. */
function cwdDenied(cwd) {
  const err = new ERR_ACCESS_DENIED('Access to this API has been restricted. Use --allow-fs-read to manage permissions.');
  err.permission = 'FileSystemRead';
  err.resource = cwd;
  return err;
}

/**
 * What `shell` makes of a command, as Node's: `/bin/sh -c "file args..."` (or the shell
 * named). A command line of plain words (no pipes, redirections, substitutions) that
 * names this runtime runs it without a shell, so node children need no shell granted.
 */
function withShell(file, args, shell) {
  const command = [file, ...args].join(' ');
  const words = splitCommand(command);
  if (words !== null && words.length > 0 && isRuntime(words[0])) return [words[0], words.slice(1)];
  return [typeof shell === 'string' ? shell : '/bin/sh', ['-c', command]];
}

/** The environment a child gets: `env`, or this program's (only what it was granted to see). */
function envPairs(env) {
  const pairs = [];
  for (const name of Object.keys(env)) {
    const value = env[name];
    if (value !== undefined) pairs.push([name, `${value}`]);
  }
  return pairs;
}

/** Checks the grant and the executable, and says how to start the child. */
function plan(file, args, options, ipc) {
  if (typeof file !== 'string') throw new ERR_INVALID_ARG_TYPE('file', 'string', file);
  if (!Array.isArray(args)) throw new ERR_INVALID_ARG_TYPE('args', 'Array', args);
  if (!process.permission.has('child')) throw accessDenied('ChildProcess');
  const stdio = normalizeStdio(options.silent ? 'pipe' : options.stdio, ipc);
  if (options.shell) [file, args] = withShell(file, args, options.shell);
  const cwd = options.cwd === undefined || options.cwd === null ? process.cwd() : path.resolve(`${options.cwd}`);
  const env = options.env ?? process.env;
  if (!isRuntime(file)) {
    if (stdio.ipc) {
      if (!process.permission.has('child', file)) throw executableDenied(file);
      throw new ERR_FEATURE_UNAVAILABLE_ON_PLATFORM('an IPC channel to a host process');
    }
    if (options.uid !== undefined || options.gid !== undefined) {
      throw new ERR_FEATURE_UNAVAILABLE_ON_PLATFORM('uid and gid for a host process');
    }
    const argv0 = typeof options.argv0 === 'string' ? options.argv0 : file;
    const host = { file, args: [argv0, ...args.map(String)], env: envPairs(env), cwd, stdio: stdio.modes };
    return { host, stdio, file, args };
  }
  const [[entryKind, entry], rest] = parseRuntimeArgs(args.map(String), cwd);
  const argv = [process.execPath, ...(entryKind === 'file' ? [entry] : []), ...rest];
  const data = serialize({ child: true, ipc: stdio.ipc, env: Object.fromEntries(Object.entries(env).map(([k, v]) => [k, `${v}`])) });
  const captureOutput = stdio.modes[1] !== 'inherit' || stdio.modes[2] !== 'inherit';
  return { start: { child: true, entryKind, entry, argv, data, cwd, captureOutput }, stdio, file, args };
}

/** The error for a host start the host refused or failed (a negative errno): thrown for a refusal. */
function hostStartFailure(errno, host, syscall, args) {
  if (errno !== ACCESS_DENIED) return spawnError(errno, syscall, host.file, args);
  // The executable is granted, so its working directory is what the grants do not reach.
  if (process.permission.has('child', host.file)) throw cwdDenied(host.cwd);
  throw executableDenied(host.file);
}

function startChild(start, file, args) {
  const id = binding.start(start);
  if (id < 0) throw spawnError(id, 'spawn', file, args);
  return id;
}

class ChildProcess extends EventEmitter {
  #id;
  #receiver;
  #killSignal;
  #hostPid;
  /** What must end before 'close': the exit, and each readable pipe of a host process. */
  #closesNeeded = 1;
  #closesGot = 0;

  constructor() {
    super();
    this.pid = undefined;
    this.stdin = null;
    this.stdout = null;
    this.stderr = null;
    this.stdio = [null, null, null];
    this.connected = false;
    this.killed = false;
    this.exitCode = null;
    this.signalCode = null;
    this.spawnfile = undefined;
    this.spawnargs = [];
  }

  /** Starts the child `plan` describes. */
  spawn(planned) {
    const { start, stdio, file, args } = planned;
    this.spawnfile = file;
    this.spawnargs = planned.host ? [...planned.host.args] : [file, ...args];
    if (planned.host) {
      this.#spawnHost(planned);
      return;
    }
    // The child reads no input: what is written to its stdin is dropped.
    if (stdio.modes[0] === 'pipe') this.stdin = new Writable({ write: (_chunk, _encoding, callback) => callback() });
    if (stdio.modes[1] === 'pipe') this.stdout = new Readable({ read() {} });
    if (stdio.modes[2] === 'pipe') this.stderr = new Readable({ read() {} });
    this.stdio = [this.stdin, this.stdout, this.stderr];
    this.#id = startChild(start, file, args);
    this.pid = this.#id;
    this.connected = stdio.ipc;
    // As in Node, only a child with an IPC channel has these.
    if (stdio.ipc) {
      this.send = (...args) => this.#send(...args);
      this.disconnect = () => this.#disconnect();
    }
    const id = this.#id;
    this.#receiver = new Receiver(
      () => binding.receive(id),
      (event) => this.#onEvent(event),
    );
    this.#receiver.receive();
    process.nextTick(() => this.emit('spawn'));
  }

  /** A granted host executable: a real process, its pipes sockets of the host, as Node's are. */
  #spawnHost(planned) {
    const { host, stdio, args } = planned;
    const spawned = hostBinding.spawn(host);
    if (typeof spawned === 'number') {
      const err = hostStartFailure(spawned, host, 'spawn', args);
      // As Node's child that could not start: its pipes, then 'error' and 'close' with the errno.
      if (stdio.modes[0] === 'pipe') this.stdin = new Writable({ write: (_chunk, _encoding, callback) => callback() });
      if (stdio.modes[1] === 'pipe') this.stdout = new Readable({ read() {} });
      if (stdio.modes[2] === 'pipe') this.stderr = new Readable({ read() {} });
      this.stdio = [this.stdin, this.stdout, this.stderr];
      process.nextTick(() => {
        this.emit('error', err);
        this.#closeAfterOutput(err.errno, null);
      });
      return;
    }
    this.pid = spawned.pid;
    this.#hostPid = spawned.pid;
    const socket = (id, readable) => new net.Socket({ handle: [id, '', 0, 0, '', 0, 0], readable });
    if (spawned.stdin != null) this.stdin = socket(spawned.stdin, false);
    for (const [index, id] of [
      [1, spawned.stdout],
      [2, spawned.stderr],
    ]) {
      if (id == null) continue;
      const stream = socket(id, true);
      this.#closesNeeded++;
      stream.on('close', () => this.#maybeClose());
      // Output the host could not hand over as nodule's own ('inherit' where this
      // instance has none of its own to give): forwarded to this program's.
      if (stdio.modes[index] === 'inherit') stream.on('data', (chunk) => (index === 1 ? process.stdout : process.stderr).write(chunk));
      else if (index === 1) this.stdout = stream;
      else this.stderr = stream;
    }
    this.stdio = [this.stdin, this.stdout, this.stderr];
    const pid = spawned.pid;
    this.#receiver = new Receiver(
      () => hostBinding.wait(pid),
      (event) => this.#hostExited(event),
    );
    this.#receiver.receive();
    process.nextTick(() => this.emit('spawn'));
  }

  #hostExited(event) {
    this.#hostPid = undefined;
    this.signalCode = event.signal === undefined ? null : signalOf(event.signal);
    this.exitCode = this.signalCode === null ? event.exitCode : null;
    if (this.stdin) this.stdin.destroy();
    this.emit('exit', this.exitCode, this.signalCode);
    // Output nobody reads is let through, so that the pipes end and 'close' follows.
    process.nextTick(() => {
      for (const stream of [this.stdout, this.stderr]) {
        if (stream?.readable && !stream._readableState.readableListening) stream.resume();
      }
    });
    this.#maybeClose();
  }

  #maybeClose() {
    if (++this.#closesGot === this.#closesNeeded) this.emit('close', this.exitCode, this.signalCode);
  }

  #onEvent(event) {
    if (typeof event === 'string') {
      this.#receiver.receive();
      if (event[0] === 'd') this.#disconnected();
      else if (event[0] === 'm' && this.connected) emitMessage(this, JSON.parse(event.slice(1)));
      return;
    }
    if (event.output !== undefined) {
      this.#receiver.receive();
      const stream = event.stderr ? this.stderr : this.stdout;
      stream?.push(Buffer.from(event.output));
      return;
    }
    this.#exited(event);
  }

  #exited(event) {
    const signal = event.terminated ? (this.#killSignal ?? 'SIGTERM') : null;
    const code = event.terminated ? null : event.exitCode;
    this.exitCode = code;
    this.signalCode = signal;
    this.#disconnected();
    this.emit('exit', code, signal);
    this.#closeAfterOutput(code, signal);
  }

  /** 'close' once stdout and stderr have ended. */
  #closeAfterOutput(code, signal) {
    const open = [this.stdout, this.stderr].filter((stream) => stream !== null);
    let pending = open.length;
    const closeWhenDone = () => {
      if (--pending <= 0) process.nextTick(() => this.emit('close', code, signal));
    };
    if (pending === 0) closeWhenDone();
    for (const stream of open) {
      stream.once('end', closeWhenDone);
      stream.push(null);
      // Nobody reading: let the stream end anyway.
      if (stream.listenerCount('data') === 0 && !stream.readableFlowing) stream.resume();
    }
  }

  #disconnected() {
    if (!this.connected) return;
    this.connected = false;
    process.nextTick(() => this.emit('disconnect'));
  }

  #send(message, ...rest) {
    const id = this.#id;
    return sendMessage(this, (text) => binding.post(id, text), message, rest);
  }

  #disconnect() {
    if (!this.connected) return;
    binding.post(this.#id, 'd');
    this.#disconnected();
  }

  kill(signal) {
    if (this.#hostPid !== undefined) return this.#killHost(signal);
    const name = signalName(signal);
    if (this.exitCode !== null || this.signalCode !== null || this.#id === undefined) return false;
    if (signals[name] === 0) return true;
    this.#killSignal = name;
    this.killed = true;
    binding.terminate(this.#id);
    return true;
  }

  /** Node's kill of a real process: the signal itself, true once it was sent. */
  #killHost(signal) {
    const number = signalNumber(signal === undefined ? 'SIGTERM' : signal);
    const err = hostBinding.kill(this.#hostPid, number);
    if (err === 0) {
      this.killed = true;
      return true;
    }
    if (err === errnos.EINVAL) throw errnoException(err, 'kill');
    if (err !== errnos.ESRCH) this.emit('error', errnoException(err, 'kill'));
    return false;
  }

  ref() {
    this.#receiver?.ref();
  }

  unref() {
    this.#receiver?.unref();
  }
}

/** `(file, args, options)` with the optional ones filled in, as Node reads them. */
function normalizeArgs(file, args, options) {
  if (!Array.isArray(args)) {
    options = args;
    args = [];
  }
  if (options === undefined || options === null) options = {};
  if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  return [file, args, options];
}

function spawn(file, args, options) {
  [file, args, options] = normalizeArgs(file, args, options);
  const { signal } = options;
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  const child = new ChildProcess();
  child.spawn(plan(file, args, options, false));
  armTimeout(child, options);
  if (signal !== undefined) {
    // Aborting kills the child, which then fails with an AbortError, as in Node.
    const abort = () => {
      if (child.kill(options.killSignal)) child.emit('error', new AbortError(undefined, { cause: signal.reason }));
    };
    if (signal.aborted) process.nextTick(abort);
    else signal.addEventListener('abort', abort, { once: true });
  }
  return child;
}

function armTimeout(child, options) {
  if (!(options.timeout > 0)) return;
  const timer = setTimeout(() => child.kill(options.killSignal), options.timeout);
  child.once('exit', () => clearTimeout(timer));
}

function fork(modulePath, ...rest) {
  const [, args, options] = normalizeArgs(modulePath, ...rest);
  if (typeof modulePath !== 'string' && !(modulePath instanceof URL))
    throw new ERR_INVALID_ARG_TYPE('modulePath', ['string', 'URL'], modulePath);
  const script = modulePath instanceof URL ? require('url').fileURLToPath(modulePath) : modulePath;
  const stdio = options.silent ? ['pipe', 'pipe', 'pipe', 'ipc'] : (options.stdio ?? ['inherit', 'inherit', 'inherit', 'ipc']);
  const child = new ChildProcess();
  // As Node's, fork ignores `shell`.
  child.spawn(plan(options.execPath ?? process.execPath, [script, ...args], { ...options, silent: false, stdio, shell: false }, true));
  armTimeout(child, options);
  return child;
}

/**
 * Words of a command line, with quotes and backslashes read as a POSIX shell reads them;
 * null for a line only a shell can run (pipelines, redirections, substitutions).
 */
function splitCommand(command) {
  const words = [];
  let word = null;
  for (let i = 0; i < command.length; i++) {
    const char = command[i];
    if (/\s/.test(char)) {
      if (word !== null) words.push(word);
      word = null;
    } else if (char === "'") {
      const end = command.indexOf("'", i + 1);
      word = (word ?? '') + command.slice(i + 1, end === -1 ? undefined : end);
      i = end === -1 ? command.length : end;
    } else if (char === '"') {
      word ??= '';
      for (i++; i < command.length && command[i] !== '"'; i++) {
        if (command[i] === '\\' && '"\\$`'.includes(command[i + 1])) i++;
        // A shell substitutes inside double quotes too.
        else if (command[i] === '$' || command[i] === '`') return null;
        word += command[i];
      }
    } else if (char === '\\') {
      word = (word ?? '') + (command[++i] ?? '');
    } else if ('|&;<>()$`'.includes(char)) {
      return null;
    } else {
      word = (word ?? '') + char;
    }
  }
  if (word !== null) words.push(word);
  return words;
}

/** What execFile and exec give their callback: the output as strings (or Buffers with encoding 'buffer'). */
function collect(child, options, command, callback) {
  const chunks = { stdout: [], stderr: [] };
  child.stdout?.on('data', (chunk) => chunks.stdout.push(chunk));
  child.stderr?.on('data', (chunk) => chunks.stderr.push(chunk));
  const encoding = options.encoding ?? 'utf8';
  const decode = (list) => (encoding === 'buffer' ? Buffer.concat(list) : Buffer.concat(list).toString(encoding));
  let settled = false;
  // A child that fails (an abort) reports that error at once, with what it wrote so far.
  child.on('error', (err) => {
    if (settled || typeof callback !== 'function') return;
    settled = true;
    err.cmd = command;
    callback(err, decode(chunks.stdout), decode(chunks.stderr));
  });
  child.on('close', (code, signal) => {
    if (settled || typeof callback !== 'function') return;
    settled = true;
    const stdout = decode(chunks.stdout);
    const stderr = decode(chunks.stderr);
    if (code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    const err = new Error(`Command failed: ${command}\n${stderr}`);
    err.code = code;
    err.killed = child.killed;
    err.signal = signal;
    err.cmd = command;
    callback(err, stdout, stderr);
  });
  return child;
}

function execFile(file, args, options, callback) {
  if (typeof args === 'function') [args, options, callback] = [[], {}, args];
  else if (typeof options === 'function') [options, callback] = [Array.isArray(args) ? {} : args, options];
  [file, args, options] = normalizeArgs(file, args, options);
  const child = spawn(file, args, { ...options, stdio: 'pipe' });
  return collect(child, options, [file, ...args].join(' '), callback);
}

/** exec and execSync run the command with a shell, as Node's (`/bin/sh -c command`). */
function shellOptions(options) {
  return { ...options, shell: typeof options.shell === 'string' ? options.shell : true };
}

function exec(command, options, callback) {
  if (typeof options === 'function') [options, callback] = [{}, options];
  if (typeof command !== 'string') throw new ERR_INVALID_ARG_TYPE('command', 'string', command);
  const child = spawn(command, [], { ...shellOptions(options ?? {}), stdio: 'pipe' });
  return collect(child, options ?? {}, command, callback);
}

/** spawnSync's result for a child that did not start. */
function notStarted(error) {
  return { error, status: null, signal: null, output: null, pid: 0, stdout: null, stderr: null };
}

/** spawnSync's `input` as bytes, strings in `encoding` as Node's. */
function inputBytes(input, encoding) {
  if (input === undefined || input === null) return undefined;
  if (typeof input === 'string') return Buffer.from(input, Buffer.isEncoding(encoding) ? encoding : 'utf8');
  if (ArrayBuffer.isView(input)) return input;
  throw new ERR_INVALID_ARG_TYPE('options.stdio[0]', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
}

function spawnSync(file, args, options) {
  [file, args, options] = normalizeArgs(file, args, options);
  const planned = plan(file, args, options, false);
  // What runs, after the shell (if any) is put before it.
  ({ file, args } = planned);
  const killSignal = options.killSignal === undefined ? 'SIGTERM' : signalName(options.killSignal);
  const output = { stdout: [], stderr: [] };
  let status = null;
  let signal = null;
  let pid;
  let error;
  if (planned.host) {
    const { host } = planned;
    const maxBuffer = options.maxBuffer ?? MAX_BUFFER;
    const input = inputBytes(options.input, options.encoding);
    const result = hostBinding.spawnSync(host, { input, timeout: options.timeout, killSignal: signals[killSignal], maxBuffer });
    if (typeof result === 'number') return notStarted(hostStartFailure(result, host, 'spawnSync', args));
    pid = result.pid;
    output.stdout.push(Buffer.from(result.stdout));
    output.stderr.push(Buffer.from(result.stderr));
    signal = result.signal === undefined ? null : signalOf(result.signal);
    status = signal === null ? result.exitCode : null;
    if (result.timedOut) error = spawnError(errnos.ETIMEDOUT, 'spawnSync', file, args);
    else if (result.overflowed) error = spawnError(errnos.ENOBUFS, 'spawnSync', file, args);
  } else {
    // Output the caller does not pipe still has to be read here to end up on stdout or stderr.
    planned.start.captureOutput = true;
    pid = startChild(planned.start, file, args);
    for (const event of binding.runToEnd(pid, options.timeout)) {
      if (event.output !== undefined) output[event.stderr ? 'stderr' : 'stdout'].push(Buffer.from(event.output));
      else if (event.terminated) signal = killSignal;
      else if (event.exitCode !== undefined) status = event.exitCode;
    }
    if (signal !== null && options.timeout > 0) error = spawnError(errnos.ETIMEDOUT, 'spawnSync', file, args);
  }
  const [, outMode, errMode] = planned.stdio.modes;
  const stdout = Buffer.concat(output.stdout);
  const stderr = Buffer.concat(output.stderr);
  if (outMode === 'inherit' && stdout.length > 0) process.stdout.write(stdout);
  if (errMode === 'inherit' && stderr.length > 0) process.stderr.write(stderr);
  const encode = (buffer) => (options.encoding && options.encoding !== 'buffer' ? buffer.toString(options.encoding) : buffer);
  // Node's order of the fields, its `error` first when there is one.
  return {
    ...(error === undefined ? {} : { error }),
    status,
    signal,
    output: [null, outMode === 'pipe' ? encode(stdout) : null, errMode === 'pipe' ? encode(stderr) : null],
    pid,
    stdout: outMode === 'pipe' ? encode(stdout) : null,
    stderr: errMode === 'pipe' ? encode(stderr) : null,
  };
}

/**
 * execFileSync and execSync: the child's output as the result, its failure as an error.
 * Without a `stdio` option its stderr is both shown on this process's stderr and kept
 * in the error's message, as Node does.
 */
function runSync(file, args, options, command) {
  const result = spawnSync(file, args, options);
  if (options.stdio === undefined && result.stderr) process.stderr.write(result.stderr);
  // Node's error carries the whole result, its own `error` included.
  if (result.error) throw Object.assign(result.error, result);
  if (result.status === 0) return result.stdout;
  const err = new Error(`Command failed: ${command}${result.stderr?.length ? `\n${result.stderr}` : ''}`);
  Object.assign(err, result);
  throw err;
}

function execFileSync(file, args, options) {
  [file, args, options] = normalizeArgs(file, args, options);
  return runSync(file, args, options, [file, ...args].join(' '));
}

function execSync(command, options) {
  if (typeof command !== 'string') throw new ERR_INVALID_ARG_TYPE('command', 'string', command);
  return runSync(command, [], shellOptions(options ?? {}), command);
}

// util.promisify(exec/execFile) resolves to { stdout, stderr } and keeps the child on the
// promise, as Node's custom promisified forms do.
for (const original of [exec, execFile]) {
  Object.defineProperty(original, Symbol.for('nodejs.util.promisify.custom'), {
    value: {
      [original.name](...args) {
        const { promise, resolve, reject } = Promise.withResolvers();
        // Called outside the promise, so that bad arguments throw, as Node's.
        promise.child = original(...args, (err, stdout, stderr) => {
          if (err === null) {
            resolve({ stdout, stderr });
            return;
          }
          err.stdout = stdout;
          err.stderr = stderr;
          reject(err);
        });
        return promise;
      },
    }[original.name],
    enumerable: false,
  });
}

module.exports = { ChildProcess, exec, execFile, execFileSync, execSync, fork, spawn, spawnSync };
