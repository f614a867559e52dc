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
  codes: {
    ERR_ACCESS_DENIED,
    ERR_CHILD_PROCESS_IPC_REQUIRED,
    ERR_CHILD_PROCESS_STDIO_MAXBUFFER,
    ERR_FEATURE_UNAVAILABLE_ON_PLATFORM,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_IPC_ONE_PIPE,
    ERR_IPC_SYNC_FORK,
    ERR_OUT_OF_RANGE,
    ERR_UNKNOWN_SIGNAL,
  },
  uvErrors,
} = require('internal/errors');
const { Receiver } = require('internal/worker/receiver');
const { sendMessage, emitMessage } = require('internal/child_process/channel');
const { serialize } = require('internal/worker/serialize');
const { accessDenied } = require('internal/sandbox');
const {
  isInt32,
  validateAbortSignal,
  validateArray,
  validateBoolean,
  validateFunction,
  validateObject,
  validateString,
} = require('internal/validators');
const { toPathString } = require('internal/fs/utils');
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

/**
 * Splits node's arguments into what to run (`[kind, entry]`), the program's arguments, and
 * the options before them, which become the child's `process.execArgv`.
 */
function parseRuntimeArgs(args, cwd) {
  const execArgv = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '-e' || arg === '--eval') return [['eval', `${args[i + 1] ?? ''}`], args.slice(i + 2), execArgv];
    if (arg === '-p' || arg === '-pe' || arg === '--print') return [['print', `${args[i + 1] ?? ''}`], args.slice(i + 2), execArgv];
    if (optionsWithValue.has(arg)) {
      execArgv.push(arg, args[++i] ?? '');
      continue;
    }
    if (arg.startsWith('-')) {
      execArgv.push(arg);
      continue;
    }
    return [['file', path.resolve(cwd, arg)], args.slice(i + 1), execArgv];
  }
  return [['eval', ''], [], execArgv];
}

