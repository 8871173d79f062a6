/* The URL API setters: the href is parsed back into a record, the setter
 * runs the basic parser with its state override, and the record is
 * serialized again. */
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
  int rc = nd_url_basic_parse(url->href, url->len, NULL, &u, ND_ST_NONE);
  int applied = rc == 0 ? apply(&u, which, value, len) : rc;
  if (applied == ND_URL_ENOMEM || applied == ND_URL_ETOOLONG) rc = applied;
  if (rc == 0) rc = nd_url_serialize(&u, &next);
  nd_url_rec_free(&u);
  if (rc < 0) return rc;
  nd_url_free(url);
  *url = next;
  return applied < 0 ? ND_URL_EINVALID : 0;
}
