/* The transform: parse, then resolve assignment targets and exports,
 * turn them into edits, and emit the rewritten source and its footer
 * (README.md describes the result). */
#define _GNU_SOURCE /* memmem */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "esm/parser.h"

void nd__arena_free(nd_parser_t *p);

typedef struct {
  char *s;
  size_t len, cap;
  bool oom;
} buf_t;

static void put(buf_t *b, const char *s, size_t n) {
  if (b->oom || n == 0) return;
  if (b->len + n + 1 > b->cap) {
    size_t c = b->cap ? b->cap : 256;
    while (c < b->len + n + 1) c *= 2;
    char *r = realloc(b->s, c);
    if (!r) {
      b->oom = true;
      return;
    }
    b->s = r;
    b->cap = c;
  }
  memcpy(b->s + b->len, s, n);
  b->len += n;
  b->s[b->len] = 0;
}

static void puts_(buf_t *b, const char *s) { put(b, s, strlen(s)); }

/* A JavaScript string literal of s (UTF-8 kept; quotes, backslashes and
 * control characters escaped). */
static void put_jsstr(buf_t *b, const char *s) {
  put(b, "\"", 1);
  for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
    char esc[8];
    if (*c == '"' || *c == '\\') {
      esc[0] = '\\';
      esc[1] = (char)*c;
      put(b, esc, 2);
    } else if (*c < 0x20) {
      snprintf(esc, sizeof esc, "\\x%02x", *c);
      put(b, esc, 4);
    } else if (*c == 0xE2 && c[1] == 0x80 && (c[2] == 0xA8 || c[2] == 0xA9)) {
      put(b, c[2] == 0xA8 ? "\\u2028" : "\\u2029", 6);
      c += 2;
    } else {
      put(b, (const char *)c, 1);
    }
  }
  put(b, "\"", 1);
}

/* The first of $nd, $n0..$n9, $m0.. that the source never contains. */
static bool pick_prefix(const char *src, size_t len, char out[8]) {
  static const char firsts[] = "nmpqrstuvwxyzabcdefghijkl";
  for (int a = 0; firsts[a]; a++) {
    for (int d = -1; d < 10; d++) {
      if (d < 0 && a > 0) continue;
      out[0] = '$';
      out[1] = firsts[a];
      out[2] = d < 0 ? 'd' : (char)('0' + d);
      out[3] = 0;
      if (!memmem(src, len, out, 3)) return true;
    }
  }
  return false;
}

static int cmp_edit(const void *a, const void *b) {
  const nd_edit_t *x = a, *y = b;
  if (x->pos != y->pos) return x->pos < y->pos ? -1 : 1;
  return x->seq < y->seq ? -1 : x->seq > y->seq;
}

typedef struct {
  int *line, *col;
  int off;
} pos_ref_t;

static int cmp_pos(const void *a, const void *b) {
  const pos_ref_t *x = a, *y = b;
  return (x->off > y->off) - (x->off < y->off);
}

/* The parser stored byte offsets in line (col -1): turn them into
 * positions in one forward pass. */
static bool fill_positions(nd_parser_t *p) {
  nd_esm_result_t *o = p->out;
  int n = o->nrequests + o->nimports + o->nexports;
  pos_ref_t *r = malloc((size_t)(n + 2) * sizeof *r);
  if (!r) return false;
  int k = 0;
  for (int i = 0; i < o->nrequests; i++)
    r[k++] = (pos_ref_t){&o->requests[i].line, &o->requests[i].col, o->requests[i].line};
  for (int i = 0; i < o->nimports; i++)
    r[k++] = (pos_ref_t){&o->imports[i].line, &o->imports[i].col, o->imports[i].line};
  for (int i = 0; i < o->nexports; i++)
    r[k++] = (pos_ref_t){&o->exports[i].line, &o->exports[i].col, o->exports[i].line};
  if (o->has_tla) r[k++] = (pos_ref_t){&o->tla_line, &o->tla_col, (int)p->tla_pos};
  qsort(r, (size_t)k, sizeof *r, cmp_pos);
  for (int i = 0; i < k; i++) nd_p_position(p, (uint32_t)r[i].off, r[i].line, r[i].col);
  free(r);
  return true;
}

