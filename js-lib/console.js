'use strict';
// node:console — the Console class and the global console, formatting with
// util.format/inspect and writing to process.stdout/stderr.

const { inspect, formatWithOptions } = require('internal/util/inspect');
const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { shape } = require('internal/util/function_shape');

const kCounts = Symbol('counts');
const kTimers = Symbol('timers');
const kGroupIndent = Symbol('groupIndent');
const kGroupIndentationWidth = Symbol('groupIndentationWidth');
const kIgnoreErrors = Symbol('ignoreErrors');

function Console(options, stderr, ignoreErrors) {
  if (!new.target) return Reflect.construct(Console, arguments);
  initConsole(this, options, stderr, ignoreErrors);
}

function initConsole(console, options, stderr, ignoreErrors) {
  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr, ignoreErrors };
  }
  const { stdout, stderr: errStream = stdout, inspectOptions, groupIndentation = 2, ignoreErrors: ignore = true } = options;
  if (!stdout || typeof stdout.write !== 'function') throw new ERR_INVALID_ARG_TYPE('stdout', 'WritableStream', stdout);
  Object.defineProperties(console, {
    _stdout: { value: stdout, writable: true, configurable: true },
    _stderr: { value: errStream, writable: true, configurable: true },
  });
  console[kCounts] = new Map();
  console[kTimers] = new Map();
  console[kGroupIndent] = '';
  console[kGroupIndentationWidth] = groupIndentation;
  console[kIgnoreErrors] = ignore;
  console._inspectOptions = inspectOptions;
  // Methods are bound so `const { log } = console` works, as in Node.
  for (const key of Object.keys(Console.prototype)) {
    console[key] = Console.prototype[key].bind(console);
    Object.defineProperty(console[key], 'name', { value: key });
  }
}

function write(console, stream, string) {
  const indent = console[kGroupIndent];
  if (indent.length !== 0) {
    if (string.includes('\n')) string = string.replace(/\n/g, `\n${indent}`);
    string = indent + string;
  }
  string += '\n';
  if (console[kIgnoreErrors] === false) {
    stream.write(string);
    return;
  }
  // A console swallows its streams' write errors, thrown at once or reported later, as Node's
  // does: a no-op 'error' listener stands in while the stream has none of its own.
  try {
    if (stream.listenerCount?.('error') === 0) stream.once('error', noop);
    stream.write(string, (err) => {
      if (err != null && !stream._writableState?.errorEmitted && stream.listenerCount?.('error') === 0) {
        stream.once('error', noop);
      }
    });
  } catch (err) {
    if (err instanceof RangeError && /call stack/i.test(err.message)) throw err;
  } finally {
    stream.removeListener?.('error', noop);
  }
}

function noop() {}

function formatArgs(console, args) {
  return console._inspectOptions ? formatWithOptions(console._inspectOptions, ...args) : formatWithOptions({}, ...args);
}

const methods = {
  log(...args) {
    write(this, this._stdout, formatArgs(this, args));
  },
  warn(...args) {
    write(this, this._stderr, formatArgs(this, args));
  },
  dir(object, options) {
    write(this, this._stdout, inspect(object, { customInspect: false, ...this._inspectOptions, ...options }));
  },
  time(label = 'default') {
    label = `${label}`;
    if (this[kTimers].has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this[kTimers].set(label, process.hrtime());
  },
  timeEnd(label = 'default') {
    label = `${label}`;
    if (timeLogImpl(this, 'timeEnd', label)) this[kTimers].delete(label);
  },
  timeLog(label = 'default', ...data) {
    timeLogImpl(this, 'timeLog', `${label}`, data);
  },
  trace(...args) {
    const err = { name: 'Trace', message: formatArgs(this, args) };
    // The frame to cut at is the method's own, not the bound copy `this.trace` is.
    Error.captureStackTrace(err, methods.trace);
    this.error(err.stack);
  },
  assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      this.warn(...args);
    }
  },
  clear() {
    // Only a terminal is cleared (Nodule's stdio never is one, but a stream may say it is).
    if (this._stdout.isTTY && process.env.TERM !== 'dumb') {
      const { cursorTo, clearScreenDown } = require('readline');
      cursorTo(this._stdout, 0, 0);
      clearScreenDown(this._stdout);
    }
  },
  count(label = 'default') {
    label = `${label}`;
    const count = (this[kCounts].get(label) ?? 0) + 1;
    this[kCounts].set(label, count);
    this.log(`${label}: ${count}`);
  },
  countReset(label = 'default') {
    label = `${label}`;
    if (!this[kCounts].has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    this[kCounts].delete(label);
  },
  group(...data) {
    if (data.length > 0) this.log(...data);
    this[kGroupIndent] += ' '.repeat(this[kGroupIndentationWidth]);
  },
  groupEnd() {
    this[kGroupIndent] = this[kGroupIndent].slice(0, this[kGroupIndent].length - this[kGroupIndentationWidth]);
  },
  table(tabularData, properties) {
    if (tabularData === null || typeof tabularData !== 'object') return this.log(tabularData);
    this.log(renderTable(tabularData, properties));
  },
  profile() {},
  profileEnd() {},
  timeStamp() {},
};
methods.info = methods.log;
methods.debug = methods.log;
methods.error = methods.warn;
methods.dirxml = methods.log;
methods.groupCollapsed = methods.group;

