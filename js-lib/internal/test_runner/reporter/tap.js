'use strict';
// The TAP reporter (TAP version 13 with node's YAML blocks), node's default when
// stdout is not a terminal.

const { inspect } = require('internal/util/inspect');
const { isNativeError } = require('internal/util/types');
const { kUnwrapErrors } = require('internal/test_runner/test');

const kIndent = '    ';
const inspectOptions = { colors: false, breakLength: Infinity };

function indent(nesting) {
  return kIndent.repeat(nesting);
}

/** Escapes what TAP gives a meaning to (`#`, `\`) and the control characters a line cannot hold. */
function tapEscape(input) {
  return input
    .replaceAll('\b', '\\b')
    .replaceAll('\f', '\\f')
    .replaceAll('\t', '\\t')
    .replaceAll('\n', '\\n')
    .replaceAll('\r', '\\r')
    .replaceAll('\v', '\\v')
    .replaceAll('\\', '\\\\')
    .replaceAll('#', '\\#');
}

function isAssertionLike(value) {
  return value !== null && typeof value === 'object' && 'expected' in value && 'actual' in value;
}

/** `value` as YAML under `name`, node's subset: scalars inspected, block strings, nested objects, errors. */
function jsToYaml(pad, name, value, seen) {
  if (value === undefined) return '';
  const prefix = `${pad}  ${name}:`;
  if (value === null) return `${prefix} ~\n`;
  if (typeof value !== 'object') {
    if (typeof value !== 'string') return `${prefix} ${inspect(value, inspectOptions)}\n`;
    const lines = value.split(/\n|\r\n/);
    if (lines.length === 1) return `${prefix} ${inspect(value, inspectOptions)}\n`;
    return `${prefix} |-\n${lines.map((line) => `${pad}    ${line}\n`).join('')}`;
  }
  seen.add(value);
  const isErrorObject = isNativeError(value) || value instanceof Error;
  let propsPad = pad;
  let result = '';
  if (name !== null) {
    result += prefix;
    if (value instanceof Date) result += ` ${value.toISOString()}`;
    result += '\n';
    propsPad += '  ';
  }
  for (const [key, entry] of Object.entries(value)) {
    if (isErrorObject && (key === 'cause' || key === 'code')) continue;
    if (seen.has(entry)) {
      result += `${propsPad}  ${key}: <Circular>\n`;
      continue;
    }
    result += jsToYaml(propsPad, key, entry, seen);
  }
  if (isErrorObject) result += errorToYaml(pad, value, seen);
  return result;
}

function errorToYaml(pad, error, seen) {
  const { cause, failureType } = error;
  let { message, name, stack, code, expected, actual, operator } = error;
  let assertionLike = isAssertionLike(error);
  message ??= '<unknown error>';
  // A failure of the user's own code shows the user's error.
  if (code === 'ERR_TEST_FAILURE' && kUnwrapErrors.has(failureType)) {
    stack = cause?.stack ?? stack;
    code = cause?.code ?? code;
    name = cause?.name ?? name;
    message = cause?.message ?? message;
    if (isAssertionLike(cause)) {
      ({ expected, actual } = cause);
      operator = cause.operator ?? operator;
      assertionLike = true;
    }
  }
  let result = jsToYaml(pad, 'error', message, seen);
  if (code) result += jsToYaml(pad, 'code', code, seen);
  if (name && name !== 'Error') result += jsToYaml(pad, 'name', name, seen);
  if (assertionLike) {
    result += jsToYaml(pad, 'expected', expected, new Set(seen));
    result += jsToYaml(pad, 'actual', actual, new Set(seen));
    if (operator) result += jsToYaml(pad, 'operator', operator, seen);
  }
  if (typeof stack === 'string') {
    const frames = [];
    for (const line of stack.split(/\n|\r\n/)) {
      const frame = line.replace(/^ {4}at /, '');
      if (frame.length > 0 && frame.length !== line.length) frames.push(frame);
    }
    if (frames.length > 0) result += `${pad}  stack: |-\n${frames.map((frame) => `${pad}    ${frame}\n`).join('')}`;
  }
  return result;
}

class TapReporter {
  #write;

  constructor(write) {
    this.#write = write;
    write('TAP version 13\n');
  }

  write(type, data) {
    const pad = indent(data.nesting);
    switch (type) {
      case 'test:start':
        this.#write(`${pad}# Subtest: ${tapEscape(data.name)}\n`);
        break;
      case 'test:pass':
      case 'test:fail': {
        const location = type === 'test:fail' && data.file !== undefined ? `${data.file}:${data.line}:${data.column}` : undefined;
        this.#write(testLine(type === 'test:pass' ? 'ok' : 'not ok', data) + details(pad, data.details, location));
        break;
      }
      case 'test:plan':
        this.#write(`${pad}1..${data.count}\n`);
        break;
      case 'test:diagnostic':
        this.#write(`${pad}# ${tapEscape(data.message)}\n`);
        break;
    }
  }

  end() {}
}

function testLine(status, { nesting, testNumber, name, skip, todo }) {
  let line = `${indent(nesting)}${status} ${testNumber}`;
  if (name) line += ` ${tapEscape(`- ${name}`)}`;
  if (skip !== undefined) line += ` # SKIP${typeof skip === 'string' && skip.length > 0 ? ` ${tapEscape(skip)}` : ''}`;
  else if (todo !== undefined) line += ` # TODO${typeof todo === 'string' && todo.length > 0 ? ` ${tapEscape(todo)}` : ''}`;
  return `${line}\n`;
}

function details(pad, data, location) {
  let text = `${pad}  ---\n`;
  text += jsToYaml(pad, 'duration_ms', data.duration_ms);
  text += jsToYaml(pad, 'type', data.type);
  if (location !== undefined) text += jsToYaml(pad, 'location', location);
  if (data.error !== undefined) text += jsToYaml(pad, null, data.error, new Set());
  return `${text}${pad}  ...\n`;
}

module.exports = TapReporter;
