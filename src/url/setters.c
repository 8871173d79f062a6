/* The URL API setters: the href is cut back into a record along its
 * offsets (parsed again only when they do not fit it), the setter runs the
 * basic parser with its state override, and the record is serialized
 * again. */
#include <stdlib.h>
#include <string.h>

#include "url/internal.h"

static bool cannot_have_credentials(const nd_url_rec_t *u) {
  return u->host_kind == ND_HOST_NULL || u->host_kind == ND_HOST_EMPTY ||
         u->scheme_type == ND_SCHEME_FILE;
}

static int apply(nd_url_rec_t *u, nd_url_setter_t which, const char *v, size_t n) {
  switch (which) {
  case ND_URL_SET_PROTOCOL: {
    char *tmp = malloc(n + 1);
    if (!tmp) return ND_URL_ENOMEM;
    if (n) memcpy(tmp, v, n);
    tmp[n] = ':';
    int rc = nd_url_basic_parse(tmp, n + 1, NULL, u, ND_ST_SCHEME_START);
    free(tmp);
    return rc;
  }
  case ND_URL_SET_USERNAME:
  case ND_URL_SET_PASSWORD: {
    if (cannot_have_credentials(u)) return ND_URL_EINVALID;
    nd_ustr_t *dst = which == ND_URL_SET_USERNAME ? &u->username : &u->password;
    dst->len = 0;
    nd_pct_encode(dst, v, n, ND_PCT_USERINFO);
    return dst->oom ? ND_URL_ENOMEM : 0;
  }
  case ND_URL_SET_HOST:
  case ND_URL_SET_HOSTNAME:
    if (u->opaque_path) return ND_URL_EINVALID;
    return nd_url_basic_parse(v, n, NULL, u, which == ND_URL_SET_HOST ? ND_ST_HOST : ND_ST_HOSTNAME);
  case ND_URL_SET_PORT:
    if (cannot_have_credentials(u)) return ND_URL_EINVALID;
    if (n == 0) {
      u->port = -1;
      return 0;
    }
    return nd_url_basic_parse(v, n, NULL, u, ND_ST_PORT);
  case ND_URL_SET_PATHNAME:
    if (u->opaque_path) return ND_URL_EINVALID;
    u->path.len = 0;
    u->path_segments = 0;
    return nd_url_basic_parse(v, n, NULL, u, ND_ST_PATH_START);
  case ND_URL_SET_SEARCH:
    u->query.len = 0;
    u->has_query = n > 0;
    if (n == 0) return 0;
    if (v[0] == '?') v++, n--;
    return nd_url_basic_parse(v, n, NULL, u, ND_ST_QUERY);
  case ND_URL_SET_HASH:
    u->fragment.len = 0;
    u->has_fragment = n > 0;
    if (n == 0) return 0;
    if (v[0] == '#') v++, n--;
    return nd_url_basic_parse(v, n, NULL, u, ND_ST_FRAGMENT);
  default:
    return ND_URL_EINVALID;
  }
}

static bool in_order(uint32_t a, uint32_t b) { return a <= b; }

/* The record of a serialized href, cut along its offsets: what parsing the
 * href would give, without the parse. ND_URL_EINVALID when the offsets do
 * not fit the href. */
static int rec_from_url(const nd_url_t *url, nd_url_rec_t *u) {
  const nd_url_offsets_t *o = &url->o;
  const char *h = url->href;
  uint32_t n = url->len;
  if (!h || o->protocol_end < 2 || o->protocol_end > n || h[o->protocol_end - 1] != ':') return ND_URL_EINVALID;
  if (!in_order(o->protocol_end, o->username_start) || !in_order(o->username_start, o->username_end) ||
      !in_order(o->username_end, o->password_start) || !in_order(o->password_start, o->password_end) ||
      !in_order(o->password_end, o->host_start) || !in_order(o->host_start, o->host_end) ||
      !in_order(o->host_end, o->pathname_start) || !in_order(o->pathname_start, n))
    return ND_URL_EINVALID;
  uint32_t path_end = n, query_end = n;
  if (o->hash_start != ND_URL_NONE) {
    if (!in_order(o->pathname_start, o->hash_start) || o->hash_start >= n || h[o->hash_start] != '#')
      return ND_URL_EINVALID;
    path_end = query_end = o->hash_start;
  }
  if (o->search_start != ND_URL_NONE) {
    if (!in_order(o->pathname_start, o->search_start) || o->search_start >= query_end ||
        h[o->search_start] != '?')
      return ND_URL_EINVALID;
    path_end = o->search_start;
  }
  if (o->host_kind > ND_HOST_OPAQUE || (o->port != ND_URL_NONE && o->port > 65535)) return ND_URL_EINVALID;
  nd_ustr_set(&u->scheme, h, o->protocol_end - 1);
  u->scheme_type = (uint8_t)nd_url_scheme_type(h, o->protocol_end - 1);
  nd_ustr_set(&u->username, h + o->username_start, o->username_end - o->username_start);
  nd_ustr_set(&u->password, h + o->password_start, o->password_end - o->password_start);
  nd_ustr_set(&u->host, h + o->host_start, o->host_end - o->host_start);
  u->host_kind = o->host_kind;
  u->port = o->port == ND_URL_NONE ? -1 : (int32_t)o->port;
  nd_ustr_set(&u->path, h + o->pathname_start, path_end - o->pathname_start);
  u->opaque_path = o->opaque_path;
  u->path_segments = 0;
  if (!u->opaque_path)
    for (uint32_t i = o->pathname_start; i < path_end; i++) u->path_segments += h[i] == '/';
  u->has_query = o->search_start != ND_URL_NONE;
  if (u->has_query) nd_ustr_set(&u->query, h + o->search_start + 1, query_end - o->search_start - 1);
  u->has_fragment = o->hash_start != ND_URL_NONE;
  if (u->has_fragment) nd_ustr_set(&u->fragment, h + o->hash_start + 1, n - o->hash_start - 1);
  bool oom = u->scheme.oom || u->username.oom || u->password.oom || u->host.oom || u->path.oom ||
             u->query.oom || u->fragment.oom;
  return oom ? ND_URL_ENOMEM : 0;
}

int nd_url_set(nd_url_t *url, nd_url_setter_t which, const char *value, size_t len) {
  nd_url_t next = {0};
  if (which == ND_URL_SET_HREF) {
    int rc = nd_url_parse(value, len, NULL, 0, &next);
    if (rc < 0) return rc;
    nd_url_free(url);
    *url = next;
    return 0;
  }
  nd_url_rec_t u;
  nd_url_scratch_t scratch;
  nd_url_rec_init(&u, &scratch);
  int rc = rec_from_url(url, &u);
  if (rc == ND_URL_EINVALID) {
    nd_url_rec_free(&u);
    nd_url_rec_init(&u, &scratch);
    rc = nd_url_basic_parse(url->href, url->len, NULL, &u, ND_ST_NONE);
  }
  int applied = rc == 0 ? apply(&u, which, value, len) : rc;
  if (applied == ND_URL_ENOMEM || applied == ND_URL_ETOOLONG) rc = applied;
  if (rc == 0) rc = nd_url_serialize(&u, &next);
  nd_url_rec_free(&u);
  if (rc < 0) return rc;
  nd_url_free(url);
  *url = next;
  return applied < 0 ? ND_URL_EINVALID : 0;
}
