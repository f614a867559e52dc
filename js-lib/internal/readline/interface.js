'use strict';
// readline's Interface for line input: it decodes the input stream, splits it into
// lines (\n, \r\n, or \r alone, a \r\n split across chunks within crlfDelay counting
// once), and answers questions. Nodule's stdio is never a terminal, so there is no
// line editing: `terminal` is false and output only receives prompts.

const EventEmitter = require('events');
const { kFirstEventParam } = require('internal/events/symbols');
const { StringDecoder } = require('string_decoder');
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_USE_AFTER_CLOSE },
} = require('internal/errors');
const { validateAbortSignal } = require('internal/abort_controller');
const { validateArray, validateNumber, validateUint32 } = require('internal/validators');

const MIN_CRLF_DELAY = 100;
// How long a terminal's lone ESC waits for the rest of an escape sequence (ms).
const ESCAPE_CODE_TIMEOUT = 500;
const DEFAULT_HISTORY_SIZE = 30;
const DEFAULT_TAB_SIZE = 8;
const lineEnding = /\r?\n|\r(?!\n)/g;

const kDecoder = Symbol('kDecoder');
const kBuffer = Symbol('kBuffer');
const kSawReturnAt = Symbol('kSawReturnAt');
const kQuestionCallback = Symbol('kQuestionCallback');
const kOldPrompt = Symbol('kOldPrompt');
const kPrompt = Symbol('kPrompt');
const kLineStream = Symbol('kLineStream');
const kOnData = Symbol('kOnData');
const kOnEnd = Symbol('kOnEnd');
const kOnError = Symbol('kOnError');

/** Node's checks of the options an Interface takes as one object. */
function validateOptionsObject(options) {
  if (options.tabSize !== undefined) validateUint32(options.tabSize, 'tabSize', true);
  if (options.escapeCodeTimeout !== undefined && !Number.isFinite(options.escapeCodeTimeout)) {
    // Node names the option, but shows the default it keeps.
    throw new ERR_INVALID_ARG_VALUE('input.escapeCodeTimeout', ESCAPE_CODE_TIMEOUT);
  }
  if (options.signal) validateAbortSignal(options.signal, 'options.signal');
}

/** Node's checks of the options every Interface has, however they were given. */
function validateCommonOptions({ completer, history, historySize }) {
  if (completer !== undefined && typeof completer !== 'function') throw new ERR_INVALID_ARG_VALUE('completer', completer);
  if (history !== undefined) validateArray(history, 'history');
  if (historySize !== undefined) validateNumber(historySize, 'historySize', 0);
}

class Interface extends EventEmitter {
  constructor(input, output, completer, terminal) {
    super();
    let options = { input, output, completer, terminal };
    if (input?.input) {
      options = input;
      validateOptionsObject(options);
    }
    validateCommonOptions(options);
    this.input = options.input;
    this.output = options.output ?? undefined;
    this.terminal = false;
    this.line = '';
    this.closed = false;
    this.paused = false;
    this.crlfDelay = options.crlfDelay ? Math.max(MIN_CRLF_DELAY, options.crlfDelay) : MIN_CRLF_DELAY;
    this.escapeCodeTimeout = options.escapeCodeTimeout ?? ESCAPE_CODE_TIMEOUT;
    this.tabSize = options.tabSize ?? DEFAULT_TAB_SIZE;
    this.history = options.history ?? [];
    this.historySize = options.historySize ?? DEFAULT_HISTORY_SIZE;
    this[kPrompt] = options.prompt ?? '> ';
    this[kDecoder] = new StringDecoder('utf8');
    this[kBuffer] = '';
    this[kSawReturnAt] = 0;
    this[kQuestionCallback] = null;
    this[kOnData] = (data) => this._normalWrite(data);
    this[kOnEnd] = () => {
      const rest = this[kBuffer] + this[kDecoder].end();
      this[kBuffer] = '';
      if (rest.length > 0) this._onLine(rest);
      this.close();
    };
    // The input's failure is the interface's, as Node reports it.
    this[kOnError] = (err) => this.emit('error', err);
    this.input.on('error', this[kOnError]);
    this.input.on('data', this[kOnData]);
    this.input.on('end', this[kOnEnd]);
    if (options.signal) {
      if (options.signal.aborted) process.nextTick(() => this.close());
      else options.signal.addEventListener('abort', () => this.close(), { once: true });
    }
    this.input.resume();
  }

  /** Splits decoded input into lines; a trailing partial line waits for more. */
  _normalWrite(data) {
    let text = typeof data === 'string' ? data : this[kDecoder].write(data);
    if (this[kSawReturnAt] && Date.now() - this[kSawReturnAt] <= this.crlfDelay && text.startsWith('\n')) {
      text = text.slice(1);
    }
    this[kSawReturnAt] = text.endsWith('\r') ? Date.now() : 0;
    const pieces = (this[kBuffer] + text).split(lineEnding);
    this[kBuffer] = pieces.pop();
    for (const line of pieces) this._onLine(line);
  }

  _onLine(line) {
    const callback = this[kQuestionCallback];
    if (callback) {
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      callback(line);
    } else {
      this.emit('line', line);
    }
  }

  setPrompt(prompt) {
    this[kPrompt] = prompt;
  }

  getPrompt() {
    return this[kPrompt];
  }

  prompt(_preserveCursor) {
    if (this.paused) this.resume();
    this.output?.write?.(this[kPrompt]);
  }

  question(query, options, callback) {
    if (typeof options === 'function') {
      callback = options;
      options = {};
    }
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (typeof callback !== 'function') return;
    if (options?.signal?.aborted) return;
    if (this[kQuestionCallback]) {
      this.prompt();
      return;
    }
    this[kOldPrompt] = this[kPrompt];
    this.setPrompt(query);
    this[kQuestionCallback] = callback;
    options?.signal?.addEventListener(
      'abort',
      () => {
        this[kQuestionCallback] = null;
        this.setPrompt(this[kOldPrompt]);
      },
      { once: true },
    );
    this.prompt();
  }

  /** Input typed by the program itself: handled as if it came from `input`. */
  write(data, _key) {
    if (this.paused) this.resume();
    this._normalWrite(data);
  }

  pause() {
    if (this.paused) return this;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (!this.paused) return this;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  close() {
    if (this.closed) return;
    this.pause();
    this.input.removeListener('data', this[kOnData]);
    this.input.removeListener('end', this[kOnEnd]);
    this.input.removeListener('error', this[kOnError]);
    this.closed = true;
    this.emit('close');
  }

  getCursorPos() {
    return { rows: 0, cols: this[kPrompt].length };
  }

  /**
   * Lines as an async iterator, as Node's: the interface's 'error' fails it, its 'close'
   * ends it, and the input pauses while more than 1024 lines wait to be read.
   */
  [Symbol.asyncIterator]() {
    if (this[kLineStream] === undefined) {
      this[kLineStream] = EventEmitter.on(this, 'line', { close: ['close'], highWaterMark: 1024, [kFirstEventParam]: true });
    }
    return this[kLineStream];
  }
}

module.exports = { Interface };
