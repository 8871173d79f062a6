'use strict';
// Colour for a regular expression's text ("/source/flags") as Node 26 prints
// it: one pass over the pattern, each token coloured by its nesting level
// (palette[level % palette.length]). Groups and classes open a level; atoms
// sit one level below their container, `.` two and operators three. It is a
// tolerant highlighter, not a parser: unclosed braces fall back to plain
// tokens, and the output stripped of colours is always the input.

const isDigit = (c) => c >= '0' && c <= '9';

// `palette`: [open, close] escape pairs, at least one.
function highlightRegExp(text, palette) {
  let out = '';
  let level = 0;
  let i = 0;
  const n = text.length;

  const emit = (str, lvl) => {
    const color = palette[lvl % palette.length] ?? palette[0];
    out += color[0] + str + color[1];
  };

  // A delimited run starting at text[i] (the opener, already part of
  // `head`): `head` and `tail` at level - drop, the run inside one deeper.
  // Without its closer, only `head` is written and the rest read again.
  const delimited = (head, tail, drop) => {
    const from = ++i;
    while (i < n && text[i] !== tail) i++;
    if (i < n) {
      emit(head, level - drop);
      emit(text.slice(from, i), level - drop + 1);
      emit(tail, level - drop);
      i++;
    } else {
      emit(head, level + 1);
      i = from;
    }
  };

  emit('/', level);
  level++;
  i = 1;
  let inClass = false;
  let closed = false;
  while (i < n && !closed) {
    const ch = text[i];
    if (inClass) {
      if (ch === '\\') {
        let esc = '\\';
        i++;
        if (i < n) {
          esc += text[i++];
          const kind = esc[1];
          if ((kind === 'u' || kind === 'p' || kind === 'P') && text[i] === '{') {
            delimited(`${esc}{`, '}', 0);
            continue;
          }
          if (kind === 'x') {
            esc += text.slice(i, i + 2);
            i += 2;
          }
        }
        emit(esc, level);
      } else if (ch === ']') {
        level--;
        emit(']', level);
        i++;
        inClass = false;
      } else if (ch === '-' && text[i - 1] !== '[' && i + 1 < n && text[i + 1] !== ']') {
        emit('-', level + 1); // a range
        i++;
      } else {
        emit(ch, level);
        i++;
      }
      continue;
    }
    switch (ch) {
      case '[':
        emit('[', level);
        level++;
        i++;
        inClass = true;
        break;
      case '(':
        emit('(', level);
        level++;
        i++;
        if (text[i] === '?') groupKind();
        break;
      case ')':
        level--;
        emit(')', level);
        i++;
        break;
      case '\\':
        escape();
        break;
      case '|': case '+': case '*': case '?': case ',': case '^': case '$':
        emit(ch, level + 3);
        i++;
        break;
      case '{':
        quantifier();
        break;
      case '.':
        emit('.', level + 2);
        i++;
        break;
      case '/': // the closing delimiter
        closed = true;
        break;
      default:
        emit(ch, level + 1);
        i++;
    }
  }
  // closing delimiter, then the flags
  emit('/', level - 1);
  i++;
  if (i < n) emit(text.slice(i), level);
  return out;

  // After "(?": lookarounds, non-capturing and named groups.
  function groupKind() {
    i++;
    const a = text[i] ?? '';
    const b = text[i + 1] ?? '';
    if (a === ':' || a === '=' || a === '!') {
      emit(`?${a}`, level - 1);
      i++;
    } else if (a === '<' && (b === '=' || b === '!')) {
      emit(`?<${b}`, level - 1);
      i += 2;
    } else if (a === '<') {
      const from = ++i;
      while (i < n && text[i] !== '>') i++;
      const name = text.slice(from, i);
      if (i < n) {
        emit('?<', level - 1);
        emit(name, level);
        emit('>', level - 1);
        i++;
      } else {
        emit('?<', level - 1);
        emit(name, level);
      }
    } else {
      emit('?', level);
    }
  }

  function escape() {
    let esc = '\\';
    i++;
    if (i < n) {
      esc += text[i++];
      const kind = esc[1];
      if (i < n) {
        if ((kind === 'u' || kind === 'p' || kind === 'P') && text[i] === '{') {
          delimited(`${esc}{`, '}', 0);
          return;
        }
        if (kind === 'k' && text[i] === '<') {
          delimited(`${esc}<`, '>', 1);
          return;
        }
        if (kind === 'x') {
          esc += text.slice(i, i + 2);
          i += 2;
        } else if (isDigit(kind)) {
          while (i < n && isDigit(text[i])) esc += text[i++];
        }
      }
    }
    emit(esc, level + 1);
  }

  // "{m}", "{m,}", "{m,n}", "{,n}" and a lazy "?" after it; a brace that
  // starts none of these is a literal.
  function quantifier() {
    i++;
    let min = '';
    while (i < n && isDigit(text[i])) min += text[i++];
    if (min !== '') {
      emit('{', level);
      level++;
      emit(min, level + 1);
    }
    if (i < n) {
      if (text[i] === ',') {
        if (min === '') {
          emit('{', level);
          level++;
        }
        emit(',', level);
        i++;
      } else if (min === '') {
        emit('{', level + 1);
        return;
      }
    }
    let max = '';
    while (i < n && isDigit(text[i])) max += text[i++];
    if (max !== '') emit(max, level + 1);
    if (i < n && text[i] === '}') {
      level--;
      emit('}', level);
      i++;
    }
    if (i < n && text[i] === '?') {
      emit('?', level + 3);
      i++;
    }
  }
}

module.exports = { highlightRegExp };
