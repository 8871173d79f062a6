/* CommonJS export detection (see cjs.h). The source is tokenized once
 * (a regular expression is told from a division by the token before it, as
 * cjs-module-lexer does), then the token list is matched against the
 * patterns Node recognizes:
 *   exports.a = / exports['a'] = / module.exports.a = (any depth)
 *   Object.defineProperty(exports, 'a', { value | enumerable + get returning
 *     a member })
 *   module.exports = require('x')                    (re-export)
 *   module.exports = { a, b: c, 'd': e, ...require('x') }
 *   __exportStar(require('x')) / __export(require('x'))  (TypeScript)
 *   var _x = require('x') ... Object.keys(_x).forEach(   (Babel)
 */
#include <stdlib.h>
#include <string.h>

#include "esm/cjs.h"
#include "esm/esm.h"
#include "esm/lex.h"

typedef struct {
  const char *src;
  nd_tok_t *t;
  int n, cap;
  nd_cjs_result_t *out;
  int cexp, creexp, cimp;
  /* Babel: identifiers bound to require('x') */
  struct { uint32_t s, e; char *spec; } *binds;
  int nbinds, cbinds;
  bool oom;
} cjs_t;

static void *grow(cjs_t *c, void *p, int *cap, int need, size_t size) {
  if (need <= *cap) return p;
  int n = *cap ? *cap * 2 : 16;
  while (n < need) n *= 2;
  void *q = realloc(p, (size_t)n * size);
  if (!q) {
    c->oom = true;
    return p;
  }
  *cap = n;
  return q;
}

static bool is_name(const cjs_t *c, int i, const char *s) {
  if (i < 0 || i >= c->n || c->t[i].type != T_NAME || c->t[i].escaped) return false;
  size_t l = strlen(s);
  return c->t[i].end - c->t[i].start == l && memcmp(c->src + c->t[i].start, s, l) == 0;
}

static bool is(const cjs_t *c, int i, int type) {
  return i >= 0 && i < c->n && c->t[i].type == type;
}

/* A string literal's value or an identifier's text (malloc'd), NULL if
 * neither or a lone surrogate. */
static char *text_of(cjs_t *c, int i) {
  const nd_tok_t *t = &c->t[i];
  uint32_t len = t->end - t->start;
  char *s = malloc(len + 1);
  if (!s) {
    c->oom = true;
    return NULL;
  }
  int n;
  if (t->type == T_STRING) {
    n = nd_lex_decode(c->src + t->start, len, true, s);
  } else if (t->type == T_NAME) {
    n = t->escaped ? nd_lex_decode(c->src + t->start, len, false, s) : (int)len;
    if (!t->escaped) memcpy(s, c->src + t->start, len);
  } else {
    n = -1;
  }
  if (n < 0) {
    free(s);
    return NULL;
  }
  s[n] = 0;
  return s;
}

static void add_name(cjs_t *c, char **list[], int *count, int *cap, char *s) {
  if (!s) return;
  for (int i = 0; i < *count; i++) {
    if (strcmp((*list)[i], s) == 0) {
      free(s);
      return;
    }
  }
  *list = grow(c, *list, cap, *count + 1, sizeof **list);
  if (c->oom) {
    free(s);
    return;
  }
  (*list)[(*count)++] = s;
}

static void add_export(cjs_t *c, int i) {
  add_name(c, &c->out->exports, &c->out->nexports, &c->cexp, text_of(c, i));
}

static void add_reexport(cjs_t *c, int i) {
  add_name(c, &c->out->reexports, &c->out->nreexports, &c->creexp, text_of(c, i));
}

/* require ( 'x' ) at i: the index of the string, else -1 */
static int require_call(const cjs_t *c, int i) {
  if (is_name(c, i, "require") && is(c, i + 1, T_LPAREN) && is(c, i + 2, T_STRING) &&
      is(c, i + 3, T_RPAREN))
    return i + 2;
  return -1;
}

/* exports or module.exports at i (not a property of something else): the
 * index after it, else -1 */
static int exports_ref(const cjs_t *c, int i) {
  if (is(c, i - 1, T_DOT) || is(c, i - 1, T_QDOT)) return -1;
  if (is_name(c, i, "exports")) return i + 1;
  if (is_name(c, i, "module") && is(c, i + 1, T_DOT) && is_name(c, i + 2, "exports")) return i + 3;
  return -1;
}

/* IDENT (. IDENT)* starting at i: the index after it, else -1 (a getter's
 * return value) */
static int member_chain(const cjs_t *c, int i) {
  if (!is(c, i, T_NAME)) return -1;
  i++;
  while (is(c, i, T_DOT) && is(c, i + 1, T_NAME)) i += 2;
  return i;
}

