/* Parser plumbing: errors, tokens, names, growable arrays, recording of
 * edits and assignment targets, and speculation (save/restore). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "esm/parser.h"

struct nd_arena_block {
  nd_arena_block_t *next;
  size_t used, cap;
  char data[];
};

_Noreturn void nd_p_error(nd_parser_t *p, uint32_t pos, const char *msg) {
  p->err_msg = msg;
  p->err_pos = pos;
  longjmp(*p->jb, 1);
}

_Noreturn void nd_p_errorf(nd_parser_t *p, uint32_t pos, const char *fmt, const char *arg,
                           uint32_t arglen) {
  snprintf(p->err_buf, sizeof p->err_buf, fmt, (int)(arglen > 120 ? 120 : arglen), arg);
  nd_p_error(p, pos, p->err_buf);
}

static const char *const punct_text[T_COUNT] = {
    [T_LBRACE] = "{", [T_RBRACE] = "}", [T_LPAREN] = "(", [T_RPAREN] = ")",
    [T_LBRACK] = "[", [T_RBRACK] = "]", [T_SEMI] = ";", [T_COMMA] = ",", [T_DOT] = ".",
    [T_ELLIPSIS] = "...", [T_QDOT] = "?.", [T_QUESTION] = "?", [T_COLON] = ":",
    [T_ARROW] = "=>", [T_LT] = "<", [T_GT] = ">", [T_LE] = "<=", [T_GE] = ">=",
    [T_EQ] = "==", [T_NE] = "!=", [T_SEQ] = "===", [T_SNE] = "!==", [T_PLUS] = "+",
    [T_MINUS] = "-", [T_STAR] = "*", [T_SLASH] = "/", [T_PERCENT] = "%", [T_STARSTAR] = "**",
    [T_INC] = "++", [T_DEC] = "--", [T_SHL] = "<<", [T_SAR] = ">>", [T_SHR] = ">>>",
    [T_AMP] = "&", [T_PIPE] = "|", [T_CARET] = "^", [T_NOT] = "!", [T_TILDE] = "~",
    [T_AND] = "&&", [T_OR] = "||", [T_NULLISH] = "??", [T_ASSIGN] = "=", [T_PLUS_A] = "+=",
    [T_MINUS_A] = "-=", [T_STAR_A] = "*=", [T_SLASH_A] = "/=", [T_PERCENT_A] = "%=",
    [T_STARSTAR_A] = "**=", [T_SHL_A] = "<<=", [T_SAR_A] = ">>=", [T_SHR_A] = ">>>=",
    [T_AMP_A] = "&=", [T_PIPE_A] = "|=", [T_CARET_A] = "^=", [T_AND_A] = "&&=",
    [T_OR_A] = "||=", [T_NULLISH_A] = "?\?=",
};

_Noreturn void nd_p_unexpected(nd_parser_t *p) {
  const nd_tok_t *t = &p->lx.tok;
  const char *s = p->src + t->start;
  uint32_t n = t->end - t->start;
  switch (t->type) {
  case T_EOF: nd_p_error(p, t->start, "Unexpected end of input");
  case T_NUM: case T_BIGINT: nd_p_error(p, t->start, "Unexpected number");
  case T_STRING: nd_p_error(p, t->start, "Unexpected string");
  case T_TEMPLATE: nd_p_error(p, t->start, "Unexpected template string");
  case T_REGEX: nd_p_error(p, t->start, "Unexpected regular expression");
  case T_PRIVATE: nd_p_errorf(p, t->start, "Unexpected identifier '%.*s'", s, n);
  case T_NAME:
    if (t->kw != KW_NONE && t->kw <= KW_LAST_RESERVED)
      nd_p_errorf(p, t->start, "Unexpected token '%.*s'", s, n);
    if (t->kw == KW_AWAIT) nd_p_error(p, t->start, "Unexpected reserved word");
    if (t->kw > KW_LAST_RESERVED && t->kw <= KW_LAST_STRICT)
      nd_p_error(p, t->start, "Unexpected strict mode reserved word");
    nd_p_errorf(p, t->start, "Unexpected identifier '%.*s'", s, n);
  default:
    nd_p_errorf(p, t->start, "Unexpected token '%.*s'", punct_text[t->type],
                (uint32_t)strlen(punct_text[t->type]));
  }
}

void nd_p_next(nd_parser_t *p) {
  if (!nd_lex_next(&p->lx)) nd_p_error(p, p->lx.err_pos, p->lx.err);
}

bool nd_p_eat(nd_parser_t *p, int type) {
  if (p->lx.tok.type != type) return false;
  nd_p_next(p);
  return true;
}

void nd_p_expect(nd_parser_t *p, int type) {
  if (p->lx.tok.type != type) nd_p_unexpected(p);
  nd_p_next(p);
}

void nd_p_semicolon(nd_parser_t *p) {
  const nd_tok_t *t = &p->lx.tok;
  if (t->type == T_SEMI) {
    nd_p_next(p);
    return;
  }
  if (t->type == T_RBRACE || t->type == T_EOF || t->nl_before) return;
  nd_p_unexpected(p);
}

nd_tok_t nd_p_peek(nd_parser_t *p) {
  nd_lex_t save = p->lx;
  nd_tok_t t;
  if (!nd_lex_next(&p->lx)) {
    t = p->lx.tok;
    t.type = T_EOF; /* the error shows when the parser gets there */
    t.start = p->lx.err_pos;
  } else {
    t = p->lx.tok;
  }
  p->lx = save;
  return t;
}