static int cmp_export_name(const void *a, const void *b) {
  const nd_esm_export_t *const *x = a, *const *y = b;
  int c = strcmp((*x)->exported, (*y)->exported);
  if (c) return c;
  /* the later one is the duplicate */
  if ((*x)->line != (*y)->line) return (*x)->line - (*y)->line;
  return (*x)->col - (*y)->col;
}

static char *arena_str(nd_parser_t *p, const char *a, const char *b) {
  size_t n = strlen(a) + strlen(b) + 1;
  char *s = nd_p_arena_alloc(p, n);
  snprintf(s, n, "%s%s", a, b);
  return s;
}

static char *arena_name(nd_parser_t *p, nd_name_t n, const char *before, const char *after) {
  size_t bl = strlen(before), al = strlen(after);
  char *s = nd_p_arena_alloc(p, bl + n.len + al + 1);
  memcpy(s, before, bl);
  memcpy(s + bl, n.s, n.len);
  memcpy(s + bl + n.len, after, al + 1);
  return s;
}

static void error_at_line(nd_parser_t *p, int line, int col, const char *fmt, const char *arg) {
  nd_esm_result_t *o = p->out;
  o->err_line = line;
  o->err_col = col;
  snprintf(o->err_msg, sizeof o->err_msg, fmt, arg);
}

/* Links local exports to their declarations; false on an error. */
static bool resolve_exports(nd_parser_t *p, int *export_next) {
  nd_esm_result_t *o = p->out;
  for (int i = 0; i < o->nexports; i++) {
    nd_esm_export_t *e = &o->exports[i];
    export_next[i] = -1;
    if (e->kind != ND_ESM_X_LOCAL) continue;
    nd_name_t n = {e->name, (uint32_t)strlen(e->name)};
    int d = nd_scope_lookup(p, 0, n);
    if (d < 0) {
      error_at_line(p, e->line, e->col, "Export '%s' is not defined in module", e->name);
      return false;
    }
    nd_decl_t *decl = &p->decls[d];
    if (decl->kind == D_IMPORT) {
      nd_esm_import_t *im = &o->imports[decl->import];
      e->request = im->request;
      if (im->imported) {
        e->kind = ND_ESM_X_INDIRECT;
        e->name = im->imported;
      } else {
        e->kind = ND_ESM_X_STAR_AS;
        e->name = NULL;
      }
      continue;
    }
    e->binding = decl->bkind == B_VAR ? ND_ESM_B_VAR
                 : decl->bkind == B_FUNCTION ? ND_ESM_B_FUNCTION
                                             : ND_ESM_B_LET;
    export_next[i] = decl->exported;
    decl->exported = i;
  }
  /* duplicate export names */
  int n = 0;
  nd_esm_export_t **named = malloc((size_t)(o->nexports + 1) * sizeof *named);
  if (!named) return false;
  for (int i = 0; i < o->nexports; i++)
    if (o->exports[i].exported) named[n++] = &o->exports[i];
  qsort(named, (size_t)n, sizeof *named, cmp_export_name);
  for (int i = 1; i < n; i++) {
    if (strcmp(named[i]->exported, named[i - 1]->exported) == 0) {
      error_at_line(p, named[i]->line, named[i]->col, "Duplicate export of '%s'",
                    named[i]->exported);
      free(named);
      return false;
    }
  }
  free(named);
  return true;
}

/* pushes of every export name of a local: P.u("name",local); */
static void put_pushes(buf_t *b, nd_parser_t *p, const nd_decl_t *d, const int *export_next) {
  for (int i = d->exported; i >= 0; i = export_next[i]) {
    puts_(b, p->prefix);
    puts_(b, ".u(");
    put_jsstr(b, p->out->exports[i].exported);
    put(b, ",", 1);
    put(b, d->name.s, d->name.len);
    put(b, ");", 2);
  }
}

