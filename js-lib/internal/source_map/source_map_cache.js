'use strict';
// Source maps, on with `--enable-source-maps` or `process.setSourceMapsEnabled(true)`:
// each module compiled while they are on has its `sourceMappingURL` noted (a file
// beside it or a `data:` URL), read and parsed the first time a stack or
// `module.findSourceMap` needs it, under the program's own file grants. Stack frames in
// generated code then name the original file, line and column, as Node's do.

const { SourceMap } = require('internal/source_map/source_map');
const { validateBoolean } = require('internal/validators');
const { isFailure, readFileUtf8 } = require('internal/fs/utils');

let enabled = false;

/**
 * What is known of each generated file's map, by the file's URL: `{ url, lineLengths }`
 * until it is read, then `{ map }` (a SourceMap, or null when it could not be read).
 */
const maps = new Map();
/** The original sources' text the maps carry (`sourcesContent`), by the source's URL. */
const originalSources = new Map();

const sourceMappingComment = /\/[*/][#@]\s*sourceMappingURL=([^\s*]+)/g;

let url;
function urlModule() {
  url ??= require('internal/url');
  return url;
}

function setSourceMapsEnabled(value) {
  validateBoolean(value, 'val');
  enabled = value;
}

function sourceMapsEnabled() {
  return enabled;
}

function fileURL(filename) {
  return filename.startsWith('file://') ? filename : urlModule().pathToFileURL(filename).href;
}

/** Notes the map a module names in its last `sourceMappingURL` comment, while maps are on. */
function maybeCacheSourceMap(filename, content) {
  if (!enabled || typeof content !== 'string' || !content.includes('sourceMappingURL')) return;
  let last;
  for (const match of content.matchAll(sourceMappingComment)) last = match[1];
  if (last === undefined) return;
  const generated = fileURL(filename);
  let mapURL;
  try {
    mapURL = new URL(last, generated).href;
  } catch {
    return;
  }
  maps.set(generated, { url: mapURL, lineLengths: content.split('\n').map((line) => line.length) });
}

/** A `data:` URL's text: base64 or percent-encoded. */
function dataURLText(mapURL) {
  const comma = mapURL.indexOf(',');
  if (comma === -1) return undefined;
  const data = mapURL.slice(comma + 1);
  if (mapURL.slice(0, comma).endsWith(';base64')) return require('buffer').Buffer.from(data, 'base64').toString('utf8');
  return decodeURIComponent(data);
}

/** The JSON of a map: inline, or a file read under the program's grants (else undefined). */
function readMapText(mapURL) {
  if (mapURL.startsWith('data:')) return dataURLText(mapURL);
  if (!mapURL.startsWith('file:')) return undefined;
  const text = readFileUtf8(urlModule().fileURLToPath(mapURL));
  return isFailure(text) ? undefined : text;
}

/**
 * Its sources as absolute URLs, with `sourceRoot` before each, as Node's cache makes
 * them: relative to the map's file, or to the generated file for an inline map.
 */
function withAbsoluteSources(payload, base) {
  const root = typeof payload.sourceRoot === 'string' ? payload.sourceRoot : '';
  const resolve = (source) => {
    try {
      return new URL(`${root}${source}`, base).href;
    } catch {
      return `${root}${source}`;
    }
  };
  if (Array.isArray(payload.sources)) payload.sources = payload.sources.map(resolve);
  // The root is in each source now.
  payload.sourceRoot = '';
  if (Array.isArray(payload.sections)) for (const { map } of payload.sections) withAbsoluteSources(map, base);
  return payload;
}

function rememberSourcesContent(payload) {
  const { sources, sourcesContent } = payload;
  if (Array.isArray(sources) && Array.isArray(sourcesContent)) {
    sources.forEach((source, i) => {
      if (typeof sourcesContent[i] === 'string') originalSources.set(source, sourcesContent[i]);
    });
  }
  if (Array.isArray(payload.sections)) for (const { map } of payload.sections) rememberSourcesContent(map);
}

/** The SourceMap of a generated file (its path or file URL), read on first use; undefined without one. */
function findSourceMap(sourceURL) {
  const generated = fileURL(sourceURL);
  const entry = maps.get(generated);
  if (entry === undefined) return undefined;
  if (entry.map === undefined) {
    entry.map = null;
    try {
      const text = readMapText(entry.url);
      if (text !== undefined) {
        const payload = withAbsoluteSources(JSON.parse(text), entry.url.startsWith('data:') ? generated : entry.url);
        rememberSourcesContent(payload);
        entry.map = new SourceMap(payload, { lineLengths: entry.lineLengths });
      }
    } catch {
      // A map that cannot be read or parsed maps nothing, as in Node.
    }
  }
  return entry.map ?? undefined;
}

/** A source URL as a stack shows it: a path for a file. */
function displayName(source) {
  if (!source.startsWith('file://')) return source;
  try {
    return urlModule().fileURLToPath(source);
  } catch {
    return source;
  }
}

/** `file:line:column` in generated code, as the original's, when a map says where it came from. */
function originalLocation(file, line, column) {
  const entry = findSourceMap(file)?.findEntry(line - 1, column - 1);
  if (entry?.originalSource === undefined) return undefined;
  return `${displayName(entry.originalSource)}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
}

const frameLocation = /^( {4}at (?:.*? \()?)((?:\/|file:\/\/)[^():]*):(\d+):(\d+)(\)?)$/gm;

/** Stack frame lines with generated places replaced by their original ones, while maps are on. */
function mapFrames(frames) {
  if (!enabled || maps.size === 0) return frames;
  return frames.replace(frameLocation, (whole, before, file, line, column, after) => {
    const original = originalLocation(file, Number(line), Number(column));
    return original === undefined ? whole : `${before}${original}${after}`;
  });
}

/** The text of an original source a map carried, by its path. */
function originalSourceText(file) {
  return originalSources.get(fileURL(file));
}

module.exports = {
  setSourceMapsEnabled,
  sourceMapsEnabled,
  maybeCacheSourceMap,
  findSourceMap,
  mapFrames,
  originalSourceText,
};