for (const [name, method] of Object.entries(methods)) {
  Object.defineProperty(Console.prototype, name, { value: method, writable: true, enumerable: true, configurable: true });
}

/** Node prints durations as ms, s, min or h with three decimals. */
function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) {
        hours = Math.floor(ms / 3600000);
        ms %= 3600000;
      }
      minutes = Math.floor(ms / 60000);
      ms %= 60000;
    }
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    ({ 0: seconds, 1: ms } = seconds.toFixed(3).split('.'));
    const res = hours !== 0 ? `${hours}:${String(minutes).padStart(2, '0')}` : minutes;
    return `${res}:${String(seconds).padStart(2, '0')}.${ms} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

function timeLogImpl(console, name, label, data) {
  const time = console[kTimers].get(label);
  if (time === undefined) {
    process.emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const duration = process.hrtime(time);
  const ms = duration[0] * 1000 + duration[1] / 1e6;
  const formatted = formatTime(ms);
  if (data === undefined) console.log('%s: %s', label, formatted);
  else console.log('%s: %s', label, formatted, ...data);
  return true;
}

const tableChars = {
  middleMiddle: '─',
  rowMiddle: '┼',
  topRight: '┐',
  topLeft: '┌',
  leftMiddle: '├',
  topMiddle: '┬',
  bottomRight: '┘',
  bottomLeft: '└',
  bottomMiddle: '┴',
  rightMiddle: '┤',
  left: '│ ',
  right: ' │',
  middle: ' │ ',
};

function renderRow(row, columnWidths) {
  let out = tableChars.left;
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    out += cell + ' '.repeat(columnWidths[i] - cell.length);
    if (i !== row.length - 1) out += tableChars.middle;
  }
  return out + tableChars.right;
}

function table(head, columns) {
  const rows = [];
  const columnWidths = head.map((h) => h.length);
  const longestColumn = Math.max(...columns.map((a) => a.length));
  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < longestColumn; j++) {
      if (rows[j] === undefined) rows[j] = [];
      const value = Object.hasOwn(column, j) ? column[j] : '';
      rows[j][i] = value;
      if (columnWidths[i] < value.length) columnWidths[i] = value.length;
    }
  }
  const divider = columnWidths.map((i) => tableChars.middleMiddle.repeat(i + 2));
  let result =
    `${tableChars.topLeft}${divider.join(tableChars.topMiddle)}${tableChars.topRight}\n` +
    `${renderRow(head, columnWidths)}\n` +
    `${tableChars.leftMiddle}${divider.join(tableChars.rowMiddle)}${tableChars.rightMiddle}\n`;
  for (const row of rows) result += `${renderRow(row, columnWidths)}\n`;
  result += `${tableChars.bottomLeft}${divider.join(tableChars.bottomMiddle)}${tableChars.bottomRight}`;
  return result;
}

function renderTable(tabularData, properties) {
  const kIndex = '(index)';
  const kValues = 'Values';
  const kIteration = '(iteration index)';
  const inspectCell = (v) => inspect(v, { depth: 1, maxArrayLength: 3, breakLength: Infinity, colors: false });
  const getIndexArray = (length) => Array.from({ length }, (_, i) => inspectCell(i));

  const mapIter = tabularData instanceof Map;
  const setIter = tabularData instanceof Set;
  if (mapIter) {
    const keys = [];
    const values = [];
    let length = 0;
    for (const [k, v] of tabularData) {
      keys.push(inspectCell(k));
      values.push(inspectCell(v));
      length++;
    }
    return table([kIteration, 'Key', kValues], [getIndexArray(length), keys, values]);
  }
  if (setIter) tabularData = [...tabularData];
  const setlike = setIter;
  const map = { __proto__: null };
  let hasPrimitives = false;
  const valuesKeyArray = [];
  const indexKeyArray = Object.keys(tabularData);
  for (let i = 0; i < indexKeyArray.length; i++) {
    const item = tabularData[indexKeyArray[i]];
    const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      valuesKeyArray[i] = inspectCell(item);
    } else {
      const keys = properties || Object.keys(item);
      for (const key of keys) {
        map[key] ??= [];
        if ((primitive && properties) || !Object.hasOwn(item, key)) map[key][i] = '';
        else map[key][i] = inspectCell(item[key]);
      }
    }
  }
  const keys = Object.keys(map);
  const values = Object.values(map);
  if (hasPrimitives) {
    keys.push(kValues);
    values.push(valuesKeyArray);
  }
  keys.unshift(setlike ? kIteration : kIndex);
  values.unshift(setlike ? getIndexArray(indexKeyArray.length) : indexKeyArray);
  return table(keys, values);
}

// Node's `Console(options)`, also called `Console(stdout, stderr, ignoreErrors)`.
shape(Console, undefined, 1);

const globalConsole = Object.create({});
initConsole(globalConsole, { stdout: process.stdout, stderr: process.stderr });
// Node's global console methods are argument-forwarding wrappers: all of length 0.
for (const key of Object.keys(Console.prototype)) shape(globalConsole[key], undefined, 0);
// The global console's streams are looked up at each call, so replacing
// process.stdout is honoured (as in Node).
Object.defineProperties(globalConsole, {
  _stdout: { get: () => process.stdout, configurable: true },
  _stderr: { get: () => process.stderr, configurable: true },
});

globalConsole.Console = Console;
module.exports = globalConsole;
