'use strict';
// path.matchesGlob: the glob semantics Node gets from minimatch with the
// options it passes (backslashes are separators, never escapes; no '!'
// negation, no '#' comments; case-sensitive). Braces, '*', '?', '[...]'
// classes (with POSIX names) and '**' segments are supported; extglobs
// ('+(a|b)' and kin) are not yet and throw ERR_NOT_IMPLEMENTED.

const { validateString } = require('internal/validators');

const kCacheLimit = 100;
const cache = new Map();

const kPosixClasses = {
  alnum: 'A-Za-z0-9', alpha: 'A-Za-z', ascii: '\\x00-\\x7f', blank: ' \\t', cntrl: '\\x00-\\x1f\\x7f',
  digit: '0-9', graph: '\\x21-\\x7e', lower: 'a-z', print: '\\x20-\\x7e',
  punct: '!-\\/:-@\\[-`{-~', space: ' \\t\\r\\n\\v\\f', upper: 'A-Z', word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9',
};

const escapeRe = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');

// {a,b} and {1..3} expansion (nested braces too); a brace without a comma
// or a range stays literal.
function expandBraces(pattern) {
  let depth = 0;
  let open = -1;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '{') {
      if (depth++ === 0) open = i;
    } else if (c === '}' && depth > 0 && --depth === 0) {
      const body = pattern.slice(open + 1, i);
      const pre = pattern.slice(0, open);
      const post = pattern.slice(i + 1);
      const alternatives = splitTopLevel(body);
      let items;
      if (alternatives.length > 1) {
        items = alternatives;
      } else {
        items = expandRange(body);
        if (items === null) {
          // literal braces: expand what follows only
          return expandBraces(post).map((rest) => `${pre}{${body}}${rest}`);
        }
      }
      const out = [];
      for (const item of items) {
        for (const rest of expandBraces(item + post)) out.push(pre + rest);
      }
      return out;
    }
  }
  return [pattern];
}

function splitTopLevel(body) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

function expandRange(body) {
  const m = /^(-?\d+)\.\.(-?\d+)(?:\.\.(-?\d+))?$/.exec(body) || /^([a-zA-Z])\.\.([a-zA-Z])(?:\.\.(-?\d+))?$/.exec(body);
  if (m === null) return null;
  const numeric = /\d/.test(m[1]);
  const from = numeric ? Number(m[1]) : m[1].charCodeAt(0);
  const to = numeric ? Number(m[2]) : m[2].charCodeAt(0);
  const step = Math.max(Math.abs(Number(m[3] || 1)), 1);
  const width = numeric && (/^-?0\d/.test(m[1]) || /^-?0\d/.test(m[2])) ? Math.max(m[1].length, m[2].length) : 0;
  const out = [];
  for (let v = from; from <= to ? v <= to : v >= to; v += from <= to ? step : -step) {
    if (!numeric) {
      out.push(String.fromCharCode(v));
    } else {
      let s = String(Math.abs(v));
      while (s.length < width - (v < 0 ? 1 : 0)) s = `0${s}`;
      out.push(v < 0 ? `-${s}` : s);
    }
  }
  return out;
}

// One pattern segment as a RegExp, or the string itself when it has no magic.
function compileSegment(seg) {
  if (seg === '**') return GLOBSTAR;
  let re = '';
  let magic = false;
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i];
    if (c === '*') {
      if (seg[i + 1] === '(') notImplemented();
      magic = true;
      while (seg[i + 1] === '*') i++;
      re += '[^/]*?';
    } else if (c === '?') {
      if (seg[i + 1] === '(') notImplemented();
      magic = true;
      re += '[^/]';
    } else if ((c === '+' || c === '@' || c === '!') && seg[i + 1] === '(') {
      notImplemented();
    } else if (c === '[') {
      const cls = parseClass(seg, i);
      if (cls === null) {
        re += '\\[';
      } else {
        magic = true;
        re += cls.re;
        i = cls.end;
      }
    } else {
      re += escapeRe(c);
    }
  }
  if (!magic) return seg;
  // a segment of only stars matches something
  if (/^\*+$/.test(seg)) re = '[^/]+?';
  // a wildcard never matches a leading dot, nor '.' and '..' at all
  const guard = seg[0] === '.' ? '(?!\\.\\.?$)' : '(?!\\.)';
  return new RegExp(`^${guard}${re}$`);
}

