'use strict';
// `module.SourceMap`: a Source Map v3 payload (https://tc39.es/ecma426/) read into a
// sorted list of mappings, each from a generated line and column (0-based) to a place
// in an original source, which `findEntry` looks up as Node's does. Sources are taken
// as the payload names them (the cache makes them absolute first, as Node's does).

const { validateObject } = require('internal/validators');

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUES = new Map([...BASE64].map((char, value) => [char.charCodeAt(0), value]));
const VLQ_CONTINUATION = 32;

/** Decodes the Base64 VLQ numbers of one segment of `mappings`, from `start` to `end`. */
function decodeSegment(mappings, start, end) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (let i = start; i < end; i++) {
    const digit = BASE64_VALUES.get(mappings.charCodeAt(i));
    if (digit === undefined) throw new SyntaxError(`Invalid source map mappings at ${i}`);
    value += (digit & (VLQ_CONTINUATION - 1)) << shift;
    if (digit & VLQ_CONTINUATION) {
      shift += 5;
      continue;
    }
    // The lowest bit is the sign.
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}

/**
 * The payload's mappings as `[generatedLine, generatedColumn, source, originalLine,
 * originalColumn, name]` arrays in generated order; `sourceOf(index)` names a source.
 * A segment with no original place has only its generated line and column.
 */
function parseMappings(payload, sourceOf, lineOffset = 0, columnOffset = 0) {
  const { mappings = '', names = [] } = payload;
  const parsed = [];
  let line = 0;
  let source = 0;
  let originalLine = 0;
  let originalColumn = 0;
  let name = 0;
  let column = 0;
  let start = 0;
  for (let i = 0; i <= mappings.length; i++) {
    const char = mappings[i];
    if (char !== ',' && char !== ';' && i !== mappings.length) continue;
    if (i > start) {
      const values = decodeSegment(mappings, start, i);
      column += values[0];
      const generatedColumn = line === 0 ? column + columnOffset : column;
      if (values.length < 4) {
        parsed.push([line + lineOffset, generatedColumn]);
      } else {
        source += values[1];
        originalLine += values[2];
        originalColumn += values[3];
        const entry = [line + lineOffset, generatedColumn, sourceOf(source), originalLine, originalColumn];
        if (values.length >= 5) {
          name += values[4];
          entry.push(names[name]);
        }
        parsed.push(entry);
      }
    }
    if (char === ';') {
      line++;
      column = 0;
    }
    start = i + 1;
  }
  return parsed;
}

/** Every mapping of a (possibly indexed) payload, sorted by generated line and column. */
function mappingsOf(payload) {
  if (!Array.isArray(payload.sections)) return parseMappings(payload, (index) => payload.sources?.[index]);
  const all = [];
  for (const { offset, map } of payload.sections) {
    const section = parseMappings(map, (index) => map.sources?.[index], offset.line, offset.column);
    for (const entry of section) all.push(entry);
  }
  return all.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** A deep enough copy of a payload that changing it changes nothing here. */
function clonePayload(payload) {
  const copy = { ...payload };
  for (const key of ['sources', 'sourcesContent', 'names']) if (Array.isArray(copy[key])) copy[key] = [...copy[key]];
  if (Array.isArray(copy.sections)) copy.sections = copy.sections.map((section) => ({ ...section, map: clonePayload(section.map) }));
  return copy;
}

class SourceMap {
  #payload;
  #mappings;
  #lineLengths;

  /**
   * `payload`: the parsed JSON of a source map. `lineLengths`: the generated file's line
   * lengths, which Node keeps for coverage; kept here only to be given back.
   */
  constructor(payload, { lineLengths } = {}) {
    validateObject(payload, 'payload');
    this.#payload = clonePayload(payload);
    this.#lineLengths = lineLengths;
    this.#mappings = mappingsOf(this.#payload);
  }

  get payload() {
    return clonePayload(this.#payload);
  }

  get lineLengths() {
    return this.#lineLengths === undefined ? undefined : [...this.#lineLengths];
  }

  /**
   * The mapping in force at a 0-based place of the generated code: the last one at or
   * before it (in any earlier line too), or `{}` when none is, or it maps to nothing.
   */
  findEntry(lineOffset, columnOffset) {
    const mappings = this.#mappings;
    let low = 0;
    let high = mappings.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const [line, column] = mappings[middle];
      if (line < lineOffset || (line === lineOffset && column <= columnOffset)) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    const entry = mappings[found];
    if (entry === undefined || entry.length < 5) return {};
    return {
      generatedLine: entry[0],
      generatedColumn: entry[1],
      originalSource: entry[2],
      originalLine: entry[3],
      originalColumn: entry[4],
      name: entry[5],
    };
  }

  /** The original place of a 1-based generated line and column, offset as far from its mapping. */
  findOrigin(lineNumber, columnNumber) {
    const entry = this.findEntry(lineNumber - 1, columnNumber - 1);
    if (entry.originalSource === undefined) return {};
    return {
      name: entry.name,
      fileName: entry.originalSource,
      lineNumber: entry.originalLine + 1 + (lineNumber - 1 - entry.generatedLine),
      columnNumber: entry.originalColumn + 1 + (columnNumber - 1 - entry.generatedColumn),
    };
  }
}

module.exports = { SourceMap };
