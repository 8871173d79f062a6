/* The URL serializer: the record becomes one href buffer plus the offsets
 * of its components. */
#include <stdlib.h>
#include <string.h>

#include "url/internal.h"

int nd_url_serialize(const nd_url_rec_t *u, nd_url_t *out) {
  nd_url_offsets_t o;
  memset(&o, 0, sizeof o);
  size_t need = u->scheme.len + u->username.len + u->password.len + u->host.len + u->path.len +
                u->query.len + u->fragment.len + 32;
  if (need > ND_URL_MAX_LEN) return ND_URL_ETOOLONG;
  nd_ustr_t s = {0};
  if (!nd_ustr_reserve(&s, need)) return ND_URL_ENOMEM;
  nd_ustr_append(&s, u->scheme.p, u->scheme.len);
  nd_ustr_push(&s, ':');
  o.protocol_end = (uint32_t)s.len;
  o.port = ND_URL_NONE;
  if (u->host_kind != ND_HOST_NULL) {
    nd_ustr_append(&s, "//", 2);
    o.username_start = (uint32_t)s.len;
    if (u->username.len || u->password.len) {
      nd_ustr_append(&s, u->username.p, u->username.len);
      o.username_end = (uint32_t)s.len;
      if (u->password.len) {
        nd_ustr_push(&s, ':');
        o.password_start = (uint32_t)s.len;
        nd_ustr_append(&s, u->password.p, u->password.len);
      } else {
        o.password_start = (uint32_t)s.len;
      }
      o.password_end = (uint32_t)s.len;
      nd_ustr_push(&s, '@');
    } else {
      o.username_end = o.password_start = o.password_end = (uint32_t)s.len;
    }
    o.host_start = (uint32_t)s.len;
    nd_ustr_append(&s, u->host.p, u->host.len);
    o.host_end = (uint32_t)s.len;
    if (u->port >= 0) {
      char buf[8];
      int k = 8;
      uint32_t v = (uint32_t)u->port;
      do buf[--k] = (char)('0' + v % 10);
      while ((v /= 10) && k > 1);
      buf[--k] = ':';
      nd_ustr_append(&s, buf + k, (size_t)(8 - k));
      o.port = (uint32_t)u->port;
    }
  } else {
    o.username_start = o.username_end = o.password_start = o.password_end = o.host_start =
        o.host_end = (uint32_t)s.len;
    /* keeps a path starting with an empty segment from reading as a host */
    if (!u->opaque_path && u->path_segments > 1 && u->path.len >= 2 && u->path.p[1] == '/')
      nd_ustr_append(&s, "/.", 2);
  }
  o.pathname_start = (uint32_t)s.len;
  nd_ustr_append(&s, u->path.p, u->path.len);
  o.search_start = o.hash_start = ND_URL_NONE;
  if (u->has_query) {
    o.search_start = (uint32_t)s.len;
    nd_ustr_push(&s, '?');
    nd_ustr_append(&s, u->query.p, u->query.len);
  }
  if (u->has_fragment) {
    o.hash_start = (uint32_t)s.len;
    nd_ustr_push(&s, '#');
    nd_ustr_append(&s, u->fragment.p, u->fragment.len);
  }
  if (s.oom) {
    nd_ustr_free(&s);
    return ND_URL_ENOMEM;
  }
  o.scheme = u->scheme_type;
  o.host_kind = u->host_kind;
  o.opaque_path = u->opaque_path;
  out->href = s.p;
  out->len = (uint32_t)s.len;
  out->o = o;
  return 0;
}