char *nd_p_arena_alloc(nd_parser_t *p, size_t n) {
  nd_arena_block_t *b = p->arena;
  if (!b || b->cap - b->used < n) {
    size_t cap = n > 16000 ? n : 16000;
    b = malloc(sizeof *b + cap);
    if (!b) nd_p_error(p, 0, "out of memory");
    b->next = p->arena;
    b->used = 0;
    b->cap = cap;
    p->arena = b;
  }
  char *r = b->data + b->used;
  b->used += n;
  return r;
}

void nd__arena_free(nd_parser_t *p) {
  while (p->arena) {
    nd_arena_block_t *n = p->arena->next;
    free(p->arena);
    p->arena = n;
  }
}

static nd_kw_t reserved_kw(const char *s, uint32_t n) {
  /* re-lex the decoded text: an escaped keyword is still reserved */
  nd_lex_t lx;
  nd_lex_init(&lx, s, n);
  if (!nd_lex_next(&lx) || lx.tok.type != T_NAME || lx.tok.end != n) return KW_NONE;
  return (nd_kw_t)lx.tok.kw;
}

nd_name_t nd_p_tok_name(nd_parser_t *p) {
  const nd_tok_t *t = &p->lx.tok;
  nd_name_t n = {p->src + t->start, t->end - t->start};
  if (!t->escaped) return n;
  char *buf = nd_p_arena_alloc(p, n.len + 1);
  int len = nd_lex_decode(n.s, n.len, false, buf);
  if (len < 0) nd_p_error(p, t->start, "Invalid Unicode escape sequence");
  return (nd_name_t){buf, (uint32_t)len};
}

bool nd_name_eq(nd_name_t a, const char *s) {
  size_t n = strlen(s);
  return a.len == n && memcmp(a.s, s, n) == 0;
}

/* The word's keyword even when written with escapes. */
static nd_kw_t word_kw(nd_parser_t *p, nd_name_t n) {
  const nd_tok_t *t = &p->lx.tok;
  if (!t->escaped) return (nd_kw_t)t->kw;
  nd_kw_t k = reserved_kw(n.s, n.len);
  if (k != KW_NONE && k <= KW_LAST_STRICT)
    nd_p_error(p, t->start, "Keyword must not contain escaped characters");
  return k;
}

void nd_p_check_ident_ref(nd_parser_t *p) {
  const nd_tok_t *t = &p->lx.tok;
  if (t->type != T_NAME) nd_p_unexpected(p);
  nd_kw_t k = t->escaped ? word_kw(p, nd_p_tok_name(p)) : (nd_kw_t)t->kw;
  if (k == KW_NONE || k > KW_LAST_STRICT) return;
  nd_p_unexpected(p);
}