/* { a, b: c, 'd': e, ...require('x') } at i (the '{') */
static void object_literal(cjs_t *c, int i) {
  i++;
  while (i < c->n && !is(c, i, T_RBRACE)) {
    int r;
    if (is(c, i, T_ELLIPSIS) && (r = require_call(c, i + 1)) >= 0) {
      add_reexport(c, r);
      i = r + 2;
    } else if (is(c, i, T_NAME) && (is(c, i + 1, T_COMMA) || is(c, i + 1, T_RBRACE))) {
      add_export(c, i);
      i++;
    } else if ((is(c, i, T_NAME) || is(c, i, T_STRING)) && is(c, i + 1, T_COLON)) {
      /* as Node: the value must be an identifier; the key counts even
       * when more follows it, but the scan stops there */
      if (!is(c, i + 2, T_NAME)) return;
      add_export(c, i);
      i += 3;
    } else {
      return;
    }
    if (is(c, i, T_COMMA)) i++;
    else if (!is(c, i, T_RBRACE)) return;
  }
}

/* the descriptor of Object.defineProperty(exports, 'x', { ... }) at i (the
 * '{'): a value, or a getter that returns an identifier or member */
static bool export_descriptor(const cjs_t *c, int i) {
  i++;
  if (is_name(c, i, "enumerable") && is(c, i + 1, T_COLON) && is_name(c, i + 2, "true") &&
      is(c, i + 3, T_COMMA))
    i += 4;
  if (is_name(c, i, "value") && is(c, i + 1, T_COLON)) return true;
  if (!is_name(c, i, "get")) return false;
  i++;
  if (is(c, i, T_COLON)) {
    i++;
    if (!is_name(c, i, "function")) return false;
    i++;
    if (is(c, i, T_NAME)) i++;
  }
  if (!is(c, i, T_LPAREN) || !is(c, i + 1, T_RPAREN) || !is(c, i + 2, T_LBRACE)) return false;
  i += 3;
  if (!is_name(c, i, "return")) return false;
  int e = member_chain(c, i + 1);
  if (e < 0) return false;
  if (is(c, e, T_SEMI)) e++;
  return is(c, e, T_RBRACE);
}

static void bind(cjs_t *c, int name, int spec) {
  c->binds = grow(c, c->binds, &c->cbinds, c->nbinds + 1, sizeof *c->binds);
  if (c->oom) return;
  char *s = text_of(c, spec);
  if (!s) return;
  c->binds[c->nbinds].s = c->t[name].start;
  c->binds[c->nbinds].e = c->t[name].end;
  c->binds[c->nbinds].spec = s;
  c->nbinds++;
}

static void match(cjs_t *c) {
  for (int i = 0; i < c->n && !c->oom; i++) {
    const nd_tok_t *t = &c->t[i];
    if (t->type != T_NAME) continue;
    int e = exports_ref(c, i);
    if (e >= 0) {
      if (is(c, e, T_DOT) && is(c, e + 1, T_NAME) && is(c, e + 2, T_ASSIGN)) {
        add_export(c, e + 1);
      } else if (is(c, e, T_LBRACK) && is(c, e + 1, T_STRING) && is(c, e + 2, T_RBRACK) &&
                 is(c, e + 3, T_ASSIGN)) {
        add_export(c, e + 1);
      } else if (e == i + 3 && is(c, e, T_ASSIGN)) { /* module.exports = */
        int r = require_call(c, e + 1);
        if (r >= 0) add_reexport(c, r);
        else if (is(c, e + 1, T_LBRACE)) object_literal(c, e + 1);
      }
      continue;
    }
    if (is_name(c, i, "Object") && !is(c, i - 1, T_DOT) && is(c, i + 1, T_DOT)) {
      if (is_name(c, i + 2, "defineProperty") && is(c, i + 3, T_LPAREN)) {
        int a = exports_ref(c, i + 4);
        if (a >= 0 && is(c, a, T_COMMA) && is(c, a + 1, T_STRING) && is(c, a + 2, T_COMMA) &&
            is(c, a + 3, T_LBRACE) && export_descriptor(c, a + 3))
          add_export(c, a + 1);
      } else if (is_name(c, i + 2, "keys") && is(c, i + 3, T_LPAREN) && is(c, i + 4, T_NAME) &&
                 is(c, i + 5, T_RPAREN) && is(c, i + 6, T_DOT) && is_name(c, i + 7, "forEach")) {
        const nd_tok_t *id = &c->t[i + 4];
        for (int b = c->nbinds - 1; b >= 0; b--) {
          if (c->binds[b].e - c->binds[b].s == id->end - id->start &&
              memcmp(c->src + c->binds[b].s, c->src + id->start, id->end - id->start) == 0) {
            char *s = malloc(strlen(c->binds[b].spec) + 1);
            if (!s) {
              c->oom = true;
              break;
            }
            strcpy(s, c->binds[b].spec);
            add_name(c, &c->out->reexports, &c->out->nreexports, &c->creexp, s);
            break;
          }
        }
      }
      continue;
    }
    if ((is_name(c, i, "__exportStar") || is_name(c, i, "__export")) && is(c, i + 1, T_LPAREN)) {
      int r = require_call(c, i + 2);
      if (r < 0 && is(c, i + 2, T_NAME) && is(c, i + 3, T_LPAREN)) r = require_call(c, i + 4);
      if (r >= 0) add_reexport(c, r);
      continue;
    }
    /* _x = require('x') or _x = _interopRequireWildcard(require('x')) */
    if (is(c, i + 1, T_ASSIGN) && !is(c, i - 1, T_DOT)) {
      int r = require_call(c, i + 2);
      if (r < 0 && is(c, i + 2, T_NAME) && is(c, i + 3, T_LPAREN)) r = require_call(c, i + 4);
      if (r >= 0) bind(c, i, r);
    }
  }
}

