/* The lexer (see lex.h). Works on UTF-8 bytes; ASCII takes the fast paths. */
#include <string.h>

#include "esm/lex.h"

void nd_lex_init(nd_lex_t *lx, const char *src, uint32_t len) {
  memset(lx, 0, sizeof *lx);
  lx->src = src;
  lx->len = len;
  /* a hashbang line is a comment */
  if (len >= 2 && src[0] == '#' && src[1] == '!') {
    uint32_t p = 2;
    while (p < len && !nd_lex_newline_at(src + p, src + len)) p++;
    lx->pos = p;
  }
}

/* Decodes one UTF-8 sequence at p; *n gets its byte length. Bad bytes give
 * U+FFFD with length 1, which the lexer then rejects. */
static uint32_t utf8_decode(const unsigned char *p, const unsigned char *end, int *n) {
  uint32_t c = p[0];
  if (c < 0x80) {
    *n = 1;
    return c;
  }
  int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
  if (len == 0 || end - p < len || c > 0xF4) goto bad;
  uint32_t cp = c & (0x3F >> (len - 1));
  for (int i = 1; i < len; i++) {
    if ((p[i] & 0xC0) != 0x80) goto bad;
    cp = (cp << 6) | (p[i] & 0x3F);
  }
  if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
      cp > 0x10FFFF)
    goto bad;
  *n = len;
  return cp;
bad:
  *n = 1;
  return 0xFFFD0000u; /* not a code point: marks a bad byte */
}

int nd_lex_units_at(const char *p, const char *end, int *bytes) {
  uint32_t cp = utf8_decode((const unsigned char *)p, (const unsigned char *)end, bytes);
  return cp >= 0x10000 && cp <= 0x10FFFF ? 2 : 1;
}

int nd_lex_newline_at(const char *p, const char *end) {
  unsigned char c = (unsigned char)*p;
  if (c == '\n') return 1;
  if (c == '\r') return (end - p > 1 && p[1] == '\n') ? 2 : 1;
  if (c == 0xE2 && end - p >= 3 && (unsigned char)p[1] == 0x80 &&
      ((unsigned char)p[2] == 0xA8 || (unsigned char)p[2] == 0xA9))
    return 3;
  return 0;
}

static bool is_space_cp(uint32_t c) {
  return c == 0xA0 || c == 0xFEFF || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
         c == 0x202F || c == 0x205F || c == 0x3000;
}

/* Identifier characters beyond ASCII: every code point that is not space,
 * a line terminator or a bad byte (looser than ID_Start/ID_Continue, which
 * would need Unicode tables; the engine rejects the rest). */
static bool is_id_cp(uint32_t c) {
  return c < 0x110000 && !is_space_cp(c) && c != 0x2028 && c != 0x2029;
}

static const uint8_t ascii_id[128] = {
    ['$'] = 1, ['_'] = 1,
    ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1,
    ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1,
    ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
    ['y'] = 1, ['z'] = 1,
    ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1,
    ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1,
    ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1,
    ['Y'] = 1, ['Z'] = 1,
    ['0'] = 2, ['1'] = 2, ['2'] = 2, ['3'] = 2, ['4'] = 2, ['5'] = 2, ['6'] = 2, ['7'] = 2,
    ['8'] = 2, ['9'] = 2,
};