nd_name_t nd_p_binding_ident(nd_parser_t *p) {
  nd_p_check_ident_ref(p);
  const nd_tok_t *t = &p->lx.tok;
  if (t->kw == KW_EVAL || t->kw == KW_ARGUMENTS)
    nd_p_error(p, t->start, "Unexpected eval or arguments in strict mode");
  nd_name_t n = nd_p_tok_name(p);
  if (t->escaped && (nd_name_eq(n, "eval") || nd_name_eq(n, "arguments")))
    nd_p_error(p, t->start, "Unexpected eval or arguments in strict mode");
  nd_p_next(p);
  return n;
}

char *nd_p_string_value(nd_parser_t *p, const nd_tok_t *t) {
  uint32_t n = t->end - t->start;
  char *buf = nd_p_arena_alloc(p, n + 1);
  int len = nd_lex_decode(p->src + t->start, n, true, buf);
  if (len < 0) return NULL;
  return buf;
}

void *nd_p_grow(void *arr, int *cap, int need, size_t elem) {
  if (need <= *cap) return arr;
  int n = *cap ? *cap * 2 : 16;
  while (n < need) n *= 2;
  void *r = realloc(arr, (size_t)n * elem);
  if (!r) abort(); /* nd_esm_transform reports ENOMEM before this can matter */
  *cap = n;
  return r;
}

void nd_p_add_edit(nd_parser_t *p, uint32_t pos, uint32_t end, const char *text, bool blank) {
  p->edits = nd_p_grow(p->edits, &p->cedits, p->nedits + 1, sizeof *p->edits);
  p->edits[p->nedits++] = (nd_edit_t){.pos = pos, .end = end, .seq = p->seq++,
                                      .text = (char *)text,
                                      .text_len = text ? (uint32_t)strlen(text) : 0,
                                      .blank = blank};
}

int nd_p_add_wrap(nd_parser_t *p, uint8_t kind, uint32_t start, uint32_t end) {
  p->wraps = nd_p_grow(p->wraps, &p->cwraps, p->nwraps + 1, sizeof *p->wraps);
  p->wraps[p->nwraps] = (nd_wrap_t){.kind = kind, .start = start, .end = end, .seq = 0};
  return p->nwraps++;
}

void nd_p_add_ref(nd_parser_t *p, nd_name_t name, int wrap, uint32_t pos) {
  p->refs = nd_p_grow(p->refs, &p->crefs, p->nrefs + 1, sizeof *p->refs);
  p->refs[p->nrefs++] = (nd_ref_t){.name = name, .scope = p->scope, .wrap = wrap, .pos = pos};
}

void nd_p_save(nd_parser_t *p, nd_snapshot_t *s) {
  s->lx = p->lx;
  s->nscopes = p->nscopes;
  s->ndecls = p->ndecls;
  s->nrefs = p->nrefs;
  s->nwraps = p->nwraps;
  s->nedits = p->nedits;
  s->nimports = p->out->nimports;
  s->nexports = p->out->nexports;
  s->nrequests = p->out->nrequests;
  s->nlabels = p->nlabels;
  s->scope = p->scope;
  s->fn = p->fn;
  s->has_tla = p->out->has_tla;
  s->has_meta = p->out->has_meta;
  s->has_dynamic = p->out->has_dynamic;
}

void nd_p_restore(nd_parser_t *p, const nd_snapshot_t *s) {
  p->lx = s->lx;
  p->nscopes = s->nscopes;
  nd_scope_truncate(p, s->ndecls);
  p->nrefs = s->nrefs;
  p->nwraps = s->nwraps;
  p->nedits = s->nedits;
  p->nlabels = s->nlabels;
  p->scope = s->scope;
  p->fn = s->fn;
  p->out->has_tla = s->has_tla;
  p->out->has_meta = s->has_meta;
  p->out->has_dynamic = s->has_dynamic;
  p->err_msg = NULL;
}

void nd_p_position(nd_parser_t *p, uint32_t off, int *line, int *col) {
  if (off < p->pos_off || p->pos_line == 0) {
    p->pos_off = 0;
    p->pos_line = 1;
    p->pos_col = 0;
  }
  int l, c;
  nd_lex_position(p->src + p->pos_off, off - p->pos_off, &l, &c);
  if (l == 1) {
    c += p->pos_col;
  }
  l += p->pos_line - 1;
  p->pos_off = off;
  p->pos_line = l;
  p->pos_col = c;
  *line = l;
  *col = c;
}