static int resolve_ref(nd_parser_t *p, const nd_ref_t *r) {
  for (int s = r->scope; s >= 0; s = s == 0 ? -1 : p->scopes[s].parent) {
    int d = nd_scope_lookup(p, s, r->name);
    if (d >= 0 && p->decls[d].kind != D_VAR_THROUGH) return s == 0 ? d : -1;
  }
  return -1;
}

static bool build_edits(nd_parser_t *p, const int *export_next, buf_t *footer) {
  char *P = (char *)p->prefix;
  bool need_const = false;
  bool *pushed = calloc((size_t)p->ndecls + 1, 1); /* has a P$name function */
  if (!pushed) return false;
  /* assignments to exported locals (and to imports, which throw) */
  for (int i = 0; i < p->nrefs; i++) {
    nd_ref_t *r = &p->refs[i];
    if (r->wrap < 0) continue;
    int d = resolve_ref(p, r);
    if (d < 0) continue;
    nd_decl_t *decl = &p->decls[d];
    const char *fn;
    nd_wrap_t *w = &p->wraps[r->wrap];
    if (decl->kind == D_IMPORT) {
      /* (P_c(), x = v): throws TypeError before the binding changes */
      need_const = true;
      const char *c = arena_str(p, "(", arena_str(p, P, "_c(),"));
      if (w->kind == W_EXPR) {
        nd_p_add_edit(p, w->start, w->start, c, false);
        p->edits[p->nedits - 1].seq = 0;
        nd_p_add_edit(p, w->end, w->end, ")", false);
        p->edits[p->nedits - 1].seq = w->seq;
      } else {
        nd_p_add_edit(p, w->start, w->start, arena_str(p, P, "_c();"), false);
        p->edits[p->nedits - 1].seq = 0;
      }
      continue;
    } else if (decl->exported >= 0) {
      fn = arena_name(p, decl->name, P, "");
      fn = arena_str(p, P, arena_name(p, decl->name, "$", ""));
      pushed[d] = true;
    } else {
      continue;
    }
    if (w->kind == W_EXPR) {
      nd_p_add_edit(p, w->start, w->start, arena_str(p, fn, "("), false);
      p->edits[p->nedits - 1].seq = 0;
      nd_p_add_edit(p, w->end, w->end, ")", false);
      p->edits[p->nedits - 1].seq = w->seq;
    } else if (w->kind == W_LOOP_BLOCK) {
      nd_p_add_edit(p, w->start + 1, w->start + 1, arena_str(p, fn, "();"), false);
    } else {
      nd_p_add_edit(p, w->start, w->start, arena_name(p, (nd_name_t){fn, (uint32_t)strlen(fn)}, "{", "();"), false);
      p->edits[p->nedits - 1].seq = 0;
      nd_p_add_edit(p, w->end, w->end, "}", false);
      p->edits[p->nedits - 1].seq = w->seq;
    }
  }
  /* after each top-level declaration of an exported local: push it */
  buf_t hoisted = {0};
  for (int i = 0; i < p->ndecls; i++) {
    nd_decl_t *d = &p->decls[i];
    if (d->scope != 0 || d->exported < 0 || d->kind == D_IMPORT) continue;
    if (d->bkind == B_FUNCTION) {
      put_pushes(&hoisted, p, d, export_next);
    } else if (d->tl >= 0) {
      buf_t t = {0};
      put(&t, ";", 1);
      put_pushes(&t, p, d, export_next);
      if (t.oom) {
        free(t.s);
        free(pushed);
        return false;
      }
      char *s = nd_p_arena_alloc(p, t.len + 1);
      memcpy(s, t.s, t.len + 1);
      free(t.s);
      nd_p_add_edit(p, p->tls[d->tl].end, p->tls[d->tl].end, s, false);
      p->edits[p->nedits - 1].seq = p->tls[d->tl].seq;
    }
  }
  /* the footer: hoisted setup, setters, pushers, helpers, import locals */
  nd_esm_result_t *o = p->out;
  puts_(footer, "\n;function ");
  puts_(footer, P);
  puts_(footer, "_h(){");
  puts_(footer, P);
  puts_(footer, ".link([");
  for (int r = 0; r < o->nrequests; r++) {
    bool any = false;
    for (int i = 0; i < o->nimports && !any; i++) any = o->imports[i].request == r;
    if (r) put(footer, ",", 1);
    if (any) {
      char s[32];
      snprintf(s, sizeof s, "%s_s%d", P, r);
      puts_(footer, s);
    } else {
      puts_(footer, "null");
    }
  }
  puts_(footer, "]);");
  put(footer, hoisted.s ? hoisted.s : "", hoisted.len);
  free(hoisted.s);
  puts_(footer, "}\n");
  for (int r = 0; r < o->nrequests; r++) {
    bool any = false;
    for (int i = 0; i < o->nimports; i++) {
      nd_esm_import_t *im = &o->imports[i];
      if (im->request != r) continue;
      if (!any) {
        char s[48];
        snprintf(s, sizeof s, "function %s_s%d(%s_e,%s_n){", P, r, P, P);
        puts_(footer, s);
        any = true;
      }
      puts_(footer, im->local);
      if (im->imported) {
        put(footer, "=", 1);
        puts_(footer, P);
        puts_(footer, "_e[");
        put_jsstr(footer, im->imported);
        puts_(footer, "];");
      } else {
        put(footer, "=", 1);
        puts_(footer, P);
        puts_(footer, "_n;");
      }
    }
    if (any) puts_(footer, "}\n");
  }
  for (int i = 0; i < p->ndecls; i++) {
    if (!pushed[i]) continue;
    nd_decl_t *d = &p->decls[i];
    puts_(footer, "function ");
    puts_(footer, P);
    put(footer, "$", 1);
    put(footer, d->name.s, d->name.len);
    put(footer, "(", 1);
    puts_(footer, P);
    puts_(footer, "_r){");
    put_pushes(footer, p, d, export_next);
    puts_(footer, "return ");
    puts_(footer, P);
    puts_(footer, "_r}\n");
  }
  free(pushed);
  if (need_const) {
    puts_(footer, "function ");
    puts_(footer, P);
    puts_(footer, "_c(){throw new TypeError(\"Assignment to constant variable.\")}\n");
  }
  if (o->has_dynamic) {
    puts_(footer, "function ");
    puts_(footer, P);
    puts_(footer, "_i(s,o){return ");
    puts_(footer, P);
    puts_(footer, ".imp(s,o)}\n");
  }
  if (o->nimports) {
    puts_(footer, "var ");
    for (int i = 0; i < o->nimports; i++) {
      if (i) put(footer, ",", 1);
      puts_(footer, o->imports[i].local);
    }
    puts_(footer, ";\n");
  }
  return !footer->oom;
}