/** `[stdin, stdout, stderr]` as 'pipe', 'inherit' or 'ignore', and whether there is an IPC channel. */
function normalizeStdio(stdio, ipc, sync = false) {
  let list;
  if (stdio === undefined || stdio === null) list = ['pipe', 'pipe', 'pipe'];
  else if (typeof stdio === 'string') {
    if (!['pipe', 'overlapped', 'ignore', 'inherit'].includes(stdio)) throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
    list = [stdio, stdio, stdio];
  } else if (Array.isArray(stdio)) list = [...stdio];
  else throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  const ipcs = list.filter((mode) => mode === 'ipc').length;
  if (ipcs > 0 && sync) throw new ERR_IPC_SYNC_FORK();
  if (ipcs > 1) throw new ERR_IPC_ONE_PIPE();
  const withIpc = ipc || ipcs > 0;
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

/** The environment a child gets: `env`, or this program's (only what it was granted to see); inherited keys too, as Node's. */
function envPairs(env) {
  const pairs = [];
  for (const name in env) {
    const value = env[name];
    if (value === undefined) continue;
    nullCheck(name, `options.env['${name}']`);
    nullCheck(value, `options.env['${name}']`);
    pairs.push([name, `${value}`]);
  }
  return pairs;
}

/** Node's refusal of a string argument holding a null byte. */
function nullCheck(value, name) {
  if (typeof value === 'string' && value.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(name, value, 'must be a string without null bytes');
  }
}

/** Node's normalizeSpawnArguments' checks: `[file, args, options]` with `args` and `options` filled in. */
function normalizeSpawnArguments(file, args, options) {
  validateString(file, 'file');
  nullCheck(file, 'file');
  if (file.length === 0) throw new ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');
  if (Array.isArray(args)) args = args.slice();
  else if (args == null) args = [];
  else if (typeof args !== 'object') throw new ERR_INVALID_ARG_TYPE('args', 'object', args);
  else {
    options = args;
    args = [];
  }
  for (const [i, arg] of args.entries()) nullCheck(arg, `args[${i}]`);
  if (options === undefined) options = {};
  else validateObject(options, 'options');
  options = { ...options };
  if (options.cwd != null) options.cwd = toPathString(options.cwd, 'options.cwd');
  if (options.detached != null) validateBoolean(options.detached, 'options.detached');
  for (const id of ['uid', 'gid']) {
    if (options[id] != null && !isInt32(options[id])) throw new ERR_INVALID_ARG_TYPE(`options.${id}`, 'int32', options[id]);
  }
  if (options.shell != null && typeof options.shell !== 'boolean' && typeof options.shell !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.shell', ['boolean', 'string'], options.shell);
  }
  if (options.argv0 != null) {
    validateString(options.argv0, 'options.argv0');
    nullCheck(options.argv0, 'options.argv0');
  }
  if (options.windowsHide != null) validateBoolean(options.windowsHide, 'options.windowsHide');
  if (options.windowsVerbatimArguments != null) validateBoolean(options.windowsVerbatimArguments, 'options.windowsVerbatimArguments');
  if (options.shell) nullCheck(options.shell, 'options.shell');
  return [file, args, options];
}

function validateTimeout(timeout) {
  if (timeout != null && !(Number.isInteger(timeout) && timeout >= 0))
    throw new ERR_OUT_OF_RANGE('timeout', 'an unsigned integer', timeout);
}

function validateMaxBuffer(maxBuffer) {
  if (maxBuffer != null && !(typeof maxBuffer === 'number' && maxBuffer >= 0)) {
    throw new ERR_OUT_OF_RANGE('options.maxBuffer', 'a positive number', maxBuffer);
  }
}

/** `killSignal` checked as Node checks it (a name or number); undefined stays undefined. */
function sanitizeKillSignal(killSignal) {
  if (typeof killSignal === 'string' || typeof killSignal === 'number') return signalName(killSignal);
  if (killSignal != null) throw new ERR_INVALID_ARG_TYPE('options.killSignal', ['string', 'number'], killSignal);
  return undefined;
}

/** Checks the grant and the executable, and says how to start the child. */
function plan(file, args, options, ipc, sync = false) {
  if (typeof file !== 'string') throw new ERR_INVALID_ARG_TYPE('file', 'string', file);
  if (!Array.isArray(args)) throw new ERR_INVALID_ARG_TYPE('args', 'Array', args);
  const stdio = normalizeStdio(options.silent ? 'pipe' : options.stdio, ipc, sync);
  if (!process.permission.has('child')) throw accessDenied('ChildProcess');
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
  const [[entryKind, entry], rest, execArgv] = parseRuntimeArgs(args.map(String), cwd);
  const argv = [process.execPath, ...(entryKind === 'file' ? [entry] : []), ...rest];
  const data = serialize({ child: true, ipc: stdio.ipc, env: Object.fromEntries(envPairs(env)) });
  const captureOutput = stdio.modes[1] !== 'inherit' || stdio.modes[2] !== 'inherit';
  return { start: { child: true, entryKind, entry, argv, execArgv, data, cwd, captureOutput }, stdio, file, args };
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
      // A stream the program destroyed (execFile's timeout does) is done as it is.
      if (stream.destroyed) {
        closeWhenDone();
        continue;
      }
      let done = false;
      const once = () => {
        if (done) return;
        done = true;
        closeWhenDone();
      };
      stream.once('end', once);
      stream.once('close', once);
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

  /** `using child = spawn(...)`: killed when the scope ends, unless it was already. */
  [Symbol.dispose]() {
    if (!this.killed) this.kill();
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

function spawn(file, args, options) {
  return spawnChild(file, args, options, false);
}

/** spawn, and fork with its IPC channel. */
function spawnChild(file, args, options, ipc) {
  [file, args, options] = normalizeSpawnArguments(file, args, options);
  validateTimeout(options.timeout);
  const { signal } = options;
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  const killSignal = sanitizeKillSignal(options.killSignal);
  const child = new ChildProcess();
  child.spawn(plan(file, args, options, ipc));
  armTimeout(child, { timeout: options.timeout, killSignal });
  if (signal !== undefined) {
    // Aborting kills the child, which then fails with an AbortError, as in Node.
    const abort = () => {
      if (child.kill(killSignal)) child.emit('error', new AbortError(undefined, { cause: signal.reason }));
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

/** Node's stdio string as the array fork gives a child, its IPC channel last. */
function forkStdio(stdio) {
  if (!['pipe', 'overlapped', 'ignore', 'inherit'].includes(stdio)) throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  return [stdio, stdio, stdio, 'ipc'];
}

function fork(modulePath, args = [], options) {
  modulePath = toPathString(modulePath, 'modulePath');
  if (args == null) args = [];
  else if (typeof args === 'object' && !Array.isArray(args)) {
    options = args;
    args = [];
  } else validateArray(args, 'args');
  if (options != null) validateObject(options, 'options');
  // As Node's, fork ignores `shell`.
  options = { ...options, shell: false };
  options.execPath ||= process.execPath;
  nullCheck(options.execPath, 'options.execPath');
  for (const [i, arg] of (options.execArgv ?? []).entries()) nullCheck(arg, `options.execArgv[${i}]`);
  if (typeof options.stdio === 'string') options.stdio = forkStdio(options.stdio);
  else if (!Array.isArray(options.stdio)) options.stdio = forkStdio(options.silent ? 'pipe' : 'inherit');
  else if (!options.stdio.includes('ipc')) throw new ERR_CHILD_PROCESS_IPC_REQUIRED('options.stdio');
  const execArgv = options.execArgv ?? process.execArgv.filter((arg) => !testRunnerOption.test(arg));
  return spawnChild(options.execPath, [...execArgv, modulePath, ...args], { ...options, silent: false }, true);
}

/**
 * The test runner's own options, which a forked child does not inherit: node's test files
 * run in processes started without them.
 */
const testRunnerOption = /^--test(?:[-=]|$)/;

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

/** Node's normalizeExecFileArgs: `[file, args, options, callback]`. */
function normalizeExecFileArgs(file, args, options, callback) {
  if (Array.isArray(args)) args = args.slice();
  else if (args != null && typeof args === 'object') {
    callback = options;
    options = args;
    args = null;
  } else if (typeof args === 'function') {
    callback = args;
    options = null;
    args = null;
  }
  args ??= [];
  if (typeof options === 'function') callback = options;
  else if (options != null) validateObject(options, 'options');
  if (options == null || typeof options === 'function') options = {};
  if (callback != null) validateFunction(callback, 'callback');
  if (options.argv0 != null) {
    validateString(options.argv0, 'options.argv0');
    nullCheck(options.argv0, 'options.argv0');
  }
  return [file, args, options, callback];
}

/** Node's execFile: the output collected (up to `maxBuffer`), as strings in `encoding` or Buffers. */
function execFile(file, args, options, callback) {
  [file, args, options, callback] = normalizeExecFileArgs(file, args, options, callback);
  options = { encoding: 'utf8', timeout: 0, maxBuffer: MAX_BUFFER, killSignal: 'SIGTERM', cwd: null, env: null, shell: false, ...options };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);
  const child = spawn(file, args, {
    cwd: options.cwd,
    env: options.env,
    gid: options.gid,
    shell: options.shell,
    signal: options.signal,
    uid: options.uid,
    argv0: options.argv0,
  });
  const encoding = options.encoding !== 'buffer' && Buffer.isEncoding(options.encoding) ? options.encoding : null;
  const output = { stdout: [], stderr: [] };
  const lengths = { stdout: 0, stderr: 0 };
  let killed = false;
  let exited = false;
  let timer;
  let ex = null;
  let cmd = file;

  function exithandler(code, signal) {
    if (exited) return;
    exited = true;
    clearTimeout(timer);
    if (!callback) return;
    const merge = (name) => (encoding || child[name]?.readableEncoding ? output[name].join('') : Buffer.concat(output[name]));
    const stdout = merge('stdout');
    const stderr = merge('stderr');
    if (!ex && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    if (args?.length) cmd += ` ${args.join(' ')}`;
    if (!ex) {
      ex = new Error(`Command failed: ${cmd}\n${stderr}`);
      ex.code = code < 0 ? require('util').getSystemErrorName(code) : code;
      ex.killed = child.killed || killed;
      ex.signal = signal;
    }
    ex.cmd = cmd;
    callback(ex, stdout, stderr);
  }

  function errorhandler(e) {
    ex = e;
    child.stdout?.destroy();
    child.stderr?.destroy();
    exithandler();
  }

  function kill() {
    child.stdout?.destroy();
    child.stderr?.destroy();
    killed = true;
    try {
      child.kill(options.killSignal);
    } catch (e) {
      ex = e;
      exithandler();
    }
  }

  if (options.timeout > 0) timer = setTimeout(kill, options.timeout);
  for (const name of ['stdout', 'stderr']) {
    const stream = child[name];
    if (!stream) continue;
    if (encoding) stream.setEncoding(encoding);
    stream.on('data', (chunk) => {
      if (options.maxBuffer === Infinity) {
        output[name].push(chunk);
        return;
      }
      const streamEncoding = stream.readableEncoding;
      const length = streamEncoding ? Buffer.byteLength(chunk, streamEncoding) : chunk.length;
      lengths[name] += length;
      if (lengths[name] > options.maxBuffer) {
        const truncated = options.maxBuffer - (lengths[name] - length);
        output[name].push(chunk.slice(0, truncated));
        ex = new ERR_CHILD_PROCESS_STDIO_MAXBUFFER(name);
        kill();
      } else {
        output[name].push(chunk);
      }
    });
  }
  child.addListener('close', exithandler);
  child.addListener('error', errorhandler);
  return child;
}

/** Node's normalizeExecArgs: exec and execSync run the command with a shell (`/bin/sh -c command`). */
function normalizeExecArgs(command, options, callback) {
  validateString(command, 'command');
  nullCheck(command, 'command');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  options = { ...options };
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  return [command, options, callback];
}

function exec(command, options, callback) {
  const [file, execOptions, execCallback] = normalizeExecArgs(command, options, callback);
  return execFile(file, execOptions, execCallback);
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
  [file, args, options] = normalizeSpawnArguments(file, args, options);
  options = { maxBuffer: MAX_BUFFER, ...options };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  const killSignal = sanitizeKillSignal(options.killSignal) ?? 'SIGTERM';
  const input = inputBytes(options.input, options.encoding);
  const planned = plan(file, args, options, false, true);
  // What runs, after the shell (if any) is put before it.
  ({ file, args } = planned);
  const output = { stdout: [], stderr: [] };
  let status = null;
  let signal = null;
  let pid;
  let error;
  if (planned.host) {
    const { host } = planned;
    const result = hostBinding.spawnSync(host, {
      input,
      timeout: options.timeout,
      killSignal: signals[killSignal],
      maxBuffer: options.maxBuffer,
    });
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
    // The instance ran to its end: what it wrote past maxBuffer is reported, not cut short.
    const written = [...output.stdout, ...output.stderr].reduce((total, chunk) => total + chunk.length, 0);
    if (error === undefined && written > options.maxBuffer) error = spawnError(errnos.ENOBUFS, 'spawnSync', file, args);
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
function checkExecSyncError(result, options, command) {
  if (!options.stdio && result.stderr) process.stderr.write(result.stderr);
  // Node's error carries the whole result, its own `error` included.
  if (result.error) throw Object.assign(result.error, result);
  if (result.status === 0) return result.stdout;
  const err = new Error(`Command failed: ${command}${result.stderr?.length ? `\n${result.stderr}` : ''}`);
  Object.assign(err, result);
  throw err;
}

function execFileSync(file, args, options) {
  [file, args, options] = normalizeExecFileArgs(file, args, options);
  const result = spawnSync(file, args, options);
  return checkExecSyncError(result, options, [options.argv0 || file, ...args].join(' '));
}

function execSync(command, options) {
  const [file, execOptions] = normalizeExecArgs(command, options, null);
  return checkExecSyncError(spawnSync(file, execOptions), execOptions, command);
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
