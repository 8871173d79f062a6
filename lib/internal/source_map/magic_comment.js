'use strict';
// The URL of a script's last `//# sourceMappingURL=` (or `//@`) comment, as
// the engine's scanner would see it: text inside strings, template literals
// and regular expressions is no comment. A small tokenizer, enough to tell
// those apart (a `/` starts a regular expression where an operand may
// begin).

const kDirective = /^[#@] sourceMappingURL=(\S*)\s*$/;
// after these keywords an operand begins
const kOperandKeywords = new Set([
  'return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw',
  'case', 'do', 'else', 'yield', 'await',
]);

function isIdentChar(c) {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ||
    c === 36 || c === 95 || c > 127;
}

// index just past the quote closing the string opened at i
function skipString(src, i, quote) {
  for (let j = i + 1; j < src.length; j++) {
    const c = src.charCodeAt(j);
    if (c === 92) j++;
    else if (c === quote || c === 10) return j + 1;
  }
  return src.length;
}

// index just past the regular expression opened at i
function skipRegExp(src, i) {
  let inClass = false;
  for (let j = i + 1; j < src.length; j++) {
    const c = src.charCodeAt(j);
    if (c === 92) j++;
    else if (c === 10) return j;
    else if (c === 91) inClass = true;
    else if (c === 93) inClass = false;
    else if (c === 47 && !inClass) {
      j++;
      while (j < src.length && isIdentChar(src.charCodeAt(j))) j++;
      return j;
    }
  }
  return src.length;
}

function findSourceMappingURL(src) {
  let url;
  // open template literals: the brace depth at each `${`
  const templates = [];
  let depth = 0;
  let operand = true; // may an operand (so a regular expression) start here?
  let i = 0;
  let inTemplate = false;
  while (i < src.length) {
    if (inTemplate) {
      // template text up to its end or the next `${`
      let j = i;
      for (; j < src.length; j++) {
        const c = src.charCodeAt(j);
        if (c === 92) j++;
        else if (c === 96) break;
        else if (c === 36 && src.charCodeAt(j + 1) === 123) break;
      }
      if (j >= src.length) return url;
      if (src.charCodeAt(j) === 96) {
        inTemplate = false;
        operand = false;
        i = j + 1;
      } else {
        templates.push(depth);
        depth++;
        operand = true;
        i = j + 2;
      }
      continue;
    }
    const c = src.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      i++;
    } else if (c === 47 && src.charCodeAt(i + 1) === 47) {
      let end = src.indexOf('\n', i);
      if (end < 0) end = src.length;
      const m = kDirective.exec(src.slice(i + 2, end));
      if (m !== null) url = m[1];
      i = end;
    } else if (c === 47 && src.charCodeAt(i + 1) === 42) {
      const end = src.indexOf('*/', i + 2);
      i = end < 0 ? src.length : end + 2;
    } else if (c === 39 || c === 34) {
      i = skipString(src, i, c);
      operand = false;
    } else if (c === 96) {
      inTemplate = true;
      i++;
    } else if (c === 47) {
      if (operand) {
        i = skipRegExp(src, i);
        operand = false;
      } else {
        i++;
        operand = true;
      }
    } else if (isIdentChar(c)) {
      let j = i + 1;
      while (j < src.length && isIdentChar(src.charCodeAt(j))) j++;
      const word = src.slice(i, j);
      operand = kOperandKeywords.has(word);
      i = j;
    } else {
      if (c === 123) {
        depth++;
      } else if (c === 125) {
        depth--;
        if (templates.length > 0 && templates[templates.length - 1] === depth) {
          templates.pop();
          inTemplate = true;
          i++;
          continue;
        }
      }
      // after `)`, `]` and `}` an operator follows (a `}` ending a block
      // may start a regular expression; rare, and it only hides a comment)
      operand = !(c === 41 || c === 93 || c === 125);
      i++;
    }
  }
  return url;
}

module.exports = { findSourceMappingURL };
