'use strict';
// --enable-source-maps: scripts name their source map in a
// `//# sourceMappingURL=` comment (a data: URL or a URL relative to the
// script); stack traces then show the original positions. Maps are read
// when the script loads and decoded on the first lookup.

// (loaded only with the option on)
const { findSourceMappingURL } = require('internal/source_map/magic_comment');

let urlModule;
function url() {
  if (urlModule === undefined) urlModule = require('internal/url');
  return urlModule;
}

// frame URL (a file name or a file: URL) -> { mapURL, payload, decoded }
const cache = new Map();

function dataURLText(href) {
  const m = /^data:([^,]*?)(;base64)?,(.*)$/s.exec(href);
  if (m === null) return undefined;
  const { Buffer } = require('buffer');
  if (m[2]) return Buffer.from(decodeURIComponent(m[3]), 'base64').toString('utf8');
  return decodeURIComponent(m[3]);
}

// Reads the map named in `source`, the code of the script at frameURL.
function maybeCacheSourceMap(frameURL, source) {
  cache.delete(frameURL);
  const ref = findSourceMappingURL(source);
  if (ref === undefined || ref === '') return;
  const { URL, pathToFileURL, fileURLToPath } = url();
  const scriptURL = frameURL.startsWith('file:') ? frameURL : pathToFileURL(frameURL).href;
  let mapURL;
  let text;
  try {
    mapURL = new URL(ref, scriptURL).href;
    if (mapURL.startsWith('data:')) {
      text = dataURLText(mapURL);
      mapURL = scriptURL; // sources resolve against the script
    } else if (mapURL.startsWith('file:')) {
      text = require('fs').readFileSync(fileURLToPath(mapURL), 'utf8');
    }
    if (text === undefined) return;
    const payload = JSON.parse(text);
    if (payload === null || typeof payload !== 'object') return;
    cache.set(frameURL, { mapURL, payload, decoded: undefined });
  } catch {
    // an unreadable or malformed map leaves the positions as they are
  }
}

// --- decoding the "mappings" field ---

const kBase64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const kDigit = new Int8Array(128).fill(-1);
for (let i = 0; i < kBase64.length; i++) kDigit[kBase64.charCodeAt(i)] = i;

// Each generated line: a flat array of [column, source, line, column]
// quadruples (source -1 when the segment maps nowhere), sorted by column.
function decodeMappings(mappings) {
  const lines = [];
  let line = [];
  let source = 0;
  let origLine = 0;
  let origCol = 0;
  let genCol = 0;
  const fields = [];
  let i = 0;
  const n = mappings.length;
  while (i <= n) {
    const c = i < n ? mappings.charCodeAt(i) : 59;
    if (c === 59 || c === 44) { // ';' or ','
      i++;
      if (fields.length > 0) {
        genCol += fields[0];
        if (fields.length >= 4) {
          source += fields[1];
          origLine += fields[2];
          origCol += fields[3];
          line.push(genCol, source, origLine, origCol);
        } else {
          line.push(genCol, -1, 0, 0);
        }
        fields.length = 0;
      }
      if (c === 59) {
        lines.push(line);
        line = [];
        genCol = 0;
      }
      continue;
    }
    // one base64 VLQ value: 5 bits a digit, continuation bit 32, sign bit 1
    let value = 0;
    let shift = 0;
    let digit;
    do {
      const d = i < n ? mappings.charCodeAt(i++) : -1;
      digit = d >= 0 && d < 128 ? kDigit[d] : -1;
      if (digit < 0) throw new Error('invalid source map mappings');
      value += (digit & 31) * 2 ** shift;
      shift += 5;
    } while (digit & 32);
    fields.push(value % 2 === 1 ? -(value - 1) / 2 : value / 2);
  }
  for (const l of lines) sortSegments(l);
  return lines;
}

function sortSegments(l) {
  for (let k = 4; k < l.length; k += 4) {
    if (l[k] < l[k - 4]) {
      const quads = [];
      for (let j = 0; j < l.length; j += 4) quads.push(l.slice(j, j + 4));
      quads.sort((a, b) => a[0] - b[0]);
      l.length = 0;
      for (const q of quads) l.push(...q);
      return;
    }
  }
}

// The original position of 1-based (line, col) in the script at frameURL:
// { url, line, col, content } (1-based; url a path for file: sources;
// content the source's text when the map holds it), or undefined.
function findOriginal(frameURL, line, col) {
  if (cache.size === 0) return undefined;
  const entry = cache.get(frameURL);
  if (entry === undefined) return undefined;
  const map = entry.payload;
  if (entry.decoded === undefined) {
    try {
      entry.decoded = typeof map.mappings === 'string' ? decodeMappings(map.mappings) : [];
    } catch {
      entry.decoded = [];
    }
  }
  const segs = entry.decoded[line - 1];
  if (segs === undefined || segs.length === 0) return undefined;
  // the last segment starting at or before the column
  const target = col - 1;
  let lo = 0;
  let hi = segs.length / 4 - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segs[mid * 4] <= target) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (found < 0) return undefined;
  const source = segs[found * 4 + 1];
  if (source < 0 || !Array.isArray(map.sources) || typeof map.sources[source] !== 'string') {
    return undefined;
  }
  let sourceURL;
  try {
    const root = typeof map.sourceRoot === 'string' && map.sourceRoot !== '' ?
      `${map.sourceRoot.replace(/\/?$/, '/')}` : '';
    sourceURL = new (url().URL)(root + map.sources[source], entry.mapURL).href;
  } catch {
    return undefined;
  }
  if (sourceURL.startsWith('file:')) sourceURL = url().fileURLToPath(sourceURL);
  const content = Array.isArray(map.sourcesContent) && typeof map.sourcesContent[source] === 'string' ?
    map.sourcesContent[source] : undefined;
  return { url: sourceURL, line: segs[found * 4 + 2] + 1, col: segs[found * 4 + 3] + 1, content };
}

module.exports = { maybeCacheSourceMap, findOriginal };
