'use strict';
// node:repl — the read-eval-print loop: lines from `input` are evaluated in the global
// scope (or the server's `context`) and their results written to `output` with
// util.inspect, as Node's REPL does: `_` and `_error` hold the last result and the last
// error, incomplete input continues on a `... ` line, `.break`/`.clear`/`.exit`/`.help`
// are its commands, and `await` works at the top level. The input is read a line at a
// time: the sandbox gives no terminal, so there is no line editing or history.

const { Interface } = require('internal/readline/interface');
const { inspect } = require('util');
const vm = require('vm');

/** QuickJS's messages for source that ended too early: more lines may complete it. */
const incompleteInput = /^(Unexpected end of input|unexpected end of string|unexpected token in expression: '')$/;

const commands = {
  break: ['Sometimes you get stuck, this gets you out', (server) => server.clearBufferedCommand()],
  clear: ['Break, and also clear the local context', (server) => server.clearBufferedCommand()],
  exit: ['Exit the REPL', (server) => server.close()],
  help: [
    'Print this help message',
    (server) => {
      const names = Object.keys(server.commands).sort();
      const width = Math.max(...names.map((name) => name.length)) + 3;
      const lines = names.map((name) => `.${name.padEnd(width)}${server.commands[name].help}`);
      server.output.write(`${lines.join('\n')}\n\nPress Ctrl+C to abort current expression, Ctrl+D to exit the REPL\n`);
    },
  ],
  load: ['Load JS from a file into the REPL session', unavailable('.load')],
  save: ['Save all evaluated commands in this REPL session to a file', unavailable('.save')],
};

function unavailable(name) {
  return (server) => server.output.write(`${name} is not available in nodule's REPL\n`);
}

/** The code to run for `source`: `{ ... }` alone is an object, as in Node's REPL. */
function wrapObjectLiteral(source) {
  return /^\s*\{/.test(source) && /\}\s*;?\s*$/.test(source) ? `(${source.trim().replace(/;$/, '')})` : source;
}

class REPLServer extends Interface {
  constructor(prompt, stream) {
    const options = typeof prompt === 'object' && prompt !== null ? prompt : { prompt, input: stream, output: stream };
    const input = options.input ?? process.stdin;
    const output = options.output ?? process.stdout;
    super({ input, output, prompt: options.prompt ?? '> ', terminal: options.terminal });
    this._initialPrompt = options.prompt ?? '> ';
    this.useGlobal = options.useGlobal ?? true;
    this.context = this.useGlobal ? globalThis : vm.createContext({});
    this.writer = options.writer ?? ((value) => inspect(value, { colors: false }));
    this.commands = {};
    this.bufferedCommand = '';
    this.last = undefined;
    this.lastError = undefined;
    for (const [name, [help, action]] of Object.entries(commands)) this.defineCommand(name, { help, action: () => action(this) });
    this._defineResultVariables();
    this._defineModuleVariables();
    // Lines that arrive while a top-level await is pending wait their turn.
    this._waiting = null;
    this.on('line', (line) => (this._waiting ? this._waiting.push(line) : this._onInput(line)));
    this.on('close', () => this.emit('exit'));
    this.displayPrompt();
  }

  _defineResultVariables() {
    for (const [name, key] of [
      ['_', 'last'],
      ['_error', 'lastError'],
    ]) {
      Object.defineProperty(this.context, name, {
        configurable: true,
        get: () => this[key],
        set: (value) => {
          Object.defineProperty(this.context, name, { value, writable: true, configurable: true, enumerable: false });
        },
      });
    }
  }

  /** `require` from the working folder, and each built-in module under its name, as Node's REPL has them. */
  _defineModuleVariables() {
    const Module = require('internal/modules/cjs/loader');
    const replModule = new Module('<repl>');
    replModule.filename = require('path').join(process.cwd(), '<repl>');
    replModule.paths = Module._nodeModulePaths(process.cwd());
    const globals = { require: Module.createRequire(replModule.filename), module: replModule, exports: replModule.exports };
    for (const [name, value] of Object.entries(globals)) {
      if (!(name in this.context)) Object.defineProperty(this.context, name, { value, writable: true, configurable: true });
    }
    for (const id of Module.builtinModules) {
      if (id.includes('/') || id.startsWith('_') || id in this.context) continue;
      Object.defineProperty(this.context, id, {
        configurable: true,
        get: () => globals.require(id),
        set: (value) => Object.defineProperty(this.context, id, { value, writable: true, configurable: true }),
      });
    }
  }

  defineCommand(keyword, command) {
    this.commands[keyword] = typeof command === 'function' ? { action: command } : command;
  }

  clearBufferedCommand() {
    this.bufferedCommand = '';
  }

  displayPrompt() {
    this.setPrompt(this.bufferedCommand ? '... ' : this._initialPrompt);
    this.prompt();
  }

  _onInput(line) {
    const command = !this.bufferedCommand && /^\.([a-z]+)\s*(.*)$/.exec(line.trim());
    if (command && this.commands[command[1]]) {
      this.commands[command[1]].action.call(this, command[2]);
      if (!this.closed) this.displayPrompt();
      return;
    }
    const source = this.bufferedCommand + line;
    if (source.trim() === '') return this.displayPrompt();
    let result;
    try {
      result = this._evaluate(source);
    } catch (err) {
      if (err instanceof SyntaxError && incompleteInput.test(err.message)) {
        this.bufferedCommand = `${source}\n`;
        return this.displayPrompt();
      }
      this.bufferedCommand = '';
      return this._report(err);
    }
    this.bufferedCommand = '';
    if (!result.awaited) return this._show(result.value);
    this._waiting = [];
    result.value
      .then(
        (value) => this._show(value),
        (err) => this._report(err),
      )
      .then(() => {
        const waiting = this._waiting;
        this._waiting = null;
        for (const next of waiting) {
          if (this._waiting) this._waiting.push(next);
          else this._onInput(next);
        }
      });
  }

  /** Runs `source`; `{ value }`, or `{ awaited, value }` when it used top-level await. */
  _evaluate(source) {
    const code = wrapObjectLiteral(source);
    const run = (text) => (this.useGlobal ? vm.runInThisContext(text, { filename: 'REPL' }) : vm.runInContext(text, this.context));
    try {
      return { value: run(code) };
    } catch (err) {
      if (!(err instanceof SyntaxError) || !/\bawait\b/.test(code)) throw err;
    }
    // Top-level await: the code runs in an async function. Declarations become
    // assignments to globals so later lines see them, as Node's REPL rewrites them.
    const hoisted = code.replace(/^\s*(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=/, '$1 =');
    const body =
      /^\s*[A-Za-z_$][\w$]*\s*=/.test(hoisted) || !/[;\n]/.test(hoisted.trim()) ? `return (${hoisted.trim().replace(/;$/, '')});` : hoisted;
    const value = run(`(async () => { ${body}\n})()`);
    return { awaited: true, value: hoisted !== code ? value.then(() => undefined) : value };
  }

  _show(value) {
    this.last = value;
    this.output.write(`${this.writer(value)}\n`);
    this.displayPrompt();
  }

  _report(err) {
    this.lastError = err;
    const shown = err instanceof Error ? `${err.name}: ${err.message}` : inspect(err);
    this.output.write(`Uncaught ${shown}\n`);
    this.displayPrompt();
  }
}

function start(options) {
  return new REPLServer(options);
}

module.exports = { start, REPLServer, REPL_MODE_SLOPPY: Symbol('repl-sloppy'), REPL_MODE_STRICT: Symbol('repl-strict') };
