/* The growable byte string the parser builds components in. */
#include <stdlib.h>
#include <string.h>

#include "url/internal.h"

void nd_ustr_free(nd_ustr_t *s) {
  if (s->heap) free(s->p);
  s->p = NULL;
  s->len = s->cap = 0;
  s->heap = false;
}

bool nd__ustr_grow(nd_ustr_t *s, size_t extra) {
  if (s->oom) return false;
  if (s->len + extra + 1 <= s->cap) return true;
  if (extra > ND_URL_MAX_LEN || s->len + extra > ND_URL_MAX_LEN) {
    s->oom = true;
    return false;
  }
  size_t cap = s->cap ? s->cap : 32;
  while (cap < s->len + extra + 1) cap *= 2;
  char *p = s->heap ? realloc(s->p, cap) : malloc(cap);
  if (!p) {
    s->oom = true;
    return false;
  }
  if (!s->heap && s->len) memcpy(p, s->p, s->len);
  s->heap = true;
  s->p = p;
  s->cap = cap;
  return true;
}

void nd_ustr_append(nd_ustr_t *s, const char *p, size_t n) {
  if (!nd_ustr_reserve(s, n)) return;
  if (n) memcpy(s->p + s->len, p, n);
  s->len += n;
  s->p[s->len] = 0;
}


void nd_ustr_set(nd_ustr_t *s, const char *p, size_t n) {
  s->len = 0;
  nd_ustr_append(s, p, n);
}