/* Applies the sorted edits to the source. */
static bool emit(nd_parser_t *p, const char *src, size_t len, const buf_t *footer, buf_t *out) {
  if (p->nedits) qsort(p->edits, (size_t)p->nedits, sizeof *p->edits, cmp_edit);
  size_t extra = footer->len + 16;
  for (int i = 0; i < p->nedits; i++) extra += p->edits[i].text_len;
  out->cap = len + extra + 1;
  out->s = malloc(out->cap);
  if (!out->s) return false;
  uint32_t at = 0;
  for (int i = 0; i < p->nedits; i++) {
    nd_edit_t *e = &p->edits[i];
    if (e->pos < at) continue; /* inside an earlier replaced span: cannot happen */
    put(out, src + at, e->pos - at);
    put(out, e->text ? e->text : "", e->text_len);
    /* the rest of the span: spaces, line terminators kept */
    uint32_t col = 0, q = e->pos;
    bool first_line = true;
    while (q < e->end) {
      int nl = nd_lex_newline_at(src + q, src + e->end);
      if (nl) {
        if (first_line && col < e->text_len) p->out->cols_shifted = true;
        first_line = false;
        put(out, src + q, (size_t)nl);
        q += (uint32_t)nl;
        continue;
      }
      int bytes;
      int units = nd_lex_units_at(src + q, src + e->end, &bytes);
      q += (uint32_t)bytes;
      for (int u = 0; u < units; u++) {
        if (first_line && col < e->text_len) {
          col++;
          continue;
        }
        put(out, " ", 1);
      }
    }
    if (first_line && col < e->text_len && e->end > e->pos) p->out->cols_shifted = true;
    if (e->end == e->pos && e->text_len) {
      /* an insertion shifts what follows on its line, unless nothing does */
      uint32_t r = e->end;
      while (r < len && (src[r] == ' ' || src[r] == '\t')) r++;
      if (r < len && !nd_lex_newline_at(src + r, src + len) && src[r] != '/')
        p->out->cols_shifted = true;
    }
    at = e->end;
  }
  put(out, src + at, len - at);
  put(out, footer->s, footer->len);
  return !out->oom;
}