function parseClass(seg, start) {
  let i = start + 1;
  let negate = false;
  if (seg[i] === '!' || seg[i] === '^') {
    negate = true;
    i++;
  }
  let body = '';
  let first = true;
  for (; i < seg.length; i++) {
    const c = seg[i];
    if (c === ']' && !first) {
      if (body === '') return null;
      return { re: negate ? `(?!\\/)[^${body}]` : `[${body}]`, end: i };
    }
    first = false;
    if (c === '[' && seg[i + 1] === ':') {
      const close = seg.indexOf(':]', i + 2);
      const name = close === -1 ? '' : seg.slice(i + 2, close);
      if (Object.hasOwn(kPosixClasses, name)) {
        body += kPosixClasses[name];
        i = close + 1;
        continue;
      }
    }
    if (seg[i + 1] === '-' && seg[i + 2] !== undefined && seg[i + 2] !== ']') {
      const lo = c;
      const hi = seg[i + 2];
      if (hi < lo) return null;
      body += `${escapeRe(lo)}-${escapeRe(hi)}`;
      i += 2;
      continue;
    }
    body += c === '\\' ? '\\\\' : escapeRe(c);
  }
  return null;
}

function notImplemented() {
  const { ERR_NOT_IMPLEMENTED } = require('internal/errors').codes;
  throw new ERR_NOT_IMPLEMENTED('extglob patterns in path.matchesGlob()');
}

const GLOBSTAR = Symbol('globstar');

function segmentMatches(part, file) {
  return typeof part === 'string' ? part === file : part.test(file);
}

// Matches path segments against pattern segments; '**' takes zero or more
// segments, none of them starting with '.'.
function matchParts(files, fi, parts, pi) {
  for (; pi < parts.length; pi++, fi++) {
    const part = parts[pi];
    if (part === GLOBSTAR) {
      if (pi === parts.length - 1) {
        for (let j = fi; j < files.length; j++) {
          const f = files[j];
          if (f === '.' || f === '..' || f[0] === '.') return false;
        }
        return true;
      }
      for (let j = fi; j <= files.length; j++) {
        if (matchParts(files, j, parts, pi + 1)) return true;
        const f = files[j];
        if (f === undefined || f === '.' || f === '..' || f[0] === '.') return false;
      }
      return false;
    }
    if (fi >= files.length) return false;
    if (!segmentMatches(part, files[fi])) return false;
  }
  return fi === files.length || (fi === files.length - 1 && files[fi] === '');
}

function compile(pattern, windows) {
  pattern = pattern.replace(/\\/g, '/');
  const sets = [];
  for (const expanded of expandBraces(pattern)) {
    const segs = expanded.split('/');
    const parts = [];
    for (let i = 0; i < segs.length; i++) {
      // repeated '**' segments are one
      if (segs[i] === '**' && parts[parts.length - 1] === GLOBSTAR) continue;
      parts.push(compileSegment(segs[i]));
    }
    sets.push(parts);
  }
  return { sets, windows };
}

function matchGlob(path, pattern, windows) {
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  const key = `${windows ? 'win32' : 'posix'}:${pattern}`;
  let matcher = cache.get(key);
  if (matcher === undefined) {
    matcher = compile(pattern, windows);
    cache.set(key, matcher);
    if (cache.size >= kCacheLimit) cache.delete(cache.keys().next().value);
  }
  if (pattern === '') return path === '';
  // repeated separators count as one ('//server' keeps its leading pair on Windows)
  const p = windows ? path.replace(/\\/g, '/') : path;
  const files = windows && /^\/\/[^/]+/.test(p) ? ['', ...p.split(/\/+/)] : p.split(/\/+/);
  for (const parts of matcher.sets) {
    if (matchParts(files, 0, parts, 0)) return true;
  }
  return false;
}

module.exports = { matchGlob };
