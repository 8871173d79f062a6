'use strict';
// The source text of the call that made assert.ok() fail, for "The
// expression evaluated to a falsy value:\n\n  assert.ok(x)\n". Node reads
// the script source from V8; here the file is read again. The expression is
// cut from the call's line with a small tokenizer: from the start of the
// member chain naming the function to the parenthesis closing the call.

// Words that are not identifier tokens (acorn's keyword list).
const kKeywords = new Set(['break', 'case', 'catch', 'continue', 'debugger', 'default', 'do',
  'else', 'finally', 'for', 'function', 'if', 'return', 'switch', 'throw', 'try', 'var',
  'while', 'with', 'null', 'true', 'false', 'instanceof', 'typeof', 'void', 'delete', 'new',
  'in', 'this', 'const', 'class', 'extends', 'export', 'import', 'super']);

const identStart = /[\p{ID_Start}$_\\]/u;
const identPart = /[\p{ID_Continue}$\u200c\u200d\\]/u;
const numberRe = /(?:0[xXoObB][\da-fA-F_]+|(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d+)?)n?/y;

// Tokens after which a "/" divides instead of starting a regular expression.
function endsOperand(tok) {
  if (tok === undefined) return false;
  if (tok.type === 'name' || tok.type === 'num' || tok.type === 'string' || tok.type === 'template' ||
      tok.type === 'regexp') return true;
  if (tok.type === 'keyword') return tok.value === 'this' || tok.value === 'super' ||
    tok.value === 'null' || tok.value === 'true' || tok.value === 'false';
  return tok.value === ')' || tok.value === ']' || tok.value === '}';
}

// Index just past a string literal opened at i; -1 when unterminated.
function skipString(src, i) {
  const q = src[i];
  for (i++; i < src.length; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === q) return i + 1;
  }
  return -1;
}

// Index just past a template literal opened at i (substitutions included).
function skipTemplate(src, i) {
  for (i++; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
    } else if (c === '`') {
      return i + 1;
    } else if (c === '$' && src[i + 1] === '{') {
      let depth = 1;
      for (i += 2; i < src.length && depth > 0; i++) {
        const d = src[i];
        if (d === '{') depth++;
        else if (d === '}') depth--;
        else if (d === '\'' || d === '"') {
          const e = skipString(src, i);
          if (e < 0) return -1;
          i = e - 1;
        } else if (d === '`') {
          const e = skipTemplate(src, i);
          if (e < 0) return -1;
          i = e - 1;
        }
      }
      i--;
    }
  }
  return -1;
}

function skipRegExp(src, i) {
  let inClass = false;
  for (i++; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) {
      i++;
      while (i < src.length && identPart.test(src[i])) i++;
      return i;
    }
  }
  return -1;
}

// Tokens of one line: { type, value, start }. Stops at anything it cannot
// read (the line may end inside a literal).
function tokenize(src) {
  const toks = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === '\v' || c === '\f' ||
        c === '\u00a0' || c === '\ufeff') {
      i++;
      continue;
    }
    if (c === '/' && src[i + 1] === '/') break;
    if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      if (end < 0) break;
      i = end + 2;
      continue;
    }
    const start = i;
    const last = toks[toks.length - 1];
    if (identStart.test(c)) {
      i++;
      while (i < src.length && identPart.test(src[i])) i++;
      const word = src.slice(start, i);
      toks.push({ type: kKeywords.has(word) ? 'keyword' : 'name', value: word, start });
      continue;
    }
    if ((c >= '0' && c <= '9') || (c === '.' && src[i + 1] >= '0' && src[i + 1] <= '9')) {
      numberRe.lastIndex = i;
      const m = numberRe.exec(src);
      i += m === null ? 1 : m[0].length;
      toks.push({ type: 'num', value: src.slice(start, i), start });
      continue;
    }
    if (c === '\'' || c === '"') {
      i = skipString(src, i);
      if (i < 0) break;
      toks.push({ type: 'string', value: src.slice(start, i), start });
      continue;
    }
    if (c === '`') {
      i = skipTemplate(src, i);
      if (i < 0) break;
      toks.push({ type: 'template', value: src.slice(start, i), start });
      continue;
    }
    if (c === '/' && !endsOperand(last)) {
      i = skipRegExp(src, i);
      if (i < 0) break;
      toks.push({ type: 'regexp', value: src.slice(start, i), start });
      continue;
    }
    if (c === '?' && src[i + 1] === '.' && !(src[i + 2] >= '0' && src[i + 2] <= '9')) {
      i += 2;
      toks.push({ type: 'punct', value: '?.', start });
      continue;
    }
    if (c === '#' && i + 1 < src.length && identStart.test(src[i + 1])) {
      i++;
      while (i < src.length && identPart.test(src[i])) i++;
      toks.push({ type: 'private', value: src.slice(start, i), start });
      continue;
    }
    i++;
    toks.push({ type: 'punct', value: c, start });
  }
  return toks;
}