/* Can a regular expression start after token t? */
static bool regex_allowed(const nd_tok_t *t) {
  if (!t) return true;
  switch (t->type) {
  case T_NUM: case T_BIGINT: case T_STRING: case T_REGEX: case T_PRIVATE:
  case T_RPAREN: case T_RBRACK:
    return false;
  case T_TEMPLATE:
    return !t->tpl_tail;
  case T_NAME:
    switch (t->kw) {
    case KW_RETURN: case KW_TYPEOF: case KW_INSTANCEOF: case KW_IN: case KW_NEW:
    case KW_DELETE: case KW_VOID: case KW_THROW: case KW_CASE: case KW_DO:
    case KW_ELSE: case KW_YIELD: case KW_AWAIT:
      return !t->escaped;
    default:
      return false;
    }
  default:
    return true;
  }
}

/* UTF-16 length of the UTF-8 bytes [from, to) */
static uint32_t utf16_len(const char *s, uint32_t from, uint32_t to) {
  uint32_t n = 0;
  for (uint32_t i = from; i < to; i++) {
    unsigned char b = (unsigned char)s[i];
    if ((b & 0xC0) != 0x80) n += b >= 0xF0 ? 2 : 1;
  }
  return n;
}

static bool tokenize(cjs_t *c, const char *src, uint32_t len) {
  nd_lex_t lx;
  nd_lex_init(&lx, src, len);
  char stack[256]; /* 'b' brace, 't' template substitution */
  int depth = 0;
  uint32_t u16 = 0, u16_at = 0;
  for (;;) {
    if (!nd_lex_next(&lx)) return false;
    nd_tok_t *tok = &lx.tok;
    const nd_tok_t *prev = c->n ? &c->t[c->n - 1] : NULL;
    if ((tok->type == T_SLASH || tok->type == T_SLASH_A) && regex_allowed(prev)) {
      if (!nd_lex_regex(&lx)) return false;
    } else if (tok->type == T_RBRACE && depth > 0 && stack[depth - 1] == 't') {
      depth--;
      if (!nd_lex_template_cont(&lx)) return false;
    } else if (tok->type == T_RBRACE && depth > 0) {
      depth--;
    }
    if (tok->type == T_EOF) return true;
    if (tok->type == T_LBRACE || (tok->type == T_TEMPLATE && !tok->tpl_tail)) {
      if (depth == (int)sizeof stack) return false;
      stack[depth++] = tok->type == T_LBRACE ? 'b' : 't';
    }
    /* import( not as a property: a dynamic import */
    if (tok->type == T_NAME && tok->kw == KW_IMPORT && !tok->escaped &&
        !(prev && (prev->type == T_DOT || prev->type == T_QDOT))) {
      uint32_t save = lx.pos;
      nd_lex_t peek = lx;
      if (nd_lex_next(&peek) && peek.tok.type == T_LPAREN) {
        u16 += utf16_len(src, u16_at, tok->start);
        u16_at = tok->start;
        nd_cjs_result_t *o = c->out;
        o->imports = grow(c, o->imports, &c->cimp, o->nimports + 1, sizeof *o->imports);
        if (c->oom) return true;
        o->imports[o->nimports++] = u16;
      }
      lx.pos = save;
    }
    c->t = grow(c, c->t, &c->cap, c->n + 1, sizeof *c->t);
    if (c->oom) return true;
    c->t[c->n++] = *tok;
  }
}

int nd_cjs_scan(const char *src, size_t len, nd_cjs_result_t *out) {
  memset(out, 0, sizeof *out);
  if (len > 0x7FFFFFFF) return ND_ESM_E2BIG;
  cjs_t c = {.src = src, .out = out};
  out->lex_error = !tokenize(&c, src, (uint32_t)len);
  if (!c.oom) match(&c);
  for (int i = 0; i < c.nbinds; i++) free(c.binds[i].spec);
  free(c.binds);
  free(c.t);
  return c.oom ? ND_ESM_ENOMEM : 0;
}

void nd_cjs_result_free(nd_cjs_result_t *r) {
  for (int i = 0; i < r->nexports; i++) free(r->exports[i]);
  for (int i = 0; i < r->nreexports; i++) free(r->reexports[i]);
  free(r->exports);
  free(r->reexports);
  free(r->imports);
  memset(r, 0, sizeof *r);
}