static int hexval(int c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

static bool fail(nd_lex_t *lx, const char *msg, uint32_t pos) {
  if (!lx->err) {
    lx->err = msg;
    lx->err_pos = pos;
  }
  return false;
}

#define INVALID "Invalid or unexpected token"

/* \uXXXX or \u{X...} at p (p at the backslash); the code point or -1. */
static long read_unicode_escape(const char *s, uint32_t len, uint32_t *p) {
  uint32_t i = *p;
  if (i + 1 >= len || s[i + 1] != 'u') return -1;
  i += 2;
  long cp = 0;
  if (i < len && s[i] == '{') {
    i++;
    int digits = 0;
    while (i < len && hexval(s[i]) >= 0) {
      cp = cp * 16 + hexval(s[i]);
      if (cp > 0x10FFFF) return -1;
      i++;
      digits++;
    }
    if (digits == 0 || i >= len || s[i] != '}') return -1;
    i++;
  } else {
    for (int k = 0; k < 4; k++, i++) {
      if (i >= len || hexval(s[i]) < 0) return -1;
      cp = cp * 16 + hexval(s[i]);
    }
  }
  *p = i;
  return cp;
}

static nd_kw_t keyword(const char *s, uint32_t n) {
#define K(str, kw) \
  if (n == sizeof str - 1 && memcmp(s, str, n) == 0) return kw
  switch (s[0]) {
  case 'a': K("await", KW_AWAIT); K("async", KW_ASYNC); K("as", KW_AS);
    K("arguments", KW_ARGUMENTS); break;
  case 'b': K("break", KW_BREAK); break;
  case 'c': K("const", KW_CONST); K("class", KW_CLASS); K("case", KW_CASE);
    K("catch", KW_CATCH); K("continue", KW_CONTINUE); K("constructor", KW_CONSTRUCTOR); break;
  case 'd': K("default", KW_DEFAULT); K("delete", KW_DELETE); K("do", KW_DO);
    K("debugger", KW_DEBUGGER); break;
  case 'e': K("else", KW_ELSE); K("export", KW_EXPORT); K("extends", KW_EXTENDS);
    K("enum", KW_ENUM); K("eval", KW_EVAL); break;
  case 'f': K("function", KW_FUNCTION); K("for", KW_FOR); K("false", KW_FALSE);
    K("finally", KW_FINALLY); K("from", KW_FROM); break;
  case 'g': K("get", KW_GET); break;
  case 'i': K("if", KW_IF); K("in", KW_IN); K("import", KW_IMPORT);
    K("instanceof", KW_INSTANCEOF); K("implements", KW_IMPLEMENTS);
    K("interface", KW_INTERFACE); break;
  case 'l': K("let", KW_LET); break;
  case 'm': K("meta", KW_META); break;
  case 'n': K("new", KW_NEW); K("null", KW_NULL); break;
  case 'o': K("of", KW_OF); break;
  case 'p': K("package", KW_PACKAGE); K("private", KW_PRIVATE); K("protected", KW_PROTECTED);
    K("public", KW_PUBLIC); break;
  case 'r': K("return", KW_RETURN); break;
  case 's': K("super", KW_SUPER); K("switch", KW_SWITCH); K("static", KW_STATIC);
    K("set", KW_SET); K("source", KW_SOURCE); break;
  case 't': K("this", KW_THIS); K("true", KW_TRUE); K("typeof", KW_TYPEOF); K("try", KW_TRY);
    K("throw", KW_THROW); K("target", KW_TARGET); break;
  case 'u': K("using", KW_USING); break;
  case 'v': K("var", KW_VAR); K("void", KW_VOID); break;
  case 'w': K("while", KW_WHILE); K("with", KW_WITH); break;
  case 'y': K("yield", KW_YIELD); break;
  }
#undef K
  return KW_NONE;
}

/* Scans identifier characters from p; returns the end, or 0 on a bad escape. */
static uint32_t scan_ident(nd_lex_t *lx, uint32_t p, bool *escaped) {
  const char *s = lx->src;
  for (;;) {
    if (p >= lx->len) return p;
    unsigned char c = (unsigned char)s[p];
    if (c < 128) {
      if (ascii_id[c]) {
        p++;
        continue;
      }
      if (c == '\\') {
        uint32_t q = p;
        long cp = read_unicode_escape(s, lx->len, &q);
        if (cp < 0 || !(cp < 128 ? ascii_id[cp] : is_id_cp((uint32_t)cp))) {
          fail(lx, "Invalid Unicode escape sequence", p);
          return 0;
        }
        *escaped = true;
        p = q;
        continue;
      }
      return p;
    }
    int n;
    uint32_t cp = utf8_decode((const unsigned char *)s + p, (const unsigned char *)s + lx->len, &n);
    if (!is_id_cp(cp)) return p;
    p += n;
  }
}

static bool is_digit_of(int c, int base) {
  if (base == 16) return hexval(c) >= 0;
  return c >= '0' && c < '0' + base;
}

/* Digits of base with numeric separators; p at the first digit. */
static bool scan_digits(nd_lex_t *lx, uint32_t *pp, int base, bool allow_sep) {
  uint32_t p = *pp;
  const char *s = lx->src;
  if (p >= lx->len || !is_digit_of(s[p], base)) return fail(lx, INVALID, p);
  while (p < lx->len) {
    if (is_digit_of(s[p], base)) {
      p++;
    } else if (s[p] == '_' && allow_sep) {
      if (p + 1 < lx->len && s[p + 1] == '_')
        return fail(lx, "Only one underscore is allowed as numeric separator", p + 1);
      if (p + 1 >= lx->len || !is_digit_of(s[p + 1], base))
        return fail(lx, "Numeric separators are not allowed at the end of numeric literals", p);
      p++;
    } else {
      break;
    }
  }
  *pp = p;
  return true;
}

static bool scan_number(nd_lex_t *lx, uint32_t p) {
  const char *s = lx->src;
  uint32_t len = lx->len;
  nd_tok_t *t = &lx->tok;
  t->type = T_NUM;
  bool is_int = true;
  if (s[p] == '0' && p + 1 < len && strchr("xXoObB", s[p + 1]) && s[p + 1]) {
    int c = s[p + 1] | 0x20;
    int base = c == 'x' ? 16 : c == 'o' ? 8 : 2;
    p += 2;
    if (!scan_digits(lx, &p, base, true)) return false;
  } else if (s[p] == '0' && p + 1 < len && s[p + 1] >= '0' && s[p + 1] <= '9') {
    /* legacy octal 010 or 08: errors in strict code (the parser says so) */
    t->legacy_octal = true;
    while (p < len && s[p] >= '0' && s[p] <= '9') p++;
    is_int = false;
    if (p < len && s[p] == '_') return fail(lx, INVALID, p);
  } else {
    if (s[p] != '.') {
      if (!scan_digits(lx, &p, 10, s[p] != '0' || (p + 1 < len && s[p + 1] != '_')))
        return false;
      if (p < len && s[p] == '_') return fail(lx, INVALID, p);
    }
    if (p < len && s[p] == '.') {
      is_int = false;
      p++;
      if (p < len && s[p] >= '0' && s[p] <= '9' && !scan_digits(lx, &p, 10, true)) return false;
    }
    if (p < len && (s[p] | 0x20) == 'e') {
      is_int = false;
      p++;
      if (p < len && (s[p] == '+' || s[p] == '-')) p++;
      if (!scan_digits(lx, &p, 10, true)) return false;
    }
  }
  if (p < len && s[p] == 'n') {
    if (!is_int) return fail(lx, INVALID, p);
    t->type = T_BIGINT;
    p++;
  }
  if (p < len) {
    unsigned char c = (unsigned char)s[p];
    bool bad = c < 128 ? (ascii_id[c] || c == '\\') : false;
    if (c >= 128) {
      int n;
      bad = is_id_cp(utf8_decode((const unsigned char *)s + p, (const unsigned char *)s + len, &n));
    }
    if (bad) return fail(lx, INVALID, t->start);
  }
  t->end = p;
  return true;
}

static bool scan_string(nd_lex_t *lx, uint32_t p) {
  const char *s = lx->src;
  char q = s[p++];
  nd_tok_t *t = &lx->tok;
  t->type = T_STRING;
  for (;;) {
    if (p >= lx->len) return fail(lx, INVALID, t->start);
    char c = s[p];
    if (c == q) break;
    if (c == '\n' || c == '\r') return fail(lx, INVALID, t->start);
    if (c != '\\') {
      p++;
      continue;
    }
    t->escaped = true;
    p++;
    if (p >= lx->len) return fail(lx, INVALID, t->start);
    c = s[p];
    if (c == 'x') {
      if (p + 2 >= lx->len || hexval(s[p + 1]) < 0 || hexval(s[p + 2]) < 0)
        return fail(lx, "Invalid hexadecimal escape sequence", p);
      p += 3;
    } else if (c == 'u') {
      uint32_t q2 = p - 1;
      if (read_unicode_escape(s, lx->len, &q2) < 0)
        return fail(lx, "Invalid Unicode escape sequence", p - 1);
      p = q2;
    } else if (c >= '0' && c <= '9') {
      if (c != '0' || (p + 1 < lx->len && s[p + 1] >= '0' && s[p + 1] <= '9')) t->legacy_octal = true;
      p++;
    } else {
      int nl = nd_lex_newline_at(s + p, s + lx->len);
      p += nl ? (uint32_t)nl : 1;
    }
  }
  t->end = p + 1;
  return true;
}

/* A template part from p (just after ` or }): up to ` or ${. */
static bool scan_template(nd_lex_t *lx, uint32_t p) {
  const char *s = lx->src;
  nd_tok_t *t = &lx->tok;
  t->type = T_TEMPLATE;
  for (;;) {
    if (p >= lx->len) return fail(lx, "Unterminated template literal", t->start);
    char c = s[p];
    if (c == '`') {
      t->tpl_tail = true;
      t->end = p + 1;
      return true;
    }
    if (c == '$' && p + 1 < lx->len && s[p + 1] == '{') {
      t->tpl_tail = false;
      t->end = p + 2;
      return true;
    }
    if (c == '\\') p++;
    p++;
  }
}

/* Skips whitespace and comments before a token; notes line terminators. */
static bool skip_space(nd_lex_t *lx, uint32_t *pp, bool *nl) {
  const char *s = lx->src;
  uint32_t len = lx->len, p = *pp;
  while (p < len) {
    unsigned char c = (unsigned char)s[p];
    if (c == ' ' || c == '\t' || c == '\v' || c == '\f') {
      p++;
    } else if (c == '\n' || c == '\r') {
      *nl = true;
      p++;
    } else if (c == '/' && p + 1 < len && s[p + 1] == '/') {
      p += 2;
      while (p < len && s[p] != '\n' && s[p] != '\r' && !nd_lex_newline_at(s + p, s + len)) p++;
    } else if (c == '/' && p + 1 < len && s[p + 1] == '*') {
      uint32_t start = p;
      p += 2;
      for (;;) {
        if (p + 1 >= len) return fail(lx, INVALID, start);
        if (s[p] == '*' && s[p + 1] == '/') break;
        if (s[p] == '\n' || s[p] == '\r' || nd_lex_newline_at(s + p, s + len)) *nl = true;
        p++;
      }
      p += 2;
    } else if (c >= 0x80) {
      int n;
      uint32_t cp = utf8_decode((const unsigned char *)s + p, (const unsigned char *)s + len, &n);
      if (cp == 0x2028 || cp == 0x2029) {
        *nl = true;
      } else if (!is_space_cp(cp)) {
        break;
      }
      p += n;
    } else {
      break;
    }
  }
  *pp = p;
  return true;
}

bool nd_lex_next(nd_lex_t *lx) {
  nd_tok_t *t = &lx->tok;
  lx->prev_end = t->end;
  uint32_t p = lx->pos;
  bool nl = false;
  if (!skip_space(lx, &p, &nl)) return false;
  memset(t, 0, sizeof *t);
  t->nl_before = nl;
  t->start = p;
  const char *s = lx->src;
  uint32_t len = lx->len;
  if (p >= len) {
    t->type = T_EOF;
    t->end = p;
    lx->pos = p;
    return true;
  }
  unsigned char c = (unsigned char)s[p];
  uint8_t ty;
#define R(ty2, n) \
  do {            \
    ty = ty2;     \
    p += n;       \
    goto punct;   \
  } while (0)
#define AT(i) (p + (i) < len ? s[p + (i)] : 0)
  if (c < 128 && ascii_id[c] == 1) {
    bool esc = false;
    uint32_t e = scan_ident(lx, p + 1, &esc);
    if (!e) return false;
    t->type = T_NAME;
    t->escaped = esc;
    t->end = e;
    t->kw = esc ? KW_NONE : keyword(s + p, e - p);
    lx->pos = e;
    return true;
  }
  switch (c) {
  case '0': case '1': case '2': case '3': case '4':
  case '5': case '6': case '7': case '8': case '9':
    if (!scan_number(lx, p)) return false;
    lx->pos = t->end;
    return true;
  case '"': case '\'':
    if (!scan_string(lx, p)) return false;
    lx->pos = t->end;
    return true;
  case '`':
    if (!scan_template(lx, p + 1)) return false;
    lx->pos = t->end;
    return true;
  case '\\': {
    bool esc = false;
    uint32_t e = scan_ident(lx, p, &esc);
    if (!e) return false;
    t->type = T_NAME;
    t->escaped = true;
    t->end = e;
    lx->pos = e;
    return true;
  }
  case '#': {
    bool esc = false;
    uint32_t e = scan_ident(lx, p + 1, &esc);
    if (!e) return false;
    if (e == p + 1) return fail(lx, INVALID, p);
    t->type = T_PRIVATE;
    t->escaped = esc;
    t->end = e;
    lx->pos = e;
    return true;
  }
  case '{': R(T_LBRACE, 1);
  case '}': R(T_RBRACE, 1);
  case '(': R(T_LPAREN, 1);
  case ')': R(T_RPAREN, 1);
  case '[': R(T_LBRACK, 1);
  case ']': R(T_RBRACK, 1);
  case ';': R(T_SEMI, 1);
  case ',': R(T_COMMA, 1);
  case ':': R(T_COLON, 1);
  case '~': R(T_TILDE, 1);
  case '.':
    if (AT(1) >= '0' && AT(1) <= '9') {
      if (!scan_number(lx, p)) return false;
      lx->pos = t->end;
      return true;
    }
    if (AT(1) == '.' && AT(2) == '.') R(T_ELLIPSIS, 3);
    R(T_DOT, 1);
  case '?':
    if (AT(1) == '?') {
      if (AT(2) == '=') R(T_NULLISH_A, 3);
      R(T_NULLISH, 2);
    }
    if (AT(1) == '.' && !(AT(2) >= '0' && AT(2) <= '9')) R(T_QDOT, 2);
    R(T_QUESTION, 1);
  case '<':
    if (AT(1) == '<') {
      if (AT(2) == '=') R(T_SHL_A, 3);
      R(T_SHL, 2);
    }
    if (AT(1) == '=') R(T_LE, 2);
    R(T_LT, 1);
  case '>':
    if (AT(1) == '>') {
      if (AT(2) == '>') {
        if (AT(3) == '=') R(T_SHR_A, 4);
        R(T_SHR, 3);
      }
      if (AT(2) == '=') R(T_SAR_A, 3);
      R(T_SAR, 2);
    }
    if (AT(1) == '=') R(T_GE, 2);
    R(T_GT, 1);
  case '=':
    if (AT(1) == '=') {
      if (AT(2) == '=') R(T_SEQ, 3);
      R(T_EQ, 2);
    }
    if (AT(1) == '>') R(T_ARROW, 2);
    R(T_ASSIGN, 1);
  case '!':
    if (AT(1) == '=') {
      if (AT(2) == '=') R(T_SNE, 3);
      R(T_NE, 2);
    }
    R(T_NOT, 1);
  case '+':
    if (AT(1) == '+') R(T_INC, 2);
    if (AT(1) == '=') R(T_PLUS_A, 2);
    R(T_PLUS, 1);
  case '-':
    if (AT(1) == '-') R(T_DEC, 2);
    if (AT(1) == '=') R(T_MINUS_A, 2);
    R(T_MINUS, 1);
  case '*':
    if (AT(1) == '*') {
      if (AT(2) == '=') R(T_STARSTAR_A, 3);
      R(T_STARSTAR, 2);
    }
    if (AT(1) == '=') R(T_STAR_A, 2);
    R(T_STAR, 1);
  case '/':
    if (AT(1) == '=') R(T_SLASH_A, 2);
    R(T_SLASH, 1);
  case '%':
    if (AT(1) == '=') R(T_PERCENT_A, 2);
    R(T_PERCENT, 1);
  case '&':
    if (AT(1) == '&') {
      if (AT(2) == '=') R(T_AND_A, 3);
      R(T_AND, 2);
    }
    if (AT(1) == '=') R(T_AMP_A, 2);
    R(T_AMP, 1);
  case '|':
    if (AT(1) == '|') {
      if (AT(2) == '=') R(T_OR_A, 3);
      R(T_OR, 2);
    }
    if (AT(1) == '=') R(T_PIPE_A, 2);
    R(T_PIPE, 1);
  case '^':
    if (AT(1) == '=') R(T_CARET_A, 2);
    R(T_CARET, 1);
  default:
    break;
  }
#undef R
#undef AT
  if (c >= 0x80) {
    int n;
    uint32_t cp = utf8_decode((const unsigned char *)s + p, (const unsigned char *)s + len, &n);
    if (is_id_cp(cp)) {
      bool esc = false;
      uint32_t e = scan_ident(lx, p, &esc);
      if (!e) return false;
      t->type = T_NAME;
      t->escaped = esc;
      t->end = e;
      lx->pos = e;
      return true;
    }
  }
  return fail(lx, INVALID, p);
punct:
  t->type = ty;
  t->end = p;
  lx->pos = p;
  return true;
}

bool nd_lex_regex(nd_lex_t *lx) {
  nd_tok_t *t = &lx->tok;
  const char *s = lx->src;
  uint32_t p = t->start + 1;
  bool cls = false;
  for (;;) {
    if (p >= lx->len || nd_lex_newline_at(s + p, s + lx->len))
      return fail(lx, "Invalid regular expression: missing /", t->start);
    char c = s[p];
    if (c == '\\') {
      p++;
      if (p >= lx->len || nd_lex_newline_at(s + p, s + lx->len))
        return fail(lx, "Invalid regular expression: missing /", t->start);
    } else if (c == '[') {
      cls = true;
    } else if (c == ']') {
      cls = false;
    } else if (c == '/' && !cls) {
      break;
    }
    p++;
  }
  p++;
  unsigned seen = 0;
  while (p < lx->len) {
    unsigned char c = (unsigned char)s[p];
    const char *flags = "dgimsuvy";
    const char *f = c < 128 && c ? strchr(flags, c) : NULL;
    if (!f) {
      if ((c < 128 && (ascii_id[c] || c == '\\')) || c >= 128)
        return fail(lx, "Invalid regular expression flags", t->start);
      break;
    }
    unsigned bit = 1u << (f - flags);
    if (seen & bit) return fail(lx, "Invalid regular expression flags", t->start);
    seen |= bit;
    p++;
  }
  if ((seen & (1u << 5)) && (seen & (1u << 6)))
    return fail(lx, "Invalid regular expression flags", t->start);
  t->type = T_REGEX;
  t->end = p;
  lx->pos = p;
  return true;
}

bool nd_lex_template_cont(nd_lex_t *lx) {
  nd_tok_t *t = &lx->tok;
  uint32_t start = t->start;
  bool nl = t->nl_before;
  memset(t, 0, sizeof *t);
  t->start = start;
  t->nl_before = nl;
  if (!scan_template(lx, start + 1)) return false;
  lx->pos = t->end;
  return true;
}

static char *put_utf8(char *o, uint32_t cp) {
  if (cp < 0x80) {
    *o++ = (char)cp;
  } else if (cp < 0x800) {
    *o++ = (char)(0xC0 | (cp >> 6));
    *o++ = (char)(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *o++ = (char)(0xE0 | (cp >> 12));
    *o++ = (char)(0x80 | ((cp >> 6) & 0x3F));
    *o++ = (char)(0x80 | (cp & 0x3F));
  } else {
    *o++ = (char)(0xF0 | (cp >> 18));
    *o++ = (char)(0x80 | ((cp >> 12) & 0x3F));
    *o++ = (char)(0x80 | ((cp >> 6) & 0x3F));
    *o++ = (char)(0x80 | (cp & 0x3F));
  }
  return o;
}

int nd_lex_decode(const char *s, uint32_t len, bool is_string, char *out) {
  char *o = out;
  uint32_t i = 0, end = len;
  if (is_string) {
    i = 1;
    end = len - 1;
  }
  long pending_hi = -1; /* a high surrogate waiting for its low half */
  while (i < end) {
    long cp;
    char c = s[i];
    if (c != '\\') {
      if (pending_hi >= 0) return -1;
      *o++ = c;
      i++;
      continue;
    }
    if (i + 1 >= end) return -1;
    char e = s[i + 1];
    if (e == 'u') {
      cp = read_unicode_escape(s, end, &i);
      if (cp < 0) return -1;
    } else {
      i += 2;
      switch (e) {
      case 'n': cp = '\n'; break;
      case 't': cp = '\t'; break;
      case 'r': cp = '\r'; break;
      case 'b': cp = '\b'; break;
      case 'f': cp = '\f'; break;
      case 'v': cp = '\v'; break;
      case 'x':
        if (i + 1 >= end + 1) return -1;
        cp = hexval(s[i]) * 16 + hexval(s[i + 1]);
        i += 2;
        break;
      case '\r':
        if (i < end && s[i] == '\n') i++;
        continue;
      case '\n':
        continue;
      default:
        if (e >= '0' && e <= '7') {
          cp = e - '0';
          while (i < end && s[i] >= '0' && s[i] <= '7' && cp * 8 + (s[i] - '0') < 256)
            cp = cp * 8 + (s[i++] - '0');
        } else if ((unsigned char)e >= 0x80) {
          /* an escaped non-ASCII char is itself, U+2028/2029 continue lines */
          int n;
          uint32_t v = utf8_decode((const unsigned char *)s + i - 1,
                                   (const unsigned char *)s + end, &n);
          i += n - 1;
          if (v == 0x2028 || v == 0x2029) continue;
          cp = v > 0x10FFFF ? 0xFFFD : v;
        } else {
          cp = (unsigned char)e;
        }
      }
    }
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      if (pending_hi >= 0) return -1;
      pending_hi = cp;
      continue;
    }
    if (cp >= 0xDC00 && cp <= 0xDFFF) {
      if (pending_hi < 0) return -1;
      cp = 0x10000 + ((pending_hi - 0xD800) << 10) + (cp - 0xDC00);
      pending_hi = -1;
    } else if (pending_hi >= 0) {
      return -1;
    }
    o = put_utf8(o, (uint32_t)cp);
  }
  if (pending_hi >= 0) return -1;
  *o = 0;
  return (int)(o - out);
}

void nd_lex_position(const char *src, uint32_t off, int *line, int *col) {
  int l = 1;
  uint32_t line_start = 0;
  for (uint32_t i = 0; i < off;) {
    unsigned char b = (unsigned char)src[i];
    if (b != '\n' && b != '\r' && b != 0xE2) {
      i++;
      continue;
    }
    int nl = nd_lex_newline_at(src + i, src + off);
    if (!nl) {
      i++;
      continue;
    }
    i += (uint32_t)nl;
    l++;
    line_start = i;
  }
  int c = 0;
  for (uint32_t i = line_start; i < off;) {
    int bytes;
    c += nd_lex_units_at(src + i, src + off, &bytes); /* UTF-16 units */
    i += (uint32_t)bytes;
  }
  *line = l;
  *col = c;
}