/* The parse, behind its own jump point: 0, or -1 with p->err_* set. */
static int parse(nd_parser_t *p) {
  jmp_buf jb;
  p->jb = &jb;
  if (setjmp(jb) != 0) return -1;
  nd_p_module(p);
  return 0;
}

int nd_esm_transform(const char *src, size_t len, nd_esm_result_t *out) {
  memset(out, 0, sizeof *out);
  if (len >= 0x7fffffff) return ND_ESM_E2BIG;
  nd_parser_t *p = calloc(1, sizeof *p);
  if (!p) return ND_ESM_ENOMEM;
  if (!pick_prefix(src, len, out->prefix)) {
    free(p);
    snprintf(out->err_msg, sizeof out->err_msg, "no free identifier prefix");
    return ND_ESM_ESYNTAX;
  }
  p->src = src;
  p->out = out;
  p->prefix = out->prefix;
  p->tl_cur = -1;
  p->scope = -1;
  nd_lex_init(&p->lx, src, (uint32_t)len);
  int rc = 0;
  buf_t footer = {0}, code = {0};
  int *export_next = NULL;
  if (parse(p) == 0) {
    if (!fill_positions(p)) rc = ND_ESM_ENOMEM;
    export_next = malloc((size_t)(out->nexports + 1) * sizeof *export_next);
    if (rc) {
    } else if (!export_next) {
      rc = ND_ESM_ENOMEM;
    } else if (!resolve_exports(p, export_next)) {
      rc = out->err_msg[0] ? ND_ESM_ESYNTAX : ND_ESM_ENOMEM;
    } else if (!build_edits(p, export_next, &footer) || !emit(p, src, len, &footer, &code)) {
      rc = ND_ESM_ENOMEM;
    }
  } else {
    rc = ND_ESM_ESYNTAX;
    nd_lex_position(src, p->err_pos, &out->err_line, &out->err_col);
    snprintf(out->err_msg, sizeof out->err_msg, "%s", p->err_msg ? p->err_msg : "Syntax error");
  }
  free(export_next);
  free(footer.s);
  if (rc == 0) {
    out->code = code.s;
    out->code_len = code.len;
  } else {
    free(code.s);
  }
  free(p->scopes);
  free(p->decls);
  free(p->buckets);
  free(p->refs);
  free(p->wraps);
  free(p->edits);
  free(p->tls);
  free(p->labels);
  free(p->no_arrow);
  out->mem = p->arena; /* the strings in out live there */
  p->arena = NULL;
  free(p);
  return rc;
}

void nd_esm_result_free(nd_esm_result_t *r) {
  free(r->code);
  free(r->requests);
  free(r->imports);
  free(r->exports);
  nd_parser_t tmp = {0};
  tmp.arena = r->mem;
  nd__arena_free(&tmp);
  memset(r, 0, sizeof *r);
}