const isMemberAccess = (t) => t.type === 'punct' &&
  (t.value === '.' || t.value === '?.' || t.value === '[' || t.value === ']');
const isMemberName = (t) => t.type === 'name' || t.type === 'string' || t.type === 'num';

// col: the 1-based column the stack gives for the call. The engine puts it
// at the call's "(", V8 at the called name: convert to V8's position.
function firstExpression(line, col) {
  const toks = tokenize(line);
  let at = col - 1;
  const idx = toks.findIndex((t) => t.start === at);
  if (idx > 0 && toks[idx].value === '(' && toks[idx].type === 'punct' && toks[idx - 1].type === 'name') {
    at = toks[idx - 1].start;
  }
  let chainStart = null; // the name opening the member chain before `at`
  let last;
  let depth = 0;
  let end;
  for (const t of toks) {
    if (t.start < at) {
      if (t.type === 'punct' && t.value === ';') {
        chainStart = null;
        continue;
      }
      if (isMemberAccess(t) && last !== undefined && last.type === 'name') {
        chainStart ??= last;
      } else if (!isMemberAccess(t) && !isMemberName(t)) {
        chainStart = null;
      }
      last = t;
      continue;
    }
    if (t.type !== 'punct') continue;
    if (t.value === '(') {
      depth++;
    } else if (t.value === ')') {
      depth--;
      if (depth === 0) {
        end = t.start + 1;
        break;
      }
    } else if (t.value === ';') {
      end = 0; // as Node: a statement end before the call closes yields nothing
      break;
    }
  }
  const start = chainStart === null ? at : chainStart.start;
  return line.slice(start, end);
}

function readSource(url) {
  try {
    if (url === '[eval]') return internalBinding('process').evalSource;
    let path = url;
    if (path.startsWith('file://')) path = decodeURIComponent(path.slice(7));
    if (path[0] !== '/') return undefined;
    return internalBinding('fs').readFileUtf8(path);
  } catch {
    return undefined;
  }
}

// eslint-disable-next-line no-control-regex
const controlChars = /[\x00-\x08\x0b\x0c\x0e-\x1f]/g;
function escapeControl(c) {
  const code = c.charCodeAt(0);
  if (code === 8) return '\\b';
  if (code === 12) return '\\f';
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

const isAssertFrame = (url) => url === 'node:internal/errors/stack' || url === 'node:assert' || url === 'node:assert/strict' ||
  (typeof url === 'string' && url.startsWith('node:internal/assert/'));

let stackSites;

// The failing call's source, or undefined when it cannot be read. The call
// site is the first frame outside assert itself (looking frames up by
// function identity fails once the engine has inlined the function).
function callSourceOf() {
  // whole stack, whatever Error.stackTraceLimit says (Node reads the call
  // site even with the limit at 0); no function to cut at: the engine can
  // lose a frame once its function is inlined
  stackSites ??= require('internal/errors/stack').callSites;
  const frames = stackSites(undefined, 64).map((c) =>
    ({ url: c.getFileName(), line: c.getLineNumber(), col: c.getColumnNumber() }));
  let i = 0;
  while (i < frames.length && isAssertFrame(frames[i].url)) i++;
  // Reflect.apply and friends show no frame in V8
  while (i < frames.length - 1 && frames[i].url === null) i++;
  const site = frames[i];
  if (site === undefined) return undefined;
  const { url, line: lineNo, col } = site;
  if (typeof url !== 'string' || !lineNo || !col) return undefined;
  const text = readSource(url);
  if (typeof text !== 'string') return undefined;
  const line = text.split(/\r?\n|\r|\u2028|\u2029/)[lineNo - 1];
  if (line === undefined) return undefined;
  const expr = firstExpression(line, col);
  if (!expr) return undefined;
  return expr.replace(controlChars, escapeControl);
}

module.exports = { callSourceOf, firstExpression };
