/* Scopes and declarations: one hash table keyed by (scope, name), chained so
 * a failed speculative parse can undo its declarations in reverse order.
 * Reports redeclarations as V8 does. */
#include <stdlib.h>
#include <string.h>

#include "esm/parser.h"

static uint32_t hash_name(nd_name_t n, int scope) {
  uint32_t h = 2166136261u ^ (uint32_t)scope * 16777619u;
  for (uint32_t i = 0; i < n.len; i++) h = (h ^ (unsigned char)n.s[i]) * 16777619u;
  return h;
}

static bool name_eq(nd_name_t a, nd_name_t b) {
  return a.len == b.len && memcmp(a.s, b.s, a.len) == 0;
}

int nd_scope_push(nd_parser_t *p, uint8_t kind) {
  p->scopes = nd_p_grow(p->scopes, &p->cscopes, p->nscopes + 1, sizeof *p->scopes);
  p->scopes[p->nscopes] = (nd_scope_t){.parent = p->scope, .kind = kind};
  p->scope = p->nscopes++;
  return p->scope;
}

void nd_scope_pop(nd_parser_t *p) { p->scope = p->scopes[p->scope].parent; }

int nd_scope_func(nd_parser_t *p) {
  int s = p->scope;
  while (p->scopes[s].kind != SC_FUNC && p->scopes[s].kind != SC_MODULE) s = p->scopes[s].parent;
  return s;
}

static void rehash(nd_parser_t *p) {
  int n = p->nbuckets ? p->nbuckets * 2 : 256;
  int *b = malloc((size_t)n * sizeof *b);
  if (!b) nd_p_error(p, 0, "out of memory");
  memset(b, 0xff, (size_t)n * sizeof *b);
  for (int i = 0; i < p->ndecls; i++) {
    uint32_t k = p->decls[i].hash & (uint32_t)(n - 1);
    p->decls[i].next = b[k];
    b[k] = i;
  }
  free(p->buckets);
  p->buckets = b;
  p->nbuckets = n;
}

int nd_scope_lookup(nd_parser_t *p, int scope, nd_name_t name) {
  if (!p->nbuckets) return -1;
  uint32_t h = hash_name(name, scope);
  for (int i = p->buckets[h & (uint32_t)(p->nbuckets - 1)]; i >= 0; i = p->decls[i].next) {
    nd_decl_t *d = &p->decls[i];
    if (d->hash == h && d->scope == scope && name_eq(d->name, name)) return i;
  }
  return -1;
}

static int add(nd_parser_t *p, int scope, nd_name_t name, uint8_t kind, uint8_t bkind,
               uint32_t pos) {
  if (p->ndecls + 1 > p->nbuckets) rehash(p);
  p->decls = nd_p_grow(p->decls, &p->cdecls, p->ndecls + 1, sizeof *p->decls);
  uint32_t h = hash_name(name, scope);
  uint32_t k = h & (uint32_t)(p->nbuckets - 1);
  int i = p->ndecls++;
  p->decls[i] = (nd_decl_t){.name = name, .hash = h, .scope = scope, .next = p->buckets[k],
                            .pos = pos, .kind = kind, .bkind = bkind,
                            .tl = scope == 0 ? p->tl_cur : -1, .import = -1, .exported = -1};
  p->buckets[k] = i;
  return i;
}

static bool is_lexical(uint8_t k) { return k == D_LET || k == D_CONST || k == D_IMPORT; }

_Noreturn static void redeclared(nd_parser_t *p, nd_name_t name, uint32_t pos) {
  nd_p_errorf(p, pos, "Identifier '%.*s' has already been declared", name.s, name.len);
}

int nd_declare(nd_parser_t *p, nd_name_t name, uint8_t kind, uint8_t bkind, uint32_t pos) {
  if (kind == D_VAR) {
    /* var: hoisted to the function; each block it passes must have no
     * lexical declaration of the name, and remembers it for later ones */
    int f = nd_scope_func(p);
    for (int s = p->scope; s != f; s = p->scopes[s].parent) {
      int i = nd_scope_lookup(p, s, name);
      if (i >= 0) {
        uint8_t old = p->decls[i].kind;
        if (is_lexical(old)) redeclared(p, name, pos);
        continue; /* catch parameter or an earlier var */
      }
      add(p, s, name, D_VAR_THROUGH, bkind, pos);
    }
    int i = nd_scope_lookup(p, f, name);
    if (i >= 0) {
      if (is_lexical(p->decls[i].kind)) redeclared(p, name, pos);
      if (p->decls[i].kind == D_FNAME) p->decls[i].kind = D_VAR;
      return i;
    }
    return add(p, f, name, D_VAR, bkind, pos);
  }
  int i = nd_scope_lookup(p, p->scope, name);
  if (i >= 0) {
    uint8_t old = p->decls[i].kind;
    if (old == D_VAR_THROUGH || (old != D_FNAME && (is_lexical(kind) || is_lexical(old))))
      redeclared(p, name, pos);
    if (kind == D_PARAM && old == D_PARAM)
      nd_p_error(p, pos, "Duplicate parameter name not allowed in this context");
  }
  return add(p, p->scope, name, kind, bkind, pos);
}

void nd_scope_truncate(nd_parser_t *p, int ndecls) {
  while (p->ndecls > ndecls) {
    nd_decl_t *d = &p->decls[--p->ndecls];
    uint32_t k = d->hash & (uint32_t)(p->nbuckets - 1);
    /* it was the last added, so it heads its chain */
    p->buckets[k] = d->next;
  }
}
